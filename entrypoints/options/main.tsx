import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/profile-editor/OptionsApp';
import '../../components/profile-editor/options.css';
import { loadShippedModel } from '../../lib/extension/model';

const root = document.getElementById('root');
if (!root) throw new Error('options: #root is missing from index.html');
// Read while the page opens, for the Try it box.
void loadShippedModel();
createRoot(root).render(<OptionsApp />);
