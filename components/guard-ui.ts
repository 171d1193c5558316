import type { GuardUi } from '../lib/guard/send-guard';
import { createStore, type Store } from '../lib/guard/store';
import type { Finding } from '../lib/report';
import type { IndicatorState, OverlayState } from './GuardOverlay';
import type { OverlayRenderers, Rendered } from './overlay-ui';
import { sortFindings } from './severity';

const warn = (message: string, error: unknown) => console.warn(`[consonant] ${message}`, error);

interface Drawing {
  /** Applies `change` to the store; draws it (synchronously when `now`) once the code is here, and loads the code when there is something to draw. */
  update(change: (state: OverlayState) => OverlayState, now?: boolean): void;
  /** Whether the code is here. */
  loaded(): boolean;
  /** Whether the code is on its way. */
  loading(): boolean;
  /** Loads the code if it is not here; rejects when it cannot be loaded. */
  load(): Promise<void>;
  /** Takes what was loaded and why it failed, once: the next call returns null. */
  takeFailure(): unknown;
  rendered(): Rendered | null;
  dispose(): void;
}

/** The store on the page, through renderers loaded the first time the store has something to show. */
function createDrawing(
  doc: Document,
  store: Store<OverlayState>,
  load: () => Promise<OverlayRenderers>,
  onLoaded: () => void,
): Drawing {
  let renderers: OverlayRenderers | null = null;
  let loading: Promise<void> | null = null;
  let failure: unknown = null;
  let disposed = false;
  let rendered: Rendered | null = null;

  const hasContent = () => store.get().held !== null || store.get().indicators.length > 0;
  const ensure = (): boolean => {
    if (!renderers) return false;
    if (rendered?.connected()) return true;
    rendered?.remove();
    rendered = renderers.guard(doc, store);
    return true;
  };
  const start = (): Promise<void> =>
    (loading ??= load().then(
      (loaded) => {
        renderers = loaded;
        if (disposed) return;
        onLoaded();
        if (hasContent()) ensure();
      },
      (error: unknown) => {
        loading = null;
        failure = error;
        // Badges are lost; sends are not: a warning that cannot be drawn lets its send go out.
        if (!disposed) warn('could not load the badge and warning; sends go out unchecked until they load', error);
        throw error;
      },
    ));
  return {
    update(change, now = false) {
      if (ensure() && now) rendered!.renderNow(() => store.set(change));
      else store.set(change);
      if (!renderers && hasContent()) start().catch(() => {});
    },
    loaded: () => renderers !== null,
    loading: () => loading !== null,
    load: start,
    takeFailure() {
      const taken = failure;
      failure = null;
      return taken;
    },
    rendered: () => rendered,
    dispose() {
      disposed = true;
      rendered?.remove();
      rendered = null;
    },
  };
}

/**
 * The send guard's UI on a mail site, as the content script holds it: what to show lives here,
 * and the code that draws it (React, `load`) comes the first time there is something to show.
 * Once loaded, the warning renders synchronously, on screen in the frame of the click it answers.
 * A warning asked for while the code loads is shown as soon as it arrives; when it cannot arrive,
 * the returned promise rejects, the guard lets the send go out, and the console says why.
 */
export function createGuardUi(doc: Document, load: () => Promise<OverlayRenderers>): GuardUi {
  const store = createStore<OverlayState>({ held: null, indicators: [], rehearse: null });
  let rehearsed = false;
  let rehearsal: Finding[] | null = null;
  // The first warning on a page costs fonts, style and layout that a rehearsal, off screen, pays in advance.
  const rehearse = () => {
    const findings = rehearsal;
    if (!findings || !drawing.loaded()) return;
    rehearsal = null;
    drawing.update((s) => ({ ...s, rehearse: findings }));
    doc.defaultView?.requestAnimationFrame(() =>
      doc.defaultView?.setTimeout(() => drawing.update((s) => ({ ...s, rehearse: null })), 0),
    );
  };
  const drawing = createDrawing(doc, store, load, rehearse);
  // Keyed by the editor: adapters hand out a fresh Compose for the same editor on every lookup.
  const ids = new WeakMap<HTMLElement, number>();
  let nextId = 1;
  const idOf = (body: HTMLElement) => {
    let id = ids.get(body);
    if (id === undefined) ids.set(body, (id = nextId++));
    return id;
  };
  const place = (indicator: IndicatorState, now = false) =>
    drawing.update(
      (s) => ({
        ...s,
        indicators: [...s.indicators.filter((i) => i.id !== indicator.id), indicator].sort((a, b) => a.id - b.id),
      }),
      now,
    );

  return {
    showWarning(held) {
      if (drawing.loaded()) return drawing.update((s) => ({ ...s, held }), true);
      const failure = drawing.loading() ? null : drawing.takeFailure();
      // The last load failed: this send cannot wait for another (it goes out); the next one may find the code here.
      if (failure !== null) {
        drawing.load().catch(() => {});
        throw new Error('the warning could not be loaded', { cause: failure });
      }
      store.set((s) => ({ ...s, held }));
      return drawing.load().then(() => {
        if (store.get().held === held && !drawing.rendered()?.connected())
          throw new Error('the warning could not be put on the page');
      });
    },
    closeWarning() {
      drawing.update((s) => ({ ...s, held: null }), true);
    },
    // While the code loads, a held send's warning is on its way; once loaded, it is there while the page keeps it.
    warningShown: () =>
      store.get().held !== null && (drawing.loaded() ? (drawing.rendered()?.connected() ?? false) : drawing.loading()),
    showProblem(body, problem) {
      place({ id: idOf(body), anchor: body, findings: null, problem });
    },
    dispose() {
      store.set((s) => ({ ...s, held: null, indicators: [] }));
      drawing.dispose();
    },
    isOwnUi: (element) => drawing.rendered()?.contains(element) ?? false,
    showIndicator(compose, report) {
      const id = idOf(compose.body);
      const findings = report ? sortFindings(report.findings) : null;
      if (!rehearsed && findings && findings.length > 0) {
        rehearsed = true;
        rehearsal = findings;
        rehearse();
      }
      // Checks are off for this site: no badge at all.
      if (!report) return drawing.update((s) => ({ ...s, indicators: s.indicators.filter((i) => i.id !== id) }));
      // A check that failed in part says so: a clean-looking badge would be silence.
      const problem = report.stats.error ? `part of the check failed: ${report.stats.error}` : null;
      place({ id, anchor: compose.body, findings, problem });
    },
    showStarting(compose, starting) {
      const id = idOf(compose.body);
      const shown = store.get().indicators.find((i) => i.id === id);
      // Drawn at once: the writer's click is waiting, and should see why.
      if (shown || starting) place({ ...(shown ?? { id, anchor: compose.body, findings: null }), starting }, true);
    },
    removeIndicator(compose) {
      const id = ids.get(compose.body);
      if (id !== undefined) drawing.update((s) => ({ ...s, indicators: s.indicators.filter((i) => i.id !== id) }));
    },
  };
}
