import type { Profile } from '../profile';

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
}

interface Term {
  term: string;
  itemId: string;
  itemKind: 'priority' | 'decision';
  role: MentionRole;
}

export interface CompiledTopics {
  /** One regex over every term; group i + 1 matches terms[i]. */
  pattern: RegExp | null;
  terms: Term[];
}

const cache = new WeakMap<Profile, CompiledTopics>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A term as a pattern: case-insensitive words separated by any space or a hyphen, with an
 * optional plural or possessive ("dashboards'", "checkout's", "PSPs").
 */
function termSource(term: string, role: MentionRole): string {
  const words = term.trim().split(/[\s-]+/).map((w) => escape(w).replace(/'|’/g, "['’]"));
  let last = words.pop() ?? '';
  const endsInLetter = /\p{L}$/u.test(term.trim());
  // An option is one thing, a proper name: "Stripe's" is Stripe, "stripes" is not.
  if (role !== 'name') return [...words, last].join('[\\s-]+') + (endsInLetter ? "(?:['’]s|['’])?" : '');
  // "priority" → "priorities"
  if (/[^aeiou]y$/i.test(last)) last = `${last.slice(0, -1)}(?:y|ies)`;
  const suffix = endsInLetter ? "(?:['’]s|s['’]|['’]|es|s)?" : '';
  return [...words, last].join('[\\s-]+') + suffix;
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

/** Compiles the profile's names once; later calls with the same profile object reuse it. */
export function compileTopics(profile: Profile): CompiledTopics {
  const cached = cache.get(profile);
  if (cached) return cached;
  const terms = collectTerms(profile);
  const pattern =
    terms.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${terms.map((t) => `(${termSource(t.term, t.role)})`).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const compiled = { pattern, terms };
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

/** Every mention of a profile item, decision outcome or rejected option, in text order. */
export function findMentions(text: string, profile: Profile): Mention[] {
  const { pattern, terms } = compileTopics(profile);
  if (!pattern) return [];
  const mentions: Mention[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    const term = terms[group - 1];
    if (!term || inCompound(text, match.index, match.index + match[0].length) || !caseFits(term, match[0])) continue;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      itemId: term.itemId,
      itemKind: term.itemKind,
      role: term.role,
      text: match[0],
      term: term.term,
    });
  }
  return mentions;
}
