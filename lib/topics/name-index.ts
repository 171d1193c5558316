/**
 * Every name of a profile in one sorted list, searched character by character like a trie, so
 * finding them in a draft costs about the draft's length times the few characters a name shares
 * with the text, whatever the number of names. One regex alternation over every name grew with
 * the profile (seconds per check for 5,000 priorities) and broke outright past the engine's
 * limits ("too many captures"). A sorted list holds the names in about their own size; a trie of
 * nodes took some 3 kB per name.
 *
 * A term is read as case-insensitive words separated by any run of spaces or hyphens, not inside
 * a longer word, with the ending its kind allows (see `Ending`).
 */

/**
 * What may follow a term's words. A name may take a plural or possessive ("dashboards'",
 * "checkout's", "PSPs"; "priorities" for "priority"); an option is one thing, a proper name, so
 * only a possessive ("Stripe's" is Stripe, "stripes" is not); a term ending in a digit or a
 * sign takes nothing.
 */
export type Ending = 'name' | 'name-y' | 'option' | 'none';

/** The endings tried in order, as the alternation `(?:['’]s|s['’]|['’]|es|s)?` tries them. */
const ENDINGS: Record<Ending, readonly string[][]> = {
  name: [["'", 's'], ['s', "'"], ["'"], ['e', 's'], ['s'], []],
  // The key stops before the final "y", which a plural replaces: "priorit" + y or ies.
  'name-y': ['y', 'ies'].flatMap((stem) =>
    [["'", 's'], ['s', "'"], ["'"], ['e', 's'], ['s'], []].map((end) => [...stem, ...end]),
  ),
  option: [["'", 's'], ["'"], []],
  none: [[]],
};

export interface IndexedTerm {
  /** The term's words in lower case, one space between them (without the final "y" for `name-y`). */
  key: string;
  ending: Ending;
}

/** A separator in a term or the text: any run of spaces and hyphens reads as one. */
const SEPARATOR = /^[\s-]$/u;
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** One character as the index reads it: lower case, one kind of apostrophe. */
function fold(char: string): string {
  return char.toLowerCase().replace(/’/g, "'");
}

/** A term's key as the index reads it: every character folded, a run of separators as one space. */
function folded(key: string): string {
  let out = '';
  for (const char of key) {
    const read = SEPARATOR.test(char) ? ' ' : fold(char);
    if (read !== ' ' || !out.endsWith(' ')) out += read;
  }
  return out;
}

export interface NameIndex {
  /** The distinct folded keys, sorted by code unit. */
  keys: string[];
  /** The terms of each key, in precedence order. */
  terms: number[][];
  endings: readonly Ending[];
}

/** Builds the index; the terms' order is their precedence where several match at one place. */
export function buildNameIndex(terms: readonly IndexedTerm[]): NameIndex {
  const byKey = new Map<string, number[]>();
  terms.forEach(({ key }, i) => {
    const k = folded(key);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  // The default order compares code units, as the search does.
  const keys = [...byKey.keys()].sort();
  return { keys, terms: keys.map((k) => byKey.get(k)!), endings: terms.map((t) => t.ending) };
}

/** The code unit at `depth` of key `i`, or -1 past its end: a shorter key sorts before its extensions. */
function unitAt(index: NameIndex, i: number, depth: number): number {
  const key = index.keys[i]!;
  return depth < key.length ? key.charCodeAt(depth) : -1;
}

/** The first position in [low, high) whose code unit at `depth` is at least `unit` (above it, when `above`). */
function search(index: NameIndex, low: number, high: number, depth: number, unit: number, above: boolean): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    const at = unitAt(index, mid, depth);
    if (at < unit || (above && at === unit)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

/** The character at `i` as the trie reads it, and how many code units it takes in the text. */
function readAt(text: string, i: number): { read: string; width: number } {
  const char = charAt(text, i);
  if (!SEPARATOR.test(char)) return { read: fold(char), width: char.length };
  let width = char.length;
  while (i + width < text.length && SEPARATOR.test(text[i + width]!)) width++;
  return { read: ' ', width };
}

/** The terms whose key the text spells from `start`, with where the key ends in the text. */
function proposals(index: NameIndex, text: string, start: number): Array<{ term: number; end: number }> {
  const found: Array<{ term: number; end: number }> = [];
  // The keys in [low, high) all begin with the `depth` code units read so far.
  let low = 0;
  let high = index.keys.length;
  let depth = 0;
  let i = start;
  while (i < text.length && low < high) {
    const { read, width } = readAt(text, i);
    for (let u = 0; u < read.length && low < high; u++) {
      const unit = read.charCodeAt(u);
      low = search(index, low, high, depth, unit, false);
      high = search(index, low, high, depth, unit, true);
      depth++;
    }
    if (low >= high) break;
    i += width;
    // A key that ends here sorts first among those that share it as a prefix.
    if (index.keys[low]!.length === depth) for (const term of index.terms[low]!) found.push({ term, end: i });
  }
  return found;
}

function isWordChar(text: string, at: number): boolean {
  return at < text.length && WORD_CHAR.test(charAt(text, at));
}

function followsWordChar(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  // The second half of a surrogate pair: read the whole character.
  const char = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
  return WORD_CHAR.test(char);
}

/** Where the term ends with the first ending that leaves it a whole word, or -1. */
function withEnding(text: string, keyEnd: number, ending: Ending): number {
  for (const letters of ENDINGS[ending]) {
    let at = keyEnd;
    while (at - keyEnd < letters.length && at < text.length && fold(text[at]!) === letters[at - keyEnd]) at++;
    if (at - keyEnd === letters.length && !isWordChar(text, at)) return at;
  }
  return -1;
}

/** Whether some key begins with this character's first code unit: most positions start none. */
function startsAKey(index: NameIndex, read: string): boolean {
  const unit = read.charCodeAt(0);
  const at = search(index, 0, index.keys.length, 0, unit, false);
  return at < index.keys.length && unitAt(index, at, 0) === unit;
}

export interface NameMatch {
  term: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Finds terms as one alternation of all of them in index order would: at the leftmost position
 * where a term matches, the earliest term wins, and the search goes on after it.
 */
export function matchNames(index: NameIndex, text: string): NameMatch[] {
  const matches: NameMatch[] = [];
  let at = 0;
  while (at < text.length) {
    const { read, width } = readAt(text, at);
    if (startsAKey(index, read) && !followsWordChar(text, at)) {
      let best: NameMatch | undefined;
      for (const { term, end: keyEnd } of proposals(index, text, at)) {
        if (best && term > best.term) continue;
        const end = withEnding(text, keyEnd, index.endings[term]!);
        if (end >= 0) best = { term, start: at, end, text: text.slice(at, end) };
      }
      if (best) {
        matches.push(best);
        at = best.end;
        continue;
      }
    }
    // After the first character of a run of separators, the run can still start a term.
    at += read === ' ' ? 1 : width;
  }
  return matches;
}
