import type { Report } from '../../lib/report';
import type { EffectiveState } from '../../lib/extension/effective';

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
  hold(proceed: () => void, control?: HTMLElement): void;
  /** Ends a held share: `share` true continues to the real share dialog, false returns focus to Share. */
  release(share: boolean): void;
  subscribe(listener: () => void): () => void;
  state: EffectiveState | null;
}

export function createDocsStore(initial: DocsView = { phase: 'reading' }): DocsStore {
  let view = initial;
  let pending: (() => void) | null = null;
  let pendingControl: HTMLElement | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    state: null,
    get: () => view,
    set(next) {
      view = next;
      notify();
    },
    held: () => pending,
    hold(proceed, control) {
      pending = proceed;
      pendingControl = control ?? null;
      notify();
    },
    release(share) {
      const proceed = pending;
      const control = pendingControl;
      pending = null;
      pendingControl = null;
      notify();
      if (!proceed) return;
      if (share) proceed();
      else control?.focus();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
