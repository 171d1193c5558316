import type { Finding, Report } from '../../lib/report';
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
  /** The findings that held the share, as they were when it was held. */
  heldFindings(): readonly Finding[];
  hold(proceed: () => void, control?: HTMLElement, findings?: readonly Finding[]): void;
  /** Ends a held share: `share` true continues to the real share dialog, false returns focus to Share. */
  release(share: boolean): void;
  subscribe(listener: () => void): () => void;
  state: EffectiveState | null;
}

export function createDocsStore(initial: DocsView = { phase: 'reading' }): DocsStore {
  let view = initial;
  let pending: (() => void) | null = null;
  let pendingControl: HTMLElement | null = null;
  const none: readonly Finding[] = [];
  let pendingFindings = none;
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
    heldFindings: () => pendingFindings,
    hold(proceed, control, findings = none) {
      pending = proceed;
      pendingControl = control ?? null;
      pendingFindings = findings;
      notify();
    },
    release(share) {
      const proceed = pending;
      const control = pendingControl;
      pending = null;
      pendingControl = null;
      pendingFindings = none;
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
