/**
 * The composes of a mail page as the guard follows them: found as they open, rechecked after the
 * writer pauses, with a badge and marks on each, and a cached report that a send can use at once.
 * A compose that cannot be checked (no Send found, draft unreadable, check failed) is said so on its
 * editor and in the console, and listed in the status the popup shows.
 */
import type { EffectiveState } from '../extension/effective';
import type { Report } from '../report';
import type { Compose, SiteAdapter } from '../sites/types';
import { rangeFor, type DraftText } from '../sites/text-map';
import { createHighlighter } from './highlight';
import { holdingFindings } from './holding';
import type { SendControlHit } from './intercept';
import type { Checker, GuardStatus, GuardUi } from './send-guard';

/** Typing pause before a live recheck. */
export const LIVE_DEBOUNCE_MS = 500;
/** How long an editor may lack its Send before the compose is reported as one that cannot be checked. */
export const UNCHECKABLE_GRACE_MS = 1500;
/**
 * How often the checker is kept awake while a compose is open: Chrome stops an idle extension
 * service worker after 30 s, and waking it (and reading the model again) would make the next
 * send after a pause wait on that.
 */
export const KEEP_AWAKE_MS = 20_000;

export const warn = (message: string, detail?: unknown) =>
  console.warn(`[consonant] ${message}`, ...(detail === undefined ? [] : [detail]));

export interface Checked {
  text: string;
  quoted: string | undefined;
  subject: string | undefined;
  state: EffectiveState;
  report: Report;
}

export interface LiveChecksOptions {
  window: Window;
  adapter: SiteAdapter;
  ui: GuardUi;
  check: Checker;
  warmUp(): void;
  /** Called every KEEP_AWAKE_MS while a compose is open (the background checker stays loaded). */
  keepAwake?(): void;
  now(): number;
  /** The state in force; null until the settings have loaded. */
  state(): EffectiveState | null;
  /** The live check's budget (longer than a send's: it never blocks anything). */
  budgetMs: number;
  /** A compose closed (sent or discarded); the guard lets go of a send it held for it. */
  onGone(compose: Compose): void;
}

export interface LiveChecks {
  scan(): void;
  /** Checks every open compose again soon (the state changed). */
  recheckAll(): void;
  /** The report for `draft`: the last one when neither the text nor the state changed since. */
  reportFor(compose: Compose, draft: DraftText, started: number, budgetMs: number): Answer<Checked>;
  /** A compose seen earlier whose control that sends holds `target`. */
  known(target: Element): SendControlHit | null;
  active(): boolean;
  status(): GuardStatus;
  dispose(): void;
}

/** A checker's answer: at once (in the page), or later (from the extension's background). */
export type Answer<T> = T | Promise<T>;

export const isPending = <T>(answer: Answer<T>): answer is Promise<T> =>
  typeof (answer as { then?: unknown } | null)?.then === 'function';

/**
 * What a state holds, as one string: storage hands out a new object for every write, even when
 * nothing in it changed, so states are compared by what they hold, not by identity.
 */
const stateKeys = new WeakMap<EffectiveState, string>();
export function stateKey(state: EffectiveState): string {
  let key = stateKeys.get(state);
  if (key === undefined)
    stateKeys.set(state, (key = JSON.stringify([state.profile, state.settings, state.profileSyncedAt])));
  return key;
}

/** Reports from the last check of each editor, reused while neither the text nor the state changed. */
function createReportCache(check: Checker, now: () => number) {
  // Keyed by the editor: adapters hand out a fresh Compose for the same editor on every lookup.
  const last = new WeakMap<HTMLElement, Checked>();
  const keep = (compose: Compose, checked: Checked) => {
    last.set(compose.body, checked);
    return checked;
  };
  return (
    compose: Compose,
    draft: DraftText,
    state: EffectiveState,
    started: number,
    budgetMs: number,
  ): Answer<Checked> => {
    const cached = last.get(compose.body);
    // A report that ran out of time read only part of the draft: check again rather than trust it.
    const fresh =
      cached &&
      cached.text === draft.text &&
      cached.quoted === draft.quoted &&
      cached.subject === draft.subject &&
      (cached.state === state || stateKey(cached.state) === stateKey(state));
    if (fresh && !cached.report.stats.timedOut) return cached;
    const answer = check(draft.text, state, Math.max(1, budgetMs - (now() - started)), draft.quoted, draft.subject);
    const checked = (report: Report): Checked =>
      keep(compose, { text: draft.text, quoted: draft.quoted, subject: draft.subject, state, report });
    return isPending(answer) ? answer.then(checked) : checked(answer);
  };
}

/** Editors whose compose cannot be checked, and why: said once each, on the editor and in the console. */
function createProblems(options: LiveChecksOptions, rescan: () => void) {
  const { adapter, ui, now } = options;
  const uncheckable = new Map<HTMLElement, { since: number; missing: string; reported: boolean }>();
  const failed = new Map<HTMLElement, string>();
  const partial = new Map<HTMLElement, string>();
  return {
    failed(compose: Compose, problem: string, error: unknown) {
      failed.set(compose.body, problem);
      warn(`${adapter.site}: ${problem}; sends from this compose go out unchecked`, error);
      ui.showProblem(compose.body, problem);
    },
    /** Checked; a check that failed in part is listed too (its badge says so), since findings may be missing. */
    checked(compose: Compose, report: Report) {
      failed.delete(compose.body);
      if (report.stats.error) partial.set(compose.body, `part of the check failed: ${report.stats.error}`);
      else partial.delete(compose.body);
    },
    isFailed: (body: HTMLElement) => failed.has(body),
    /** Looks for editors without a Send; one seen only now gets time to render its toolbar first. */
    lookForMissingSend(doc: Document, found: ReadonlySet<Element>) {
      const current = new Set<HTMLElement>();
      for (const { body, missing } of adapter.findUncheckable(doc, found)) {
        current.add(body);
        const seen = uncheckable.get(body) ?? { since: now(), missing, reported: false };
        uncheckable.set(body, seen);
        if (seen.reported) continue;
        if (now() - seen.since < UNCHECKABLE_GRACE_MS) {
          options.window.setTimeout(rescan, UNCHECKABLE_GRACE_MS);
          continue;
        }
        seen.reported = true;
        warn(`${adapter.site}: found a compose editor but not its ${missing}; sends from it go out unchecked`);
        ui.showProblem(body, "can't find Send");
      }
      for (const body of uncheckable.keys()) if (!current.has(body) || !body.isConnected) uncheckable.delete(body);
    },
    list(): string[] {
      return [
        ...[...uncheckable.values()].filter((u) => u.reported).map((u) => `can't find Send (${u.missing})`),
        ...[...failed, ...partial].filter(([body]) => body.isConnected).map(([, problem]) => problem),
      ];
    },
  };
}

/** The compose among `composes` whose control that sends holds `target`. */
function sendControlAmong(composes: Iterable<Compose>, target: Element): SendControlHit | null {
  for (const compose of composes) {
    // The controls may be gone too (the compose is closing); then the click is not a send.
    const control = compose.sendControls().find((c) => c.contains(target));
    if (control) return { compose, control };
  }
  return null;
}

/** Runs `tick` every KEEP_AWAKE_MS while `open` says a compose is open, and not otherwise. */
function createKeepAwake(win: Window, tick: (() => void) | undefined) {
  let timer: number | null = null;
  return (open: boolean) => {
    if (!tick || open === (timer !== null)) return;
    if (open) {
      timer = win.setInterval(() => {
        try {
          tick();
        } catch (error) {
          warn('could not keep the checker awake', error);
        }
      }, KEEP_AWAKE_MS);
    } else {
      win.clearInterval(timer!);
      timer = null;
    }
  };
}

/** The first check after load pays for building the NLP (or waking the background); pay it while the writer types. */
function warmUpSoon(win: Window, warmUp: () => void) {
  win.setTimeout(() => {
    try {
      warmUp();
    } catch (error) {
      warn('could not warm up the checker', error);
    }
  }, 0);
}

/** Calls `run` the first time only. */
function once(run: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    run();
  };
}

interface LiveCheckParts {
  options: LiveChecksOptions;
  active(): boolean;
  cache: ReturnType<typeof createReportCache>;
  problems: ReturnType<typeof createProblems>;
  highlighter: ReturnType<typeof createHighlighter>;
}

/** Checks one compose as the writer pauses: the badge, the marks, or what went wrong. */
function checkLive(parts: LiveCheckParts, compose: Compose) {
  const { options, problems, highlighter } = parts;
  if (!compose.body.isConnected) return;
  const state = options.state();
  if (!state || !parts.active()) {
    highlighter.clear(compose.body);
    return options.ui.showIndicator(compose, null);
  }
  let draft: DraftText;
  try {
    draft = compose.read();
  } catch (error) {
    return problems.failed(compose, "can't read the draft", error);
  }
  const show = ({ report }: Checked) => {
    options.ui.showIndicator(compose, report);
    const doc = options.window.document;
    // Words in the subject line are not in the editor: the warning names them, nothing is marked.
    const marks = holdingFindings(report.findings, state.settings.minSeverity)
      .filter((f) => f.field !== 'subject')
      .map((f) => rangeFor(draft, f.start, f.end, doc));
    highlighter.set(
      compose.body,
      marks.filter((r): r is Range => r !== null),
    );
    problems.checked(compose, report);
  };
  const failed = (error: unknown) => problems.failed(compose, `the check failed: ${(error as Error).message}`, error);
  try {
    const answer = parts.cache(compose, draft, state, options.now(), options.budgetMs);
    if (isPending(answer)) answer.then(show, failed);
    else show(answer);
  } catch (error) {
    failed(error);
  }
}

export function createLiveChecks(options: LiveChecksOptions): LiveChecks {
  const { window: win, adapter, ui } = options;
  const doc = win.document;
  const composes = new Map<HTMLElement, Compose>();
  const timers = new Map<Compose, number>();
  const highlighter = createHighlighter(win);
  const cache = createReportCache(options.check, options.now);
  let disposed = false;
  const active = () => {
    const state = options.state();
    return state !== null && state.settings.mode !== 'off' && state.settings.sites[adapter.site];
  };
  const problems = createProblems(options, () => scan());
  const keepAwake = createKeepAwake(win, options.keepAwake);

  const liveCheck = (compose: Compose) => {
    timers.delete(compose);
    checkLive({ options, active, cache, problems, highlighter }, compose);
  };

  const schedule = (compose: Compose, delay = LIVE_DEBOUNCE_MS) => {
    const pending = timers.get(compose);
    if (pending !== undefined) win.clearTimeout(pending);
    timers.set(
      compose,
      win.setTimeout(() => liveCheck(compose), delay),
    );
  };

  const warmUpOnce = once(() => warmUpSoon(win, options.warmUp));

  // A badge left behind would show a result that no longer updates, and keep polling its position.
  const forget = (body: HTMLElement, compose: Compose) => {
    composes.delete(body);
    options.onGone(compose);
    ui.removeIndicator(compose);
    highlighter.clear(body);
    const pending = timers.get(compose);
    if (pending !== undefined) win.clearTimeout(pending);
    timers.delete(compose);
  };

  const scan = () => {
    // The settings can finish loading after the page unloaded the script (an extension update).
    if (disposed) return;
    const seen = new Set<HTMLElement>();
    for (const compose of adapter.findComposes(doc)) {
      seen.add(compose.body);
      if (composes.has(compose.body)) continue;
      composes.set(compose.body, compose);
      warmUpOnce();
      schedule(compose, 50);
    }
    if (active()) problems.lookForMissingSend(doc, seen);
    for (const [body, compose] of composes) if (!seen.has(body) || !body.isConnected) forget(body, compose);
    keepAwake(composes.size > 0);
  };

  const onInput = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Node)) return;
    // The subject line is read with the body, so typing in it checks again too.
    for (const [body, compose] of composes)
      if (body.contains(target) || compose.subjectField?.() === target) schedule(compose);
  };
  win.addEventListener('input', onInput, true);

  return {
    scan,
    active,
    recheckAll() {
      for (const compose of composes.values()) schedule(compose, 0);
      if (active()) problems.lookForMissingSend(doc, new Set(composes.keys()));
    },
    reportFor: (compose, draft, started, budgetMs) => cache(compose, draft, options.state()!, started, budgetMs),
    known: (target) => sendControlAmong(composes.values(), target),
    status() {
      const checked = [...composes.keys()].filter((body) => body.isConnected && !problems.isFailed(body)).length;
      return { checked, problems: problems.list() };
    },
    dispose() {
      disposed = true;
      win.removeEventListener('input', onInput, true);
      for (const [body, compose] of composes) forget(body, compose);
      keepAwake(false);
    },
  };
}
