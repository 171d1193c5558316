import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';

const root = document.getElementById('root');
if (!root) throw new Error('popup: #root is missing from index.html');
createRoot(root).render(<PopupApp />);
