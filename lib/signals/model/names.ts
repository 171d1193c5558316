import nlp from 'compromise/two';
import type { Token } from './tokens';

/**
 * Which tokens of a sentence are names (of people, bodies, products): words a writer capitalises
 * that carry no urgency, priority or decision of their own, so they are never the evidence a
 * warning quotes ("your words: John Lavorato confirmed" says no more than "confirmed").
 *
 * A capitalised word is a name where capitals are not the sentence's style: inside the sentence,
 * or where any word is capitalised (its start, a line's, what follows a colon) when compromise
 * knows it as a first name ("Brent and Sara: here is where we ended up"). A heading or subject set
 * in title case ("Please Advise", "Decision Still Pending") has no names by this reading: there
 * capitals are style.
 */
export function nameTokens(sentence: string, tokens: readonly Token[]): boolean[] {
  const out = tokens.map(() => false);
  const raw = tokens.map((t) => sentence.slice(t.start, t.end));
  const capitalised = raw.map((w) => TITLE_CASE.test(w));
  // Title case as style: most of the longer words capitalised, leaving out those any sentence capitalises.
  let long = 0;
  let longCapitalised = 0;
  raw.forEach((w, i) => {
    if (w.length < 4 || !/^[A-Za-z]/.test(w) || opensUnit(sentence, tokens, i)) return;
    long += 1;
    if (/^[A-Z]/.test(w)) longCapitalised += 1;
  });
  if (long > 0 && longCapitalised * 2 > long) return out;
  for (let i = 0; i < tokens.length; i += 1) {
    // The parts of one written word ("Can't", "Delainey's") are read as that word.
    if (i > 0 && tokens[i]!.start === tokens[i - 1]!.start) out[i] = out[i - 1]!;
    else if (capitalised[i] && !hasTag(tokens[i]!.norm, CALENDAR))
      out[i] = !opensUnit(sentence, tokens, i) || hasTag(tokens[i]!.norm, FIRST_NAME);
  }
  return out;
}

/** A word in title case ("Sara", "McClellan", "Delainey's"), not an acronym ("CPUC", "ASAP") nor the pronoun "I". */
const TITLE_CASE = /^[A-Z][a-z]*(?:[A-Z][a-z]+)?[a-z](?:['’][a-z]+)?$/;

/** The tags compromise's lexicon gives first names, and those of the calendar ("Friday", "June"): a date is not a name. */
const FIRST_NAME: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'FirstName']);
const CALENDAR: ReadonlySet<string> = new Set(['Month', 'WeekDay', 'Date', 'Holiday']);

let lexicon: Record<string, string | string[] | undefined> | null = null;

function hasTag(word: string, wanted: ReadonlySet<string>): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
  const tags = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
  if (tags === undefined) return false;
  return (Array.isArray(tags) ? tags : [tags]).some((t) => wanted.has(t));
}

/**
 * Whether token `i` opens the sentence, a line, a bullet or what follows a colon, dash or quote:
 * places where any word is capitalised.
 */
function opensUnit(sentence: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1]!;
  if (/^[:;!?]$/.test(previous.norm)) return true;
  const between = sentence.slice(previous.end, tokens[i]!.start);
  return /[\n\r"“(*•–—]|\s-\s|\.\s/.test(between);
}
