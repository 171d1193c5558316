import {
  deadlineLeads,
  monthAbbreviations,
  months,
  nextDay,
  reportOnly,
  sameDay,
  spanCounts,
  spanLeads,
  urgentWithinWorkingDays,
  weekdayAbbreviations,
  weekdays,
} from './lexicon/deadline';

/**
 * The rule of a span counted from now ("within 24 hours"). The model never reads it as a cue: it
 * learned its cues before spans were read, and a span's length, not its wording, says whether it
 * presses, so a near span in a request is urgent whatever the model says (see judge.ts).
 */
export const SPAN_RULE = 'urgency/within';

export interface DeadlineCue {
  start: number;
  end: number;
  rule: string;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const clock = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|o'?clock)`;
const monthName = `(?:${alternation([...months, ...monthAbbreviations])})\\.?`;
const weekday = `(?:${alternation([...weekdays, ...weekdayAbbreviations])})\\.?`;
const numericDate = String.raw`(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?`;
const namedDate = String.raw`(${monthName})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`;
const dayFirstDate = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${monthName})(?:,?\s+(\d{4}))?`;

/** One point in time: any mix of same-day words, weekday, date and clock time. */
const when = [
  `(?:${alternation(nextDay)})`,
  `(?:${alternation(sameDay)})`,
  weekday,
  numericDate,
  namedDate,
  dayFirstDate,
  clock,
]
  .map((p) => `(?:${p})`)
  .join('|');
const whenRun = `(?:(?:${when})(?:[\\s,()]+(?:on|of|at|the|,)?\\s*(?:${when}))*)`;

const withLead = new RegExp(
  String.raw`\b(?:${alternation(deadlineLeads)})\s+(?:the\s+)?(?:end\s+of\s+)?(?:${whenRun})`,
  'gi',
);
const bareNear = new RegExp(String.raw`\b(?:${alternation(nextDay)}|${alternation(sameDay)})\b`, 'gi');
/**
 * A span counted from now: a lead, an optional "the next", a count (digits, a counting word, or
 * none: "within the hour", "within the next day") and a unit; "24h" and "48 hrs" too; or a bare
 * "in" with a count ("in an hour", "in 2 days", never "in days"). A span counted
 * from another event ("within 24 hours of the service", "within 3 days after receipt") is a rule, not
 * a deadline from now.
 */
const spanCount = String.raw`\d{1,3}(?:\.\d+)?|${alternation(Object.keys(spanCounts))}`;
const spanPattern = new RegExp(
  String.raw`\b(?:(?:${alternation(spanLeads)})\s+(?:the\s+)?(?:next\s+)?(?:(${spanCount})\s*)?|in\s+(${spanCount})\s*)(min(?:ute)?s?|h(?:ou)?rs?|h|days?|business\s+days?|working\s+days?|weeks?|months?)\b(?!\s+(?:of|after|from|following|before|prior|ago)\b)`,
  'gi',
);
const reportPattern = new RegExp(String.raw`\b(?:${alternation(reportOnly)})\b`, 'i');
const questionStart = /^\s*(?:is|are|was|were|did|does|do|has|have|had)\b/i;

const DAY = 86_400_000;

function startOfDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Working days from `now` to `target` (0 = same day, Friday to Monday = 1); negative when past. */
export function workingDaysUntil(now: Date, target: number): number {
  const from = startOfDay(now);
  if (target < from) return -1;
  let days = 0;
  for (let t = from + DAY; t <= target; t += DAY) {
    const weekdayIndex = new Date(t).getUTCDay();
    if (weekdayIndex !== 0 && weekdayIndex !== 6) days += 1;
    if (days > urgentWithinWorkingDays) break;
  }
  return days;
}

function monthIndex(word: string): number {
  const key = word.toLowerCase().replace('.', '').slice(0, 3);
  return monthAbbreviations.indexOf(key);
}

function fullYear(year: string | undefined, now: Date, month: number, day: number): number {
  if (year) return year.length === 2 ? 2000 + Number(year) : Number(year);
  // A date without a year means its next occurrence, allowing a few days of lateness.
  const thisYear = now.getUTCFullYear();
  return Date.UTC(thisYear, month, day) < startOfDay(now) - 7 * DAY ? thisYear + 1 : thisYear;
}

/** The calendar day a deadline phrase names, or null when it names none we can place. */
export function resolveDeadline(phrase: string, now: Date): number | null {
  const lower = phrase.toLowerCase();
  const today = startOfDay(now);
  if (new RegExp(`\\b(?:${alternation(nextDay)})\\b`).test(lower)) return today + DAY;
  let match = new RegExp(namedDate, 'i').exec(phrase) ?? null;
  if (match) {
    const month = monthIndex(match[1] ?? '');
    const day = Number(match[2]);
    return Date.UTC(fullYear(match[3], now, month, day), month, day);
  }
  match = new RegExp(dayFirstDate, 'i').exec(phrase);
  if (match) {
    const month = monthIndex(match[2] ?? '');
    const day = Number(match[1]);
    return Date.UTC(fullYear(match[3], now, month, day), month, day);
  }
  match = new RegExp(numericDate).exec(phrase);
  if (match) {
    const month = Number(match[1]) - 1;
    const day = Number(match[2]);
    if (month < 0 || month > 11 || day < 1 || day > 31) return null;
    return Date.UTC(fullYear(match[3], now, month, day), month, day);
  }
  match = new RegExp(weekday, 'i').exec(phrase);
  if (match) {
    const wanted = weekdayAbbreviations.indexOf(match[0].toLowerCase().replace('.', '').slice(0, 3));
    const ahead = (wanted - now.getUTCDay() + 7) % 7;
    return today + ahead * DAY;
  }
  if (new RegExp(`\\b(?:${alternation(sameDay)})\\b|${clock}`, 'i').test(lower)) return today;
  return null;
}

/**
 * Whether a span counted from now ends within the urgent reach: hours and minutes up to 48 hours,
 * days up to `urgentWithinWorkingDays`; weeks and months never. A plural unit with no count
 * ("within hours", "within days") is read as more than one of it.
 */
export function spanIsNear(count: string | undefined, unit: string): boolean {
  const plural = /s$/i.test(unit) ? 3 : 1;
  const n = count === undefined ? plural : (spanCounts[count.toLowerCase().replace(/\s+/g, ' ')] ?? Number(count));
  const u = unit.toLowerCase();
  if (u.startsWith('min')) return true;
  if (u.startsWith('h')) return n <= urgentWithinWorkingDays * 24;
  if (u.includes('day')) return n <= urgentWithinWorkingDays;
  return false;
}

function isNear(phrase: string, now: Date): boolean {
  const day = resolveDeadline(phrase, now);
  if (day === null) return false;
  const working = workingDaysUntil(now, day);
  return working >= 0 && working <= urgentWithinWorkingDays;
}

/**
 * Deadlines in one sentence that fall within two working days of `now`, and spans counted from now
 * that end as soon ("within 24 hours"). The caller keeps them only in a sentence that asks for or
 * needs something.
 */
export function findDeadlines(sentence: string, offset: number, now: Date, far?: DeadlineCue[]): DeadlineCue[] {
  if (questionStart.test(sentence) && sentence.trimEnd().endsWith('?')) return [];
  const spans: DeadlineCue[] = [];
  for (const match of sentence.matchAll(spanPattern))
    if (spanIsNear(match[1] ?? match[2], match[3]!))
      spans.push({ start: offset + match.index, end: offset + match.index + match[0].length, rule: SPAN_RULE });
  return [...datedDeadlines(sentence, offset, now, far), ...spans];
}

/** Deadlines that name a day or a time, placed on the calendar from `now`. */
function datedDeadlines(sentence: string, offset: number, now: Date, far?: DeadlineCue[]): DeadlineCue[] {
  const cues: DeadlineCue[] = [];
  for (const match of sentence.matchAll(withLead)) {
    const cue = { start: offset + match.index, end: offset + match.index + match[0].length, rule: 'urgency/deadline' };
    if (isNear(match[0], now)) cues.push(cue);
    else far?.push({ ...cue, rule: 'urgency/far-deadline' });
  }
  if (cues.length > 0) return cues;
  if (reportPattern.test(sentence)) return cues;
  for (const match of sentence.matchAll(bareNear)) {
    cues.push({ start: offset + match.index, end: offset + match.index + match[0].length, rule: 'urgency/near-time' });
    break;
  }
  return cues;
}
