import { createRoot } from 'react-dom/client';
import { SelectionResults } from '../../components/docs/SelectionResults';

const root = document.getElementById('root');
if (!root) throw new Error('results: #root is missing from index.html');
createRoot(root).render(<SelectionResults />);
