import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { GuardUi } from '../lib/guard/send-guard';
import type { Compose } from '../lib/sites/types';
import { GuardOverlay, type OverlayState } from './GuardOverlay';
import { sortFindings } from './severity';
import { createShadowMount, type ShadowMount } from './shadow-mount';
import { createStore } from './store';

/**
 * The send guard's UI on a mail site. The shadow root is created on first use (content scripts
 * start before the page has a body), and the warning renders synchronously so it is on screen
 * in the same frame as the click it answers.
 */
export function createGuardUi(doc: Document): GuardUi {
  const store = createStore<OverlayState>({ held: null, indicators: [], rehearse: null });
  let rehearsed = false;
  const ids = new WeakMap<Compose, number>();
  let nextId = 1;
  let mount: ShadowMount | null = null;
  let root: Root | null = null;

  const ensure = () => {
    if (mount?.host.isConnected) return;
    mount?.remove();
    root?.unmount();
    mount = createShadowMount(doc, 'send-guard');
    root = createRoot(mount.container);
    flushSync(() => root!.render(<GuardOverlay store={store} />));
  };
  const update = (change: (state: OverlayState) => OverlayState, sync = false) => {
    ensure();
    if (sync) flushSync(() => store.set(change));
    else store.set(change);
  };
  const idOf = (compose: Compose) => {
    let id = ids.get(compose);
    if (id === undefined) ids.set(compose, (id = nextId++));
    return id;
  };

  return {
    showWarning(held) {
      update((s) => ({ ...s, held }), true);
    },
    closeWarning() {
      update((s) => ({ ...s, held: null }), true);
    },
    isOwnUi: (element) => mount?.contains(element) ?? false,
    showIndicator(compose, report) {
      const id = idOf(compose);
      const findings = report ? sortFindings(report.findings) : null;
      // The first warning on a page costs fonts, style and code that a rehearsal pays in advance.
      if (!rehearsed && findings && findings.length > 0) {
        rehearsed = true;
        update((s) => ({ ...s, rehearse: findings }));
        doc.defaultView?.requestAnimationFrame(() => doc.defaultView?.setTimeout(() => update((s) => ({ ...s, rehearse: null })), 0));
      }
      update((s) => {
        const others = s.indicators.filter((i) => i.id !== id);
        // Checks are off for this site: no badge at all.
        if (!report) return { ...s, indicators: others };
        return { ...s, indicators: [...others, { id, anchor: compose.body, findings }].sort((a, b) => a.id - b.id) };
      });
    },
    removeIndicator(compose) {
      const id = ids.get(compose);
      if (id !== undefined) update((s) => ({ ...s, indicators: s.indicators.filter((i) => i.id !== id) }));
    },
  };
}
