/**
 * Every name of a profile in one character trie, so finding them in a draft costs about the
 * draft's length times the few characters a name shares with the text, whatever the number of
 * names. One regex alternation over every name grew with the profile (seconds per check for
 * 5,000 priorities) and broke outright past the engine's limits ("too many captures").
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
  'name-y': ['y', 'ies'].flatMap((stem) => [["'", 's'], ['s', "'"], ["'"], ['e', 's'], ['s'], []].map((end) => [...stem, ...end])),
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

interface Node {
  next: Map<string, Node>;
  /** Indexes of the terms whose key ends here. */
  ends?: number[];
}

/** One character as the trie reads it: lower case, one kind of apostrophe. */
function fold(char: string): string {
  return char.toLowerCase().replace(/’/g, "'");
}

export interface NameIndex {
  root: Node;
  endings: readonly Ending[];
}

/** Builds the trie; the terms' order is their precedence where several match at one place. */
export function buildNameIndex(terms: readonly IndexedTerm[]): NameIndex {
  const root: Node = { next: new Map() };
  terms.forEach(({ key }, i) => {
    let node = root;
    let previous = '';
    for (const char of key) {
      const read = SEPARATOR.test(char) ? ' ' : fold(char);
      // A run of separators is one step, as it is in the text.
      if (read === ' ' && previous === ' ') continue;
      previous = read;
      for (const part of read) {
        let child = node.next.get(part);
        if (!child) node.next.set(part, (child = { next: new Map() }));
        node = child;
      }
    }
    (node.ends ??= []).push(i);
  });
  return { root, endings: terms.map((t) => t.ending) };
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
  let node: Node | undefined = index.root;
  let i = start;
  while (i < text.length) {
    const { read, width } = readAt(text, i);
    for (const part of read) {
      node = node.next.get(part);
      if (!node) return found;
    }
    i += width;
    for (const term of node.ends ?? []) found.push({ term, end: i });
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
    if (index.root.next.has(read[0] ?? '') && !followsWordChar(text, at)) {
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
