import { STALE_AFTER_DAYS } from './profile/staleness';
import type { Profile } from './profile';
import type { Finding, Report, Severity, Signal } from './report';
import { rules } from './conflicts';
import type { Medium, RuleContext } from './conflicts/types';
import { explainFindings } from './explain';
import { detectSignals, type SignalCache } from './signals';
import { blankRanges, findExcludedRanges } from './text';
import { subjectHead, typedSubject } from './text/subject';
import { replyFocus } from './thread/focus';
import { readThread } from './thread/read-thread';
import { attributeTopics, findMentions, readingUnits, type Mention, type Span } from './topics';

export interface CheckOptions {
  /** "Today" for dates in the draft and the profile's review date; defaults to the clock. */
  now?: Date;
  /** Time budget for the analysis in ms; past it the report says timedOut and holds what was found. */
  budgetMs?: number;
  /** The clock the budget is measured on, in ms; performance.now() unless a test steps it. */
  clock?: () => number;
  /** When the profile last synced from its URL; null or absent when it did not come from one. */
  syncedAt?: string | null;
  /** Characters read from a huge paste; the rest is left out and stats.checkedChars says so. */
  maxChars?: number;
  /** Days without a sync after which stale-profile speaks up. */
  staleAfterDays?: number;
  /**
   * The quoted history as the page holds it, when the draft text leaves it out (a mail site's
   * quote block, as plain text). Without it, quoted history is read from the draft text itself.
   */
  quoted?: string;
  /** What is being checked, as messages name it: a mail draft (the default), a document, a page or a selection. */
  medium?: Medium;
  /**
   * The signal analysis of a draft's sentences from earlier checks, kept by the caller (one per
   * compose): a re-check parses and judges only the sentences that changed. The report is the same
   * as without it; a new day, profile or model empties it.
   */
  cache?: SignalCache;
  /**
   * The subject line the writer typed. It is read as the draft's first line: its words can carry a
   * signal ("URGENT: bandwidth swap") and name what the body is about. A reply's or forward's
   * subject ("Re: …") repeats someone else's words and is not read. Findings in it carry
   * `field: 'subject'`, with offsets into the subject.
   */
  subject?: string;
}

/** Enough for a long email on a slow laptop; callers checking documents pass more. */
export const DEFAULT_BUDGET_MS = 150;
/** About 15,000 words: more than any email, enough for long documents. */
export const DEFAULT_MAX_CHARS = 100_000;
export const DEFAULT_STALE_AFTER_DAYS = STALE_AFTER_DAYS;

function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = Math.max(0, Math.floor(maxChars));
  // Never split a surrogate pair: the last character read stays whole.
  const code = text.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

function within(span: { start: number; end: number }, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  );
}

// Kept here rather than imported from report.ts, so a content script that only checks drafts does
// not carry zod's schemas along.
const SEVERITY_ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A cue's evidence is its words: spaces a detector took in at either end are left out. */
function trimmed<T extends { start: number; end: number }>(text: string, span: T): T {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

function order(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.start}\u0000${f.end}\u0000${f.topic ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An error message longer than this is cut: a message can quote a whole pattern or profile. */
const MAX_ERROR_CHARS = 200;

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}… (${text.length} characters)` : text;
}

/** The signals with their topics and words, in order; cues outside the draft are dropped. */
function placedSignals(
  draft: string,
  analysed: string,
  found: Signal[],
  sentences: readonly Span[],
  mentions: readonly Mention[],
): Signal[] {
  return attributeTopics(
    analysed,
    found.filter((s) => within(s, draft.length)).map((s) => trimmed(analysed, s)),
    sentences,
    mentions,
  )
    .map((s) => ({ ...s, text: draft.slice(s.start, s.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every rule's findings; a rule that throws adds its error and leaves the others to speak. */
function runRules(ctx: RuleContext, errors: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check(ctx));
    } catch (error) {
      // One broken rule must not silence the others.
      errors.push(`${rule.id}: ${message(error)}`);
    }
  }
  return findings;
}

/** The findings as the report holds them: within the draft, with their words, once each, in order, explained. */
function reportedFindings(
  draft: string,
  findings: Finding[],
  sentences: readonly Span[],
  mentions: readonly Mention[],
  profile: Profile,
): Finding[] {
  return explainFindings(
    draft,
    dedupe(
      findings.filter((f) => within(f, draft.length)).map((f) => ({ ...f, text: draft.slice(f.start, f.end) })),
    ).sort(order),
    sentences,
    mentions,
    profile,
  );
}

/**
 * Reads a draft against the team profile and returns every signal and conflict with its evidence.
 * Never throws: on an internal failure the report carries no findings from the failing part and
 * stats.error says what went wrong, so a send is never blocked by a bug.
 */
export function checkDraft(text: string, profile: Profile, options: CheckOptions = {}): Report {
  const subject = typedSubject(options.subject);
  if (subject === null) return checkText(text, profile, options);
  const head = subjectHead(subject);
  const body = typeof text === 'string' ? text : '';
  const maxChars = (options.maxChars ?? DEFAULT_MAX_CHARS) + head.length;
  return splitSubject(checkText(head + body, profile, { ...options, maxChars }), head.length, subject.length);
}

/** The report of subject and body read as one text, with each signal and finding placed in its own field. */
function splitSubject(report: Report, headLength: number, subjectLength: number): Report {
  // Words before the body are the subject's. A finding with no words (stale-profile) stays where it
  // is without a subject: at the start of the body.
  const place = <T extends { start: number; end: number }>(span: T): T =>
    span.start >= headLength
      ? { ...span, start: span.start - headLength, end: span.end - headLength }
      : span.end > span.start
        ? { ...span, end: Math.min(span.end, subjectLength), field: 'subject' as const }
        : { ...span, start: 0, end: 0 };
  const placeSentence = <T extends { sentence: { start: number; end: number } }>(signal: T, inSubject: boolean): T =>
    inSubject
      ? signal
      : { ...signal, sentence: { start: signal.sentence.start - headLength, end: signal.sentence.end - headLength } };
  return {
    ...report,
    signals: report.signals.map((s) => placeSentence(place(s), s.start < headLength)),
    findings: report.findings.map(place),
    excluded: report.excluded
      .filter((r) => r.start >= headLength)
      .map((r) => ({ ...r, start: r.start - headLength, end: r.end - headLength })),
    stats: { ...report.stats, checkedChars: Math.max(0, report.stats.checkedChars - headLength) },
  };
}

function checkText(text: string, profile: Profile, options: CheckOptions): Report {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const elapsed = () => Math.max(0, clock() - started);
  let checkedChars = 0;
  try {
    const input = typeof text === 'string' ? text : '';
    const draft = cut(input, options.maxChars ?? DEFAULT_MAX_CHARS);
    checkedChars = draft.length;
    const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
    const excluded = findExcludedRanges(draft);
    const analysed = blankRanges(draft, excluded);
    const cache = options.cache ? { cache: options.cache } : {};
    const analysis = detectSignals(analysed, {
      now,
      clock,
      deadline: started + (options.budgetMs ?? DEFAULT_BUDGET_MS),
      ...cache,
    });
    const errors: string[] = analysis.modelError
      ? [`signals model: ${message(analysis.modelError)} (lexicon cues only)`]
      : [];
    let mentions: Mention[] = [];
    try {
      mentions = findMentions(analysed, profile);
    } catch (error) {
      // Without the names, the rules that need none (avoided phrases, a stale profile) still speak.
      errors.push(`profile names: ${message(error)}`);
    }
    const sentences = readingUnits(analysed, analysis.sentences);
    const signals = placedSignals(draft, analysed, analysis.signals, sentences, mentions);
    // The thread matters only to a reply that says something on an axis; most drafts say nothing and pay nothing.
    // A draft past its budget skips the thread too: the send must not wait for it.
    const deadline = started + (options.budgetMs ?? DEFAULT_BUDGET_MS);
    const thread =
      signals.length === 0 || clock() > deadline
        ? { messages: [] }
        : readThread(draft, excluded, profile, () => replyFocus(analysed, signals, sentences), {
            now,
            deadline,
            ...(options.quoted !== undefined ? { quoted: options.quoted } : {}),
          });
    const ctx: RuleContext = {
      text: analysed,
      profile,
      signals,
      sentences,
      mentions,
      now,
      syncedAt: options.syncedAt ?? null,
      staleAfterDays: options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
      thread: thread.messages,
      medium: options.medium ?? 'draft',
    };
    if (thread.error) errors.push(`thread: ${message(thread.error)}`);
    const findings = runRules(ctx, errors);
    return {
      signals,
      findings: reportedFindings(draft, findings, sentences, mentions, profile),
      excluded: excluded.map((r) => ({ start: r.start, end: r.end, reason: r.reason })),
      stats: {
        elapsedMs: elapsed(),
        timedOut: analysis.timedOut,
        checkedChars,
        ...(errors.length > 0 ? { error: errors.join('; ') } : {}),
      },
    };
  } catch (error) {
    return {
      signals: [],
      findings: [],
      excluded: [],
      stats: { elapsedMs: elapsed(), timedOut: false, checkedChars, error: message(error) },
    };
  }
}
