/**
 * The send guard on a mail site: tracks every compose, rechecks it after typing pauses, and
 * holds a send whose draft conflicts with the team profile until the writer chooses Edit or
 * Send anyway. It fails open: an unreadable body, a failed or slow check, or no settings yet,
 * and the send goes out untouched (with a console warning). DOM only; the content script
 * passes in the state, the checker and the UI.
 */
import type { EffectiveState } from '../extension/effective';
import type { Finding, Report } from '../report';
import type { Compose, SiteAdapter } from '../sites/types';
import { rangeFor, type DraftText } from '../sites/text-map';
import { createHold, type Hold } from './hold';
import { holdingFindings } from './holding';
import { clickAsUser } from './gesture';
import { installInterceptor, type Interceptor, type SendAttempt } from './intercept';
import { createLiveChecks, isPending, stateKey, warn, type Checked, type LiveChecks } from './live-checks';

export { LIVE_DEBOUNCE_MS, UNCHECKABLE_GRACE_MS } from './live-checks';

/** Hard limit for reading and checking at send time; past it the send goes out unchecked. */
export const SEND_BUDGET_MS = 150;
/**
 * How long a send may be held while the checker is still starting (the browser had stopped the
 * extension's worker, and it is reading its code and model again): the check is waited for rather
 * than raced, and the badge says Consonant is starting. Past it the send goes out unchecked.
 */
export const COLD_START_BUDGET_MS = 1_000;

/**
 * Checks a draft against the state in force: in the page (a report at once) or in the extension's
 * background (a promise of one), so the NLP stays off the page. `quoted` is the reply's quoted
 * history as the page holds it, when the text leaves it out; `subject` the subject line the writer
 * typed, when the compose has one.
 */
export type Checker = (
  text: string,
  state: EffectiveState,
  budgetMs: number,
  quoted?: string,
  subject?: string,
) => Report | Promise<Report>;

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
  /**
   * Shows the warning. While the UI's code is still loading it returns a promise of the warning on
   * screen: the send stays held meanwhile, and goes out if the promise rejects.
   */
  showWarning(held: HeldSend): void | Promise<void>;
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
  /** Says on the compose that its send waits for Consonant to start (true), or no longer does (false). */
  showStarting?(compose: Compose, starting: boolean): void;
}

export interface GuardOptions {
  window: Window;
  adapter: SiteAdapter;
  check: Checker;
  warmUp(): void;
  /** Keeps the checker loaded while a compose is open (pings the background every 20 s). */
  keepAwake?(): void;
  /** Whether the checker is still starting (its answers wait on that, not on a check); a send then waits longer. */
  checkerStarting?(): boolean;
  ui: GuardUi;
  now?: () => number;
}

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

function placeCaret(win: Window, compose: Compose, draft: DraftText | null, finding: Finding | undefined) {
  // Words in the subject line: the caret goes there, before them.
  const subject = finding?.field === 'subject' ? compose.subjectField?.() : null;
  if (subject && finding) {
    subject.focus();
    subject.setSelectionRange(finding.start, finding.start);
    return;
  }
  compose.body.focus();
  if (!draft || !finding) return;
  const range = rangeFor(draft, finding.start, finding.start, win.document);
  if (!range || !compose.body.contains(range.startContainer)) return;
  // getSelection() is null only in a frame without a browsing context, where there is no caret to place.
  const selection = win.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // A text node directly under a detached fragment has no parent element; then there is nothing to scroll.
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

interface Deciding {
  win: Window;
  now(): number;
  state(): EffectiveState | null;
  live: LiveChecks;
  hold: Hold<HeldSend>;
  /** Whether the checker is starting; false when unknown. */
  starting(): boolean;
  showStarting(compose: Compose, starting: boolean): void;
  interceptor(): Interceptor;
  /** The send held while its check runs off the page (one at a time). */
  setChecking(attempt: SendAttempt | null): void;
  isChecking(attempt: SendAttempt): boolean;
}

/** Reads the draft; null (and a console line) when it cannot be read, and the send goes out. */
function readAtSend(compose: Compose): DraftText | null {
  try {
    return compose.read();
  } catch (error) {
    warn('could not read or check the draft; the message was sent unchecked', error);
    return null;
  }
}

/** The report when it can be trusted for this send; null (and a console line) when the send must go out unchecked. */
function usable(report: Report | null, took: number, budgetMs = SEND_BUDGET_MS): Report | null {
  if (!report || took > budgetMs || report.stats.timedOut) {
    const starting = budgetMs === COLD_START_BUDGET_MS ? ' while Consonant was starting' : '';
    warn(`the check took longer than its ${budgetMs} ms budget${starting}; the message was sent unchecked`);
    return null;
  }
  if (report.stats.error) warn(`part of the check failed: ${report.stats.error}`);
  return report;
}

/** Decides synchronously whether a send attempt is held; when it is, the warning is on screen or the check is under way. */
function decide(d: Deciding, attempt: SendAttempt): boolean {
  const state = d.state();
  if (!state || !d.live.active()) return false;
  const { compose } = attempt;
  if (d.hold.takePass(compose.body)) return false;
  const draft = readAtSend(compose);
  if (!draft) return false;
  const started = d.now();
  let answer: Checked | Promise<Checked>;
  try {
    answer = d.live.reportFor(compose, draft, started, SEND_BUDGET_MS);
  } catch (error) {
    warn('could not read or check the draft; the message was sent unchecked', error);
    return false;
  }
  if (isPending(answer)) return awaitCheck(d, attempt, draft, answer, started);
  // The budget is for the work done now; a finished live check of the same text costs nothing.
  const report = usable(answer.report, d.now() - started);
  return report !== null && warnIfHeld(d, attempt, draft, report, state);
}

/**
 * Resolves with null when the send may wait no longer: at SEND_BUDGET_MS, or, when the checker is
 * starting then, at COLD_START_BUDGET_MS (`onStarting` is called as the wait is stretched). Returns
 * a function that stops the timer.
 */
function sendDeadline(d: Deciding, started: number, resolve: (late: null) => void, onStarting: () => void): () => void {
  let timer = 0;
  const expire = () => {
    const elapsed = d.now() - started;
    if (elapsed < COLD_START_BUDGET_MS && d.starting()) {
      onStarting();
      timer = d.win.setTimeout(() => resolve(null), COLD_START_BUDGET_MS - elapsed);
    } else resolve(null);
  };
  timer = d.win.setTimeout(expire, SEND_BUDGET_MS);
  return () => d.win.clearTimeout(timer);
}

/**
 * The draft changed since the last check and the check runs off the page: the send is held while
 * it runs, for at most the send budget — or the cold-start budget when the checker is still
 * starting, as the badge then says. Findings show the warning; a clean draft, a late or failed
 * check, is sent as the writer asked.
 */
function awaitCheck(
  d: Deciding,
  attempt: SendAttempt,
  draft: DraftText,
  answer: Promise<Checked>,
  started: number,
): boolean {
  d.setChecking(attempt);
  let budget = SEND_BUDGET_MS;
  let stop = () => {};
  const late = new Promise<null>((resolve) => {
    stop = sendDeadline(d, started, resolve, () => {
      budget = COLD_START_BUDGET_MS;
      d.showStarting(attempt.compose, true);
    });
  });
  const settle = (report: Report | null) => {
    stop();
    if (budget === COLD_START_BUDGET_MS) d.showStarting(attempt.compose, false);
    if (!d.isChecking(attempt)) return;
    d.setChecking(null);
    const state = d.state();
    const checked = usable(report, d.now() - started, budget);
    if (checked && state && warnIfHeld(d, attempt, draft, checked, state)) return;
    replayOrPass(d, attempt);
  };
  Promise.race([answer.then((c) => c.report), late]).then(settle, (error: unknown) => {
    warn('could not check the draft; the message was sent unchecked', error);
    settle(null);
  });
  return true;
}

/**
 * Sends what the writer asked for. A menu item (Schedule send) that closed with its menu cannot be
 * chosen for them: the menu is opened again, and choosing the item there passes once.
 */
function replayOrPass(d: Deciding, attempt: SendAttempt) {
  if (d.interceptor().replay(attempt)) return;
  d.hold.passNext(attempt.compose.body);
  const menu = attempt.compose.sendMenu();
  if (menu?.isConnected) clickAsUser(d.win, menu);
  warn('the send options were opened again: choose Schedule send there; Consonant will not hold it this time');
}

/** Holds the send with the warning when findings reach the minimum severity; false lets it go. */
function warnIfHeld(
  d: Deciding,
  attempt: SendAttempt,
  draft: DraftText,
  report: Report,
  state: EffectiveState,
): boolean {
  const findings = holdingFindings(report.findings, state.settings.minSeverity);
  if (findings.length === 0) return false;
  const { compose } = attempt;
  const canSendAnyway = state.settings.mode === 'warn' && state.settings.allowSendAnyway;
  const held: HeldSend = {
    compose,
    report,
    findings,
    canSendAnyway,
    edit() {
      if (!d.hold.isCurrent(held)) return;
      d.hold.release();
      placeCaret(d.win, compose, draft, findings[0]);
    },
    sendAnyway() {
      // Once only: the first choice closes the warning and later calls find it gone.
      if (!canSendAnyway || !d.hold.isCurrent(held)) return;
      d.hold.release();
      replayOrPass(d, attempt);
    },
  };
  return d.hold.offer(held, () => replayOrPass(d, attempt));
}

/** What the guard asks and says about a checker that is starting; neither ever stops a send. */
function checkerStatus(options: GuardOptions): Pick<Deciding, 'starting' | 'showStarting'> {
  return {
    starting: () => {
      try {
        return options.checkerStarting?.() === true;
      } catch (error) {
        warn('could not tell whether the checker is starting', error);
        return false;
      }
    },
    showStarting: (compose, starting) => {
      try {
        options.ui.showStarting?.(compose, starting);
      } catch (error) {
        warn('could not say that Consonant is starting', error);
      }
    },
  };
}

export function startSendGuard(options: GuardOptions): SendGuard {
  const { window: win, adapter, ui } = options;
  const now = options.now ?? (() => win.performance.now());
  let state: EffectiveState | null = null;
  const hold = createHold<HeldSend>(
    { show: (held) => ui.showWarning(held), close: () => ui.closeWarning(), shown: () => ui.warningShown() },
    warn,
  );
  const live = createLiveChecks({
    window: win,
    adapter,
    ui,
    check: options.check,
    warmUp: options.warmUp,
    ...(options.keepAwake ? { keepAwake: options.keepAwake } : {}),
    now,
    state: () => state,
    budgetMs: SEND_BUDGET_MS * 4,
    onGone(compose) {
      // The whole compose was sent or discarded elsewhere (another tab): Send anyway would click a
      // Send that is gone. A re-rendered editor in a compose still open keeps the warning.
      const held = hold.current();
      if (held?.compose.body === compose.body && !held.compose.root.isConnected) hold.release();
    },
  });
  let checking: SendAttempt | null = null;
  const deciding: Deciding = {
    win,
    now,
    state: () => state,
    live,
    hold,
    ...checkerStatus(options),
    interceptor: () => interceptor,
    setChecking: (attempt) => (checking = attempt),
    isChecking: (attempt) => checking === attempt,
  };
  const interceptor = installInterceptor(win, adapter, {
    shouldHold: (attempt) => decide(deciding, attempt),
    // While a send's check runs, further attempts are swallowed as while its warning is open.
    isHolding: () => checking !== null || hold.holding(),
    isOwnUi: (element) => ui.isOwnUi(element),
    known: (target) => live.known(target),
  });
  let disposed = false;

  return {
    setState(next) {
      if (disposed) return;
      const same = state !== null && stateKey(state) === stateKey(next);
      state = next;
      // A write that changed nothing (the background recomputing) needs no new checks.
      if (!same) live.recheckAll();
    },
    scan: () => live.scan(),
    status: () => live.status(),
    dispose() {
      disposed = true;
      // A send held while its check ran goes out: nothing is left to answer for it.
      const pending = checking;
      checking = null;
      if (pending) replayOrPass(deciding, pending);
      // A warning left on the page after the extension is turned off or updated would answer nothing.
      interceptor.dispose();
      live.dispose();
      try {
        hold.release();
        ui.dispose();
      } catch (error) {
        warn('could not take the warning off the page', error);
      }
    },
  };
}
