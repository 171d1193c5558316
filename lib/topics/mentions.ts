import type { Profile } from '../profile';
import { subjectBreak } from '../text/clauses';
import { actionStem, actionVerb, isIrregularPast, verbStem } from '../text/lemma';
import { buildNameIndex, matchNames, type IndexedTerm, type NameIndex } from './name-index';

/** What a mention names: an item's own name or alias, or one of a decision's options. */
export type MentionRole = 'name' | 'outcome' | 'rejected';

export interface Mention {
  start: number;
  end: number;
  /** The profile item id (a priority or a decision). */
  itemId: string;
  itemKind: 'priority' | 'decision';
  role: MentionRole;
  /** The words as written in the text. */
  text: string;
  /** The profile's spelling of what was matched (a name, alias, outcome or rejected option). */
  term: string;
  /**
   * For an option, where its first content word stands in the text, wherever the others are: the
   * verb when the option is an action ("matched" in "will be matched in cash" for "Match in cash").
   */
  lead?: { start: number; end: number };
}

interface Term {
  term: string;
  itemId: string;
  itemKind: 'priority' | 'decision';
  role: MentionRole;
}

/** A decision option of two or more content words, matched by meaning rather than spelling. */
interface Phrase extends Term {
  /** The stems of its content words, in the option's order. */
  stems: string[];
  /** How many words the option has, small words included. */
  words: number;
}

export interface CompiledTopics {
  /** Every name and one-word option, found as one alternation of them in this order would find them. */
  names: NameIndex | null;
  terms: Term[];
  /** Options of several words ("Match in cash"), matched word by word. */
  phrases: Phrase[];
}

const cache = new WeakMap<Profile, CompiledTopics>();

/**
 * How the name index reads a term: its words in lower case with one space between them, and the
 * ending it may take. A name's final "y" is left to the ending, which a plural replaces
 * ("priorities" for "priority").
 */
function indexed(term: Term): IndexedTerm {
  const trimmed = term.term.trim();
  const words = trimmed.split(/[\s-]+/);
  const key = words.join(' ').toLowerCase();
  if (!/\p{L}$/u.test(trimmed)) return { key, ending: 'none' };
  if (term.role !== 'name') return { key, ending: 'option' };
  return /[^aeiou]y$/i.test(words[words.length - 1] ?? '')
    ? { key: key.slice(0, -1), ending: 'name-y' }
    : { key, ending: 'name' };
}

function collectTerms(profile: Profile): Term[] {
  const terms: Term[] = [];
  for (const p of profile.priorities) {
    for (const term of [p.name, ...p.aliases]) terms.push({ term, itemId: p.id, itemKind: 'priority', role: 'name' });
  }
  for (const d of profile.decisions) {
    for (const term of [d.topic, ...d.aliases]) terms.push({ term, itemId: d.id, itemKind: 'decision', role: 'name' });
    if (d.outcome) terms.push({ term: d.outcome, itemId: d.id, itemKind: 'decision', role: 'outcome' });
    for (const term of d.rejected) terms.push({ term, itemId: d.id, itemKind: 'decision', role: 'rejected' });
  }
  // Longest first, so "mobile app redesign" wins over "redesign" where both start.
  return terms.filter((t) => t.term.trim() !== '').sort((a, b) => b.term.length - a.term.length);
}

/**
 * Small words an option may be written with or without: "Match in cash" is written "matched in
 * cash" or "cash match", "Discontinue the Executive Committee" "discontinuing the committee",
 * "Build it in-house" "built in-house".
 */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'in',
  'on',
  'of',
  'to',
  'for',
  'at',
  'by',
  'with',
  'from',
  'into',
  'and',
  'or',
  'our',
  'its',
  'their',
  'per',
  'it',
  'them',
]);

/** A word as the text writes it: letters and digits, with an inner apostrophe ("we're", "team's"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

interface Token {
  start: number;
  end: number;
  stem: string;
  /** How many sentence ends ([.!?;]) come before the word: words with the same part share a sentence. */
  part: number;
}

const SENTENCE_END = /[.!?;]/g;

/**
 * The text's words with their stems, an irregular past read as its plain form ("built" as "build")
 * and a noun of action as its verb ("sale" as "sell", "settlement" meeting "settle"). Only a word that could stem to one of `stems` is stemmed (stems keep a word's first three
 * letters); the others get an empty stem.
 */
function tokenize(text: string, stems: ReadonlySet<string>): Token[] {
  const heads = new Set([...stems].map((s) => s.slice(0, 3)));
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  const tokens: Token[] = [];
  let part = 0;
  for (const match of text.matchAll(WORD)) {
    while (part < ends.length && ends[part]! < match.index) part++;
    const word = actionVerb(match[0]);
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      stem: heads.has(word.slice(0, 3)) ? verbStem(word) : '',
      part,
    });
  }
  return tokens;
}

function toPhrase(term: Term): Phrase | undefined {
  const words = term.term.match(WORD) ?? [];
  const stems = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => actionStem(w));
  return stems.length >= 2 ? { ...term, stems, words: words.length } : undefined;
}

/** Compiles the profile's names once; later calls with the same profile object reuse it. */
export function compileTopics(profile: Profile): CompiledTopics {
  const cached = cache.get(profile);
  if (cached) return cached;
  const phrases: Phrase[] = [];
  const terms = collectTerms(profile).filter((term) => {
    const phrase = term.role === 'name' ? undefined : toPhrase(term);
    if (phrase) phrases.push(phrase);
    return !phrase;
  });
  const names = terms.length === 0 ? null : buildNameIndex(terms.map(indexed));
  const compiled = { names, terms, phrases };
  cache.set(profile, compiled);
  return compiled;
}

const UPPER = /\p{Lu}/u;

/** A capitalised hyphen compound is another name: "RTO-West" is not "RTO". */
function inCompound(text: string, start: number, end: number): boolean {
  const after = text[end] === '-' && UPPER.test(text[end + 1] ?? '');
  const before = text[start - 1] === '-' && UPPER.test(text[start - 2] ?? '');
  return after || before;
}

/**
 * A one-word option written with a capital ("Stripe", "Adyen") is a proper name, so the text
 * must capitalise it too: "a stripe of paint" is not the vendor.
 */
function caseFits(term: Term, matched: string): boolean {
  if (term.role === 'name' || /\s/.test(term.term.trim())) return true;
  const first = term.term.trim()[0] ?? '';
  return !UPPER.test(first) || UPPER.test(matched[0] ?? '');
}

/** How many more words than the option itself a mention may spread over ("matched in cash" for "Match in cash" spreads over none). */
const SPREAD = 2;

/**
 * How many more words still a passive may put between the option's fronted words and its verb: the
 * subject it moved to the front keeps its own modifiers ("night shifts on 4 East and 5 West will be
 * outsourced" for "Outsource night shifts").
 */
const PASSIVE_SPREAD = 6;

/** A passive's helping verb just before the option's verb: "will be outsourced", "are being outsourced", "got cut". */
const PASSIVE_AUX = /\b(?:be|been|being|is|are|was|were|get|gets|got|getting)\s+(?:\w+ly\s+)?$/i;

/**
 * Whether a stretch of words that spreads past `SPREAD` is the option said in the passive, its
 * subject moved before its verb: the option's first word (its verb) is a participle after a helping
 * verb, at least one of its other words stands before it, and nothing between them opens another
 * clause ("overflow from Leeds will be outsourced to a 3PL", not "overflow, which we will not
 * outsource, goes to a 3PL").
 */
function passive(text: string, first: Token, lead: Token): boolean {
  if (lead.start <= first.start) return false;
  const word = text.slice(lead.start, lead.end);
  if (!/(?:ed|en)$/i.test(word) && !isIrregularPast(word)) return false;
  const between = text.slice(first.end, lead.start);
  const aux = PASSIVE_AUX.exec(between);
  return aux !== null && !subjectBreak.test(between.slice(0, aux.index));
}

/** A mention found, with how many words it spreads over beyond its term's own. */
interface Candidate {
  mention: Mention;
  spread: number;
}

/**
 * Where a phrase's content words all stand, by stem, in any order, within one sentence and a few
 * words of the option's own length: "Match in cash" in "will be matched in cash", "Discontinue the
 * Executive Committee" in "the Executive Committee will be discontinued".
 */
function phraseCandidates(text: string, tokens: readonly Token[], phrase: Phrase): Candidate[] {
  const found: Candidate[] = [];
  const reach = phrase.words + SPREAD + PASSIVE_SPREAD;
  for (let i = 0; i < tokens.length; i++) {
    if (!phrase.stems.includes(tokens[i]!.stem)) continue;
    // The shortest stretch from word i that holds every content word of the phrase.
    const missing = [...phrase.stems];
    let j = i;
    for (; j < tokens.length && j - i < reach && tokens[j]!.part === tokens[i]!.part; j++) {
      const at = missing.indexOf(tokens[j]!.stem);
      if (at >= 0) missing.splice(at, 1);
      if (missing.length === 0) break;
    }
    if (missing.length > 0) continue;
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    const lead = tokens.slice(i, j + 1).find((t) => t.stem === phrase.stems[0])!;
    if (j - i + 1 > phrase.words + SPREAD && !passive(text, tokens[i]!, lead)) continue;
    found.push({
      mention: {
        start,
        end,
        itemId: phrase.itemId,
        itemKind: phrase.itemKind,
        role: phrase.role,
        text: text.slice(start, end),
        term: phrase.term,
        lead: { start: lead.start, end: lead.end },
      },
      spread: j - i + 1 - phrase.words,
    });
  }
  return found;
}

const isName = (c: Candidate) => (c.mention.role === 'name' ? 1 : 0);

/**
 * Mentions never overlap. An option wins over a name inside it ("discontinuing the Executive
 * Committee" over "Executive Committee"), as the longest term always has; between options the
 * closest reading wins: the one that spreads least beyond its own words, then the longer, then the
 * earlier. In "matched in stock, not cash" that is "Match in stock" ("matched in stock"), not
 * "Match in cash" spread over the whole of it.
 */
function withoutOverlaps(candidates: Candidate[]): Mention[] {
  const length = (c: Candidate) => c.mention.end - c.mention.start;
  const ranked = [...candidates].sort(
    (a, b) =>
      isName(a) - isName(b) || a.spread - b.spread || length(b) - length(a) || a.mention.start - b.mention.start,
  );
  // Kept in text order, so the one that could overlap a new mention is found by binary search:
  // a long paste names its items thousands of times.
  const kept: Mention[] = [];
  for (const { mention } of ranked) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (kept[mid]!.start < mention.end) low = mid + 1;
      else high = mid;
    }
    // kept[low - 1] is the last one starting before this mention ends; the ones before it end earlier still.
    if (low > 0 && kept[low - 1]!.end > mention.start) continue;
    kept.splice(low, 0, mention);
  }
  return kept;
}

/** Every mention of a profile item, decision outcome or rejected option, in text order. */
export function findMentions(text: string, profile: Profile): Mention[] {
  const { names, terms, phrases } = compileTopics(profile);
  const candidates: Candidate[] = [];
  for (const match of names ? matchNames(names, text) : []) {
    const term = terms[match.term];
    if (!term || inCompound(text, match.start, match.end) || !caseFits(term, match.text)) continue;
    const mention: Mention = {
      start: match.start,
      end: match.end,
      itemId: term.itemId,
      itemKind: term.itemKind,
      role: term.role,
      text: match.text,
      term: term.term,
      ...(term.role === 'name'
        ? {}
        : {
            lead: {
              start: match.start,
              end: match.start + (match.text.match(/^[\p{L}\p{N}]+/u)?.[0].length ?? match.text.length),
            },
          }),
    };
    candidates.push({ mention, spread: 0 });
  }
  if (phrases.length > 0) {
    const tokens = tokenize(text, new Set(phrases.flatMap((p) => p.stems)));
    for (const phrase of phrases) candidates.push(...phraseCandidates(text, tokens, phrase));
  }
  return withoutOverlaps(candidates);
}
