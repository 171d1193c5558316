import { createShadowRootUi, defineContentScript } from '#imports';
import { createRoot } from 'react-dom/client';
import { DocsApp } from '../../components/docs/DocsApp';
import { DOCS_CSS } from '../../components/docs/docs-css';
import { matchesFor } from '../../lib/sites';
import { docFromUrl } from '../../lib/sites/gdocs';
import { holdingFindings, shareDecision, startDocs } from '../../lib/extension/docs-controller';
import { createDocsStore } from '../../lib/guard/docs-store';
import { installShareGuard } from '../../lib/guard/share-guard';

/** Gives the page its main thread back between start-up steps, so none of them is a long task. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export default defineContentScript({
  // Documents only: the Docs home page and template gallery live under /document/ too.
  matches: matchesFor('docs'),
  runAt: 'document_idle',
  async main(ctx) {
    if (!docFromUrl(location.href)) return;
    const store = createDocsStore();
    ctx.onInvalidated(installShareGuard(window, { decide: () => shareDecision(store), onHold: (proceed, control) => store.hold(proceed, control, holdingFindings(store)) }));
    await yieldToPage();
    const ui = await createShadowRootUi(ctx, {
      name: 'consonant-docs',
      position: 'inline',
      css: DOCS_CSS,
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(<DocsApp store={store} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    await yieldToPage();
    await startDocs(ctx, store);
  },
});
