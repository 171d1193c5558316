import { defineContentScript } from '#imports';
import { createDocsUi } from '../../components/docs/docs-ui';
import { createOverlayLoader } from '../../components/overlay-ui';
import { matchesFor } from '../../lib/sites';
import { docFromUrl } from '../../lib/sites/gdocs';
import { requestOverlayUi } from '../../lib/extension/overlay-injection';
import { createDocsStore } from '../../lib/guard/docs-store';
import { installShareGuard } from '../../lib/guard/share-guard';

type Controller = typeof import('../../lib/extension/docs-controller');

/** Gives the page its main thread back between start-up steps, so none of them is a long task. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export default defineContentScript({
  // Documents only: the Docs home page and template gallery live under /document/ too.
  matches: matchesFor('docs'),
  runAt: 'document_idle',
  async main(ctx) {
    if (!docFromUrl(location.href)) return;
    const store = createDocsStore();
    // The indicator and warning load when there is something to show (components/docs/docs-ui.ts).
    const ui = createDocsUi(ctx, store, createOverlayLoader(requestOverlayUi));
    ctx.onInvalidated(() => ui.dispose());
    // Until the controller (and the schemas it validates with) is here, nothing has been read: shares pass.
    let controller: Controller | null = null;
    const decide = () => (controller && ui.canHold() ? controller.shareDecision(store) : 'pass');
    ctx.onInvalidated(
      installShareGuard(window, {
        decide,
        onHold: (proceed, control) => store.hold(proceed, control, controller?.holdingFindings(store)),
      }),
    );
    await yieldToPage();
    controller = await import('../../lib/extension/docs-controller');
    await controller.startDocs(ctx, store);
  },
});
