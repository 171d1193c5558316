import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('popup: #root is missing from index.html');
createRoot(root).render(<p>Consonant</p>);
