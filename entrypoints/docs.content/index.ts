import { defineContentScript } from '#imports';
import { createDocsUi } from '../../components/docs/docs-ui';
import { createOverlayLoader } from '../../components/overlay-ui';
import { matchesFor } from '../../lib/sites';
import { docFromUrl } from '../../lib/sites/gdocs';
import { holdingFindings, shareDecision, startDocs } from '../../lib/extension/docs-controller';
import { requestOverlayUi } from '../../lib/extension/overlay-injection';
import { createDocsStore } from '../../lib/guard/docs-store';
import { installShareGuard } from '../../lib/guard/share-guard';

export default defineContentScript({
  // Documents only: the Docs home page and template gallery live under /document/ too.
  matches: matchesFor('docs'),
  runAt: 'document_idle',
  async main(ctx) {
    if (!docFromUrl(location.href)) return;
    const store = createDocsStore();
    // The indicator and warning load with the first read's result (components/docs/docs-ui.ts).
    const ui = createDocsUi(ctx, store, createOverlayLoader(requestOverlayUi));
    ctx.onInvalidated(() => ui.dispose());
    const decide = () => (ui.canHold() ? shareDecision(store) : 'pass');
    ctx.onInvalidated(installShareGuard(window, { decide, onHold: (proceed, control) => store.hold(proceed, control, holdingFindings(store)) }));
    await startDocs(ctx, store);
  },
});
