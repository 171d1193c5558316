/**
 * The send guard on a mail site: tracks every compose, rechecks it after typing pauses, and
 * holds a send whose draft conflicts with the team profile until the writer chooses Edit or
 * Send anyway. It fails open: an unreadable body, a failed or slow check, or no settings yet,
 * and the send goes out untouched (with a console warning). DOM only; the content script
 * passes in the state, the checker and the UI.
 */
import type { EffectiveState } from '../extension/effective';
import { SEVERITY_RANK, type Finding, type Report } from '../report';
import type { Compose, SiteAdapter } from '../sites/types';
import { createHighlighter } from './highlight';
import { installInterceptor, type SendAttempt } from './intercept';
import { rangeFor, type DraftText } from './text-map';

/** Hard limit for reading and checking at send time; past it the send goes out unchecked. */
export const SEND_BUDGET_MS = 150;
/** Typing pause before a live recheck. */
export const LIVE_DEBOUNCE_MS = 500;

/** `quoted` is the reply's quoted history as the page holds it, when the text leaves it out. */
export type Checker = (text: string, state: EffectiveState, budgetMs: number, quoted?: string) => Report;

export interface HeldSend {
  compose: Compose;
  report: Report;
  /** The findings at or above the minimum severity, the reason the send is held. */
  findings: Finding[];
  /** False in block mode or when policy turns Send anyway off. */
  canSendAnyway: boolean;
  edit(): void;
  sendAnyway(): void;
}

export interface GuardUi {
  showWarning(held: HeldSend): void;
  closeWarning(): void;
  isOwnUi(element: Element): boolean;
  /** The live result for a compose (every finding, whatever its severity); null when checks are off for this site. */
  showIndicator(compose: Compose, report: Report | null): void;
  removeIndicator(compose: Compose): void;
}

export interface GuardOptions {
  window: Window;
  adapter: SiteAdapter;
  check: Checker;
  warmUp(): void;
  ui: GuardUi;
  now?: () => number;
}

interface Checked {
  text: string;
  quoted: string | undefined;
  state: EffectiveState;
  report: Report;
}

const warn = (message: string, detail?: unknown) => console.warn(`[consonant] ${message}`, ...(detail === undefined ? [] : [detail]));

export interface SendGuard {
  setState(state: EffectiveState): void;
  /** Looks for composes now (the content script also calls it as the page changes). */
  scan(): void;
  dispose(): void;
}

export function startSendGuard(options: GuardOptions): SendGuard {
  const { window: win, adapter, ui } = options;
  const doc = win.document;
  const now = options.now ?? (() => win.performance.now());
  let state: EffectiveState | null = null;
  let warmed = false;
  let held: HeldSend | null = null;
  let disposed = false;
  const composes = new Map<HTMLElement, Compose>();
  const highlighter = createHighlighter(win);
  // Keyed by the editor: adapters hand out a fresh Compose for the same editor on every lookup.
  const lastCheck = new WeakMap<HTMLElement, Checked>();
  const timers = new Map<Compose, number>();

  const active = () => state !== null && state.settings.mode !== 'off' && state.settings.sites[adapter.site];

  /** The report for `draft`: the last one when neither the text nor the state changed since. */
  const runCheck = (compose: Compose, draft: DraftText, started: number, budgetMs: number): Checked => {
    const cached = lastCheck.get(compose.body);
    // A report that ran out of time read only part of the draft: check again rather than trust it.
    if (cached && cached.text === draft.text && cached.quoted === draft.quoted && cached.state === state && !cached.report.stats.timedOut) return cached;
    const report = options.check(draft.text, state!, Math.max(1, budgetMs - (now() - started)), draft.quoted);
    const checked = { text: draft.text, quoted: draft.quoted, state: state!, report };
    lastCheck.set(compose.body, checked);
    return checked;
  };

  const liveCheck = (compose: Compose) => {
    timers.delete(compose);
    if (!compose.body.isConnected) return;
    if (!active()) {
      highlighter.clear(compose.body);
      return ui.showIndicator(compose, null);
    }
    try {
      // The live check may take longer than a send; it never blocks the writer's typing.
      const started = now();
      const draft = compose.read();
      const { report } = runCheck(compose, draft, started, SEND_BUDGET_MS * 4);
      ui.showIndicator(compose, report);
      const marks = atOrAbove(report.findings).map((f) => rangeFor(draft, f.start, f.end, doc));
      highlighter.set(compose.body, marks.filter((r): r is Range => r !== null));
    } catch (error) {
      warn('could not check the draft as you type', error);
    }
  };

  const scheduleCheck = (compose: Compose, delay = LIVE_DEBOUNCE_MS) => {
    const pending = timers.get(compose);
    if (pending !== undefined) win.clearTimeout(pending);
    timers.set(compose, win.setTimeout(() => liveCheck(compose), delay));
  };

  const scan = () => {
    // The settings can finish loading after the page unloaded the script (an extension update).
    if (disposed) return;
    const found = adapter.findComposes(doc);
    const seen = new Set<HTMLElement>();
    for (const compose of found) {
      seen.add(compose.body);
      if (composes.has(compose.body)) continue;
      composes.set(compose.body, compose);
      if (!warmed) {
        warmed = true;
        // The first check after load pays for building the NLP; pay it while the writer types.
        win.setTimeout(() => {
          try {
            options.warmUp();
          } catch (error) {
            warn('could not warm up the checker', error);
          }
        }, 0);
      }
      scheduleCheck(compose, 50);
    }
    for (const [body, compose] of composes) {
      if (seen.has(body) && body.isConnected) continue;
      composes.delete(body);
      // The whole compose was sent or discarded elsewhere (another tab): Send anyway would click a
      // Send that is gone. A re-rendered editor in a compose still open keeps the warning.
      if (held?.compose.body === body && !held.compose.root.isConnected) close();
      ui.removeIndicator(compose);
      highlighter.clear(body);
      const pending = timers.get(compose);
      if (pending !== undefined) win.clearTimeout(pending);
      timers.delete(compose);
    }
  };

  const atOrAbove = (findings: Finding[]) => {
    const min = SEVERITY_RANK[state!.settings.minSeverity];
    return findings.filter((f) => SEVERITY_RANK[f.severity] >= min);
  };

  const placeCaret = (compose: Compose, draft: DraftText | null, finding: Finding | undefined) => {
    compose.body.focus();
    if (!draft || !finding) return;
    const range = rangeFor(draft, finding.start, finding.start, doc);
    if (!range || !compose.body.contains(range.startContainer)) return;
    // getSelection() is null only in a frame without a browsing context, where there is no caret to place.
    const selection = win.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // A text node directly under a detached fragment has no parent element; then there is nothing to scroll.
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  };

  const shouldHold = (attempt: SendAttempt): boolean => {
    if (!active()) return false;
    const { compose } = attempt;
    let checked: Checked;
    let draft: DraftText;
    try {
      const started = now();
      draft = compose.read();
      checked = runCheck(compose, draft, started, SEND_BUDGET_MS);
      // The budget is for the work done now; a finished live check of the same text costs nothing.
      if (now() - started > SEND_BUDGET_MS || checked.report.stats.timedOut) {
        warn(`the check took longer than its ${SEND_BUDGET_MS} ms budget; the message was sent unchecked`);
        return false;
      }
    } catch (error) {
      warn('could not read or check the draft; the message was sent unchecked', error);
      return false;
    }
    const { report } = checked;
    if (report.stats.error) warn(`part of the check failed: ${report.stats.error}`);
    const findings = atOrAbove(report.findings);
    if (findings.length === 0) return false;
    const settings = state!.settings;
    const canSendAnyway = settings.mode === 'warn' && settings.allowSendAnyway;
    const current: HeldSend = {
      compose,
      report,
      findings,
      canSendAnyway,
      edit() {
        if (held !== current) return;
        close();
        placeCaret(compose, draft, findings[0]);
      },
      sendAnyway() {
        // Once only: the first choice closes the warning and later calls find it gone.
        if (!canSendAnyway || held !== current) return;
        close();
        interceptor.replay(attempt);
      },
    };
    held = current;
    try {
      ui.showWarning(current);
    } catch (error) {
      // No warning on screen means no way to choose: holding would swallow this send and every later one.
      held = null;
      warn('could not show the warning; the message was sent unchecked', error);
      return false;
    }
    return true;
  };

  const close = () => {
    held = null;
    ui.closeWarning();
  };

  const interceptor = installInterceptor(win, adapter, {
    shouldHold,
    isHolding: () => held !== null,
    isOwnUi: (element) => ui.isOwnUi(element),
    known(target) {
      for (const compose of composes.values()) {
        // The Send control may be gone too (the compose is closing); then the click is not a send.
        const control = compose.sendControl();
        if (control?.contains(target)) return compose;
      }
      return null;
    },
  });

  const onInput = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Node)) return;
    for (const [body, compose] of composes) if (body.contains(target)) scheduleCheck(compose);
  };
  win.addEventListener('input', onInput, true);

  return {
    setState(next) {
      if (disposed) return;
      state = next;
      for (const compose of composes.values()) scheduleCheck(compose, 0);
    },
    scan,
    dispose() {
      interceptor.dispose();
      win.removeEventListener('input', onInput, true);
      for (const pending of timers.values()) win.clearTimeout(pending);
      timers.clear();
      // A badge left behind would show a result that no longer updates, and keep polling its position.
      for (const [body, compose] of composes) {
        ui.removeIndicator(compose);
        highlighter.clear(body);
      }
      composes.clear();
      disposed = true;
    },
  };
}
