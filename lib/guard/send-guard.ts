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
import { rangeFor, type DraftText } from '../sites/text-map';

/** Hard limit for reading and checking at send time; past it the send goes out unchecked. */
export const SEND_BUDGET_MS = 150;
/** Typing pause before a live recheck. */
export const LIVE_DEBOUNCE_MS = 500;
/** How long an editor may lack its Send before the compose is reported as one that cannot be checked. */
export const UNCHECKABLE_GRACE_MS = 1500;

export type Checker = (text: string, state: EffectiveState, budgetMs: number) => Report;

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
  /** Whether the warning is still on the page (the page may remove what it did not draw). */
  warningShown(): boolean;
  /** Says on the editor, in words, that this compose cannot be checked and why. */
  showProblem(body: HTMLElement, problem: string): void;
  /** Takes everything off the page: the extension was turned off or updated. */
  dispose(): void;
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
  state: EffectiveState;
  report: Report;
}

const warn = (message: string, detail?: unknown) => console.warn(`[consonant] ${message}`, ...(detail === undefined ? [] : [detail]));

/** What the guard can say about this tab, for the popup. */
export interface GuardStatus {
  /** Composes open and checked. */
  checked: number;
  /** Each compose that cannot be checked, in words ("can't find Send: …"). */
  problems: string[];
}

export interface SendGuard {
  setState(state: EffectiveState): void;
  status(): GuardStatus;
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
  /** A compose whose next send passes unchecked: the writer chose Send anyway and it could not be replayed. */
  let passOnce: HTMLElement | null = null;
  /** Editors without a Send, with when each was first seen (reported after a grace period while the compose renders). */
  const uncheckable = new Map<HTMLElement, { since: number; missing: string; reported: boolean }>();
  /** Composes whose last live check could not read or check the draft, and why. */
  const unreadable = new Map<HTMLElement, string>();
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
    if (cached && cached.text === draft.text && cached.state === state && !cached.report.stats.timedOut) return cached;
    const report = options.check(draft.text, state!, Math.max(1, budgetMs - (now() - started)));
    const checked = { text: draft.text, state: state!, report };
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
    let draft: DraftText;
    try {
      draft = compose.read();
    } catch (error) {
      return cannotCheck(compose, "can't read the draft", error);
    }
    try {
      // The live check may take longer than a send; it never blocks the writer's typing.
      const started = now();
      const { report } = runCheck(compose, draft, started, SEND_BUDGET_MS * 4);
      ui.showIndicator(compose, report);
      const marks = atOrAbove(report.findings).map((f) => rangeFor(draft, f.start, f.end, doc));
      highlighter.set(compose.body, marks.filter((r): r is Range => r !== null));
      unreadable.delete(compose.body);
    } catch (error) {
      cannotCheck(compose, `the check failed: ${(error as Error).message}`, error);
    }
  };

  /** A compose whose live check failed: said on its editor and in the console, and listed for the popup. */
  const cannotCheck = (compose: Compose, problem: string, error: unknown) => {
    unreadable.set(compose.body, problem);
    warn(`${adapter.site}: ${problem}; sends from this compose go out unchecked`, error);
    ui.showProblem(compose.body, problem);
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
    reportUncheckable();
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

  /** Editors whose Send cannot be found: said on the editor and in the console, once each. */
  const reportUncheckable = () => {
    if (!active()) return;
    const current = new Set<HTMLElement>();
    for (const { body, missing } of adapter.findUncheckable(doc)) {
      current.add(body);
      const seen = uncheckable.get(body) ?? { since: now(), missing, reported: false };
      uncheckable.set(body, seen);
      if (seen.reported) continue;
      if (now() - seen.since < UNCHECKABLE_GRACE_MS) {
        // A compose renders its editor before its toolbar: look again once it has had time.
        win.setTimeout(scan, UNCHECKABLE_GRACE_MS);
        continue;
      }
      seen.reported = true;
      warn(`${adapter.site}: found a compose editor but not its ${missing}; sends from it go out unchecked`);
      ui.showProblem(body, "can't find Send");
    }
    for (const body of uncheckable.keys()) {
      if (current.has(body) && body.isConnected) continue;
      uncheckable.delete(body);
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
    if (passOnce === compose.body) {
      passOnce = null;
      return false;
    }
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
        if (!interceptor.replay(attempt)) {
          // The menu item the writer chose (Schedule send) closed with its menu: choosing it again passes.
          passOnce = compose.body;
          warn('choose Schedule send again from the send options: Consonant will not hold it this time');
        }
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
    isHolding() {
      if (held === null) return false;
      // The page took the warning away (it re-rendered its body): nothing on screen means no way to
      // choose, so this attempt is judged afresh and the warning shown again.
      if (!ui.warningShown()) held = null;
      return held !== null;
    },
    isOwnUi: (element) => ui.isOwnUi(element),
    known(target) {
      for (const compose of composes.values()) {
        // The Send control may be gone too (the compose is closing); then the click is not a send.
        const control = compose.sendControls().find((c) => c.contains(target));
        if (control) return { compose, control };
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
      reportUncheckable();
    },
    scan,
    status() {
      const problems = [
        ...[...uncheckable.values()].filter((u) => u.reported).map((u) => `can't find Send (${u.missing})`),
        ...[...unreadable].filter(([body]) => body.isConnected).map(([, problem]) => problem),
      ];
      return { checked: [...composes.keys()].filter((body) => body.isConnected && !unreadable.has(body)).length, problems };
    },
    dispose() {
      // A warning left on the page after the extension is turned off or updated would answer nothing.
      held = null;
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
      try {
        ui.dispose();
      } catch (error) {
        warn('could not take the warning off the page', error);
      }
    },
  };
}
