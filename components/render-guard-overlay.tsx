import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Store } from '../lib/guard/store';
import { GuardOverlay, type OverlayState } from './GuardOverlay';
import type { Rendered } from './overlay-ui';
import { createShadowMount } from './shadow-mount';

/**
 * The send guard's overlay in a shadow root at the end of the page, rendered synchronously so that
 * what the store holds (a warning above all) is on screen when this returns.
 */
export function renderGuardOverlay(doc: Document, store: Store<OverlayState>): Rendered {
  const mount = createShadowMount(doc, 'send-guard');
  const root = createRoot(mount.container);
  flushSync(() => root.render(<GuardOverlay store={store} />));
  return {
    renderNow: (change) => flushSync(change),
    connected: () => mount.host.isConnected,
    contains: (element) => mount.contains(element),
    remove() {
      root.unmount();
      mount.remove();
    },
  };
}
