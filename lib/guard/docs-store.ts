/**
 * What the Docs guard shows, and the share it holds. Built on the same store and the same hold as
 * the mail guard: one share is held at a time, its choice is taken once, Edit returns focus to Share.
 */
import type { Finding, Report } from '../report';
import type { EffectiveState } from '../extension/effective';
import { createHold } from './hold';
import { warn } from './live-checks';
import { createStore } from './store';

/** What the Docs indicator shows; one value at a time, replaced as reads and checks finish. */
export type DocsView =
  | { phase: 'off' }
  | { phase: 'reading' }
  | { phase: 'unreadable'; message: string }
  | { phase: 'check-failed'; message: string }
  | { phase: 'ready'; text: string; report: Report };

export interface DocsStore {
  get(): DocsView;
  set(view: DocsView): void;
  /** A share the guard is holding, waiting for Edit or Share anyway. */
  held(): (() => void) | null;
  /** The findings that held the share, as they were when it was held. */
  heldFindings(): readonly Finding[];
  hold(proceed: () => void, control?: HTMLElement, findings?: readonly Finding[]): void;
  /** Ends a held share: `share` true continues to the real share dialog, false returns focus to Share. */
  release(share: boolean): void;
  subscribe(listener: () => void): () => void;
  state: EffectiveState | null;
}

interface HeldShare {
  proceed: () => void;
  control: HTMLElement | null;
  findings: readonly Finding[];
}

const NONE: readonly Finding[] = [];

export function createDocsStore(initial: DocsView = { phase: 'reading' }): DocsStore {
  const data = createStore<{ view: DocsView; held: HeldShare | null }>({ view: initial, held: null });
  // The warning is drawn from this store, so it is on screen exactly while a share is held here.
  const hold = createHold<HeldShare>(
    {
      show: (held) => data.set((s) => ({ ...s, held })),
      close: () => data.set((s) => ({ ...s, held: null })),
      shown: () => data.get().held !== null,
    },
    warn,
  );
  return {
    state: null,
    get: () => data.get().view,
    set: (view) => data.set((s) => ({ ...s, view })),
    held: () => data.get().held?.proceed ?? null,
    heldFindings: () => data.get().held?.findings ?? NONE,
    hold(proceed, control, findings = NONE) {
      hold.offer({ proceed, control: control ?? null, findings });
    },
    release(share) {
      const held = hold.current();
      hold.release();
      if (!held) return;
      if (share) held.proceed();
      else held.control?.focus();
    },
    subscribe: data.subscribe,
  };
}
