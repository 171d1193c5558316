import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DocsStore } from '../../lib/guard/docs-store';
import type { Rendered } from '../overlay-ui';
import { DocsApp } from './DocsApp';
import { DOCS_CSS } from './docs-css';

/** The Docs overlay (indicator, findings panel, share warning) in its own shadow root, drawn from `store`. */
export async function renderDocsApp(ctx: ContentScriptContext, store: DocsStore): Promise<Rendered> {
  const ui = await createShadowRootUi(ctx, {
    name: 'consonant-docs',
    position: 'inline',
    css: DOCS_CSS,
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container);
      flushSync(() => root.render(<DocsApp store={store} />));
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return {
    renderNow: (change) => flushSync(change),
    connected: () => ui.shadowHost.isConnected,
    contains: (element) => element === ui.shadowHost || element.getRootNode() === ui.shadow,
    remove: () => ui.remove(),
  };
}
