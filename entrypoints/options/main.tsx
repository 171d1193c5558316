import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/profile-editor/OptionsApp';
import '../../components/profile-editor/options.css';

const root = document.getElementById('root');
if (!root) throw new Error('options: #root is missing from index.html');
createRoot(root).render(<OptionsApp />);
