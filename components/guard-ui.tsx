import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { GuardUi } from '../lib/guard/send-guard';
import { GuardOverlay, type IndicatorState, type OverlayState } from './GuardOverlay';
import { sortFindings } from './severity';
import { createShadowMount, type ShadowMount } from './shadow-mount';
import { createStore } from '../lib/guard/store';

/**
 * The send guard's UI on a mail site. The shadow root is created on first use (content scripts
 * start before the page has a body), and the warning renders synchronously so it is on screen
 * in the same frame as the click it answers.
 */
export function createGuardUi(doc: Document): GuardUi {
  const store = createStore<OverlayState>({ held: null, indicators: [], rehearse: null });
  let rehearsed = false;
  // Keyed by the editor: adapters hand out a fresh Compose for the same editor on every lookup.
  const ids = new WeakMap<HTMLElement, number>();
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
  const idOf = (body: HTMLElement) => {
    let id = ids.get(body);
    if (id === undefined) ids.set(body, (id = nextId++));
    return id;
  };
  const place = (indicator: IndicatorState) =>
    update((s) => ({ ...s, indicators: [...s.indicators.filter((i) => i.id !== indicator.id), indicator].sort((a, b) => a.id - b.id) }));

  return {
    showWarning(held) {
      update((s) => ({ ...s, held }), true);
    },
    closeWarning() {
      update((s) => ({ ...s, held: null }), true);
    },
    warningShown: () => store.get().held !== null && (mount?.host.isConnected ?? false),
    showProblem(body, problem) {
      place({ id: idOf(body), anchor: body, findings: null, problem });
    },
    dispose() {
      store.set((s) => ({ ...s, held: null, indicators: [] }));
      root?.unmount();
      mount?.remove();
      root = null;
      mount = null;
    },
    isOwnUi: (element) => mount?.contains(element) ?? false,
    showIndicator(compose, report) {
      const id = idOf(compose.body);
      const findings = report ? sortFindings(report.findings) : null;
      // The first warning on a page costs fonts, style and code that a rehearsal pays in advance.
      if (!rehearsed && findings && findings.length > 0) {
        rehearsed = true;
        update((s) => ({ ...s, rehearse: findings }));
        doc.defaultView?.requestAnimationFrame(() => doc.defaultView?.setTimeout(() => update((s) => ({ ...s, rehearse: null })), 0));
      }
      // Checks are off for this site: no badge at all.
      if (!report) return update((s) => ({ ...s, indicators: s.indicators.filter((i) => i.id !== id) }));
      // A check that failed in part says so: a clean-looking badge would be silence.
      const problem = report.stats.error ? `part of the check failed: ${report.stats.error}` : null;
      place({ id, anchor: compose.body, findings, problem });
    },
    removeIndicator(compose) {
      const id = ids.get(compose.body);
      if (id !== undefined) update((s) => ({ ...s, indicators: s.indicators.filter((i) => i.id !== id) }));
    },
  };
}
