import type { Signal } from '../report';
import { loadModel, type Model } from './model/load';
import { clauseAround } from './context';
import { MODEL_AXES, predictSentence, type Axis } from './model/model';
import type { SentenceSpan } from './sentences';
import { readingUnits } from '../text/join-wrapped';
import { SPAN_RULE } from './deadline';

/** How a deadline too far off to press reaches the model: as evidence against urgency. */
export const FAR = { kind: 'urgency', value: 'far', rule: 'urgency/far-deadline' } as const;

/** The cues the model reads: every lexicon cue but a span counted from now, which it never learned. */
export const forModel = (cue: { rule: string }): boolean => cue.rule !== SPAN_RULE;

/**
 * The model's verdict per sentence and axis, turned into signals: lexicon cues of the value the
 * model chose keep their exact words and rule; cues of another value are dropped; a value with no
 * lexicon cue gets the model's own evidence words (rule `model/<axis>`). A span counted from now
 * that ends within two working days ("within 24 hours"), in a sentence that asks for something,
 * makes urgent a sentence the model reads as none: whether it presses is the date arithmetic's to
 * say, as it is for a far deadline.
 */
export function judgeSentences(
  text: string,
  sentences: readonly SentenceSpan[],
  cues: readonly Signal[],
  farDeadlines: ReadonlyArray<{ start: number; end: number }>,
  given?: Model,
): Signal[] {
  // A sentence cut in two by a hard line wrap is read whole, and lines the writer broke apart one by one.
  return judgeUnits(text, readingUnits(text, sentences), cues, farDeadlines, given);
}

/** The same, on units already formed (`readingUnits` over the whole draft): the cache judges one unit at a time. */
export function judgeUnits(
  text: string,
  spans: readonly { start: number; end: number }[],
  cues: readonly Signal[],
  farDeadlines: ReadonlyArray<{ start: number; end: number }>,
  given?: Model,
): Signal[] {
  const model = given ?? loadModel();
  const units: SentenceSpan[] = spans.map((u) => ({ start: u.start, end: u.end, text: text.slice(u.start, u.end) }));
  const bySentence = new Map<number, Signal[]>();
  const ordered = [...cues].sort((x, y) => x.start - y.start);
  let unit = 0;
  for (const cue of ordered) {
    while (unit < units.length && units[unit]!.end <= cue.start) unit += 1;
    const at = units[unit];
    if (!at || cue.start < at.start) continue;
    const list = bySentence.get(at.start);
    if (list) list.push(cue);
    else bySentence.set(at.start, [cue]);
  }
  // Far deadlines and sentences are both in text order: walk them together, never rescanning.
  const far = [...farDeadlines].sort((x, y) => x.start - y.start);
  let nextFar = 0;
  const farIn = (sentence: SentenceSpan) => {
    while (nextFar < far.length && far[nextFar]!.start < sentence.start) nextFar += 1;
    const found: Array<{ start: number; end: number }> = [];
    for (let i = nextFar; i < far.length && far[i]!.start < sentence.end; i += 1)
      if (far[i]!.end <= sentence.end) found.push(far[i]!);
    return found;
  };
  const out: Signal[] = [];
  for (const sentence of units) {
    const inSentence = bySentence.get(sentence.start) ?? [];
    const local = [
      ...inSentence.filter(forModel).map((c) => ({
        kind: c.kind,
        value: c.value,
        rule: c.rule,
        start: c.start - sentence.start,
        // A cue a writer's line break cuts (rare: "top\npriority") is read up to its unit's end.
        end: Math.min(c.end, sentence.end) - sentence.start,
      })),
      ...farIn(sentence).map((d) => ({ ...FAR, start: d.start - sentence.start, end: d.end - sentence.start })),
    ];
    const verdict = predictSentence(model.weights, model.vectors, sentence.text, local);
    const flag = flagOf(text, sentence, inSentence);
    for (const axis of MODEL_AXES) {
      const { cue } = verdict[axis];
      const value = flag?.kind === axis ? flag.value : verdict[axis].value;
      out.push(...otherClauses(model, text, sentence, inSentence, axis, value));
      const span = value === 'none' ? inSentence.find((c) => c.kind === axis && c.rule === SPAN_RULE) : undefined;
      if (span) out.push(span);
      if (value === 'none') continue;
      const agreeing = inSentence.filter((c) => c.kind === axis && c.value === value);
      if (agreeing.length > 0) {
        out.push(...agreeing);
        continue;
      }
      if (!cue) continue;
      // The date arithmetic knows when the draft is sent; the model does not. A deadline the
      // calendar puts more than two working days away is not pressed into urgency by wording alone.
      if (value === 'urgent' && local.some((c) => c.rule === FAR.rule)) continue;
      const start = sentence.start + cue.start;
      const end = sentence.start + cue.end;
      out.push({
        kind: axis,
        value,
        start,
        end,
        text: text.slice(start, end),
        topic: null,
        rule: `model/${axis}`,
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What may stand between a flag and the line's words: a colon, dashes, exclamation marks, a closing bracket. */
const FLAG_END = /^\s*(?:[:!\]\-–—]|$)/;

/**
 * A flag: a lexicon cue in capitals that opens its line and is set off by punctuation ("URGENT!!!
 * I-6 penalty charges", "ON HOLD - Project Alpha", "[URGENT] rotate the keys"). A writer who puts
 * one at the head of a subject or a note labels the whole message; the model, which learned from
 * running sentences, does not overrule it. Capitals alone are emphasis, not a flag: "URGENT
 * matters first" is read as any sentence is.
 */
function flagOf(text: string, sentence: SentenceSpan, inSentence: readonly Signal[]): Signal | undefined {
  const first = inSentence[0];
  if (!first) return undefined;
  if (!/^[\s[(*_#]*$/.test(text.slice(sentence.start, first.start))) return undefined;
  const letters = first.text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return undefined;
  if (!FLAG_END.test(text.slice(first.end, Math.min(sentence.end, first.end + 4)))) return undefined;
  return first;
}

/**
 * A sentence can say two things on one axis about two pieces of work ("the migration is urgent,
 * but take your time on the tests"). A lexicon cue of another value than the sentence's stands
 * when the model, reading the cue's own clause alone, gives it that value.
 */
function otherClauses(
  model: Model,
  text: string,
  sentence: SentenceSpan,
  inSentence: readonly Signal[],
  axis: string,
  value: string,
): Signal[] {
  const kept: Signal[] = [];
  for (const cue of inSentence) {
    if (cue.kind !== axis || cue.value === value || !forModel(cue)) continue;
    const clause = clauseAround(sentence.text, cue.start - sentence.start, cue.end - sentence.start);
    if (clause.end - clause.start >= sentence.text.length - 1) continue;
    const from = sentence.start + clause.start;
    const local = inSentence
      .filter((c) => forModel(c) && c.start >= from && c.end <= sentence.start + clause.end)
      .map((c) => ({ kind: c.kind, value: c.value, rule: c.rule, start: c.start - from, end: c.end - from }));
    const verdict = predictSentence(model.weights, model.vectors, text.slice(from, sentence.start + clause.end), local);
    if (verdict[axis as Axis].value === cue.value) kept.push(cue);
  }
  return kept;
}
