import { stem } from './stem';

/**
 * The plain form of an irregular verb's past or participle ("built" → "build", "sold" → "sell"),
 * so an option written as an action ("Build it in-house", "Sell the Houston plant") is found where
 * the text reports it done ("being built in-house", "the plant was sold"). The verbs of decisions
 * about work, deals and people; forms that are more often another word ("left", "found", "saw",
 * "lay") are left out.
 */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  begin: ['began', 'begun'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  choose: ['chose', 'chosen'],
  cut: ['cut'],
  deal: ['dealt'],
  do: ['did', 'done'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  freeze: ['froze', 'frozen'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  grow: ['grew', 'grown'],
  hold: ['held'],
  keep: ['kept'],
  lead: ['led'],
  lend: ['lent'],
  lose: ['lost'],
  make: ['made'],
  pay: ['paid'],
  rebuild: ['rebuilt'],
  rewrite: ['rewrote', 'rewritten'],
  run: ['ran'],
  seek: ['sought'],
  sell: ['sold'],
  send: ['sent'],
  shut: ['shut'],
  spend: ['spent'],
  split: ['split'],
  take: ['took', 'taken'],
  tell: ['told'],
  throw: ['threw', 'thrown'],
  undertake: ['undertook', 'undertaken'],
  win: ['won'],
  withdraw: ['withdrew', 'withdrawn'],
  write: ['wrote', 'written'],
};

const BASE = new Map<string, string>(
  Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.filter((f) => f !== base).map((f) => [f, base])),
);
const PAST = new Set(Object.values(IRREGULAR).flat());

/** The plain form of an irregular past or participle, lower-cased; any other word lower-cased as it is. */
export function baseForm(word: string): string {
  const lower = word.toLowerCase();
  return BASE.get(lower) ?? lower;
}

/** Whether a word is an irregular verb's past or participle ("built", "sold", "cut"). */
export function isIrregularPast(word: string): boolean {
  return PAST.has(word.toLowerCase());
}

/**
 * Nouns of action whose verb no suffix rule reaches, so an option written as an action is found
 * where the text names the act: "the sale of the Houston plant" is "Sell the Houston plant", "the
 * acquisition of Portland General" is "Acquire Portland General". Forms that more often name
 * something else ("sales" the department, "growth", "loss", "decision") are left out.
 */
const ACTION_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    acquisition: 'acquire',
    approval: 'approve',
    closure: 'close',
    conversion: 'convert',
    deferral: 'defer',
    denial: 'deny',
    dismissal: 'dismiss',
    disposal: 'dispose',
    dissolution: 'dissolve',
    divestiture: 'divest',
    entry: 'enter',
    exclusion: 'exclude',
    expansion: 'expand',
    extension: 'extend',
    inclusion: 'include',
    introduction: 'introduce',
    merger: 'merge',
    payment: 'pay',
    pursuit: 'pursue',
    reduction: 'reduce',
    refusal: 'refuse',
    removal: 'remove',
    renewal: 'renew',
    retention: 'retain',
    reversal: 'reverse',
    revision: 'revise',
    sale: 'sell',
    submission: 'submit',
    suspension: 'suspend',
    withdrawal: 'withdraw',
  }),
);

/** Plurals of those nouns that mostly name something else: "sales rose", "the sales team". */
const OTHER_PLURALS = new Set(['sales']);

/** A word as the verb of its act: an irregular past as its plain form, a listed noun of action as its verb; lower-cased. */
export function actionVerb(word: string): string {
  const base = baseForm(word);
  const plural = base.endsWith('s') && !OTHER_PLURALS.has(base);
  return ACTION_NOUNS.get(base) ?? (plural ? ACTION_NOUNS.get(base.slice(0, -1)) : undefined) ?? base;
}

/**
 * The stem an act shares with its noun, so an option's verb meets the noun the text uses for it:
 * "settle" and "settlement", "adopt" and "adoption", "terminate" and "termination", "cancel" and
 * "cancellation", "sell" and "sale". Applied to both the option and the text, so two words meet only
 * when they come to the same stem; a few unrelated words share one too ("format", "form"), which
 * matters only where every other word of an option stands beside them.
 */
export function actionStem(word: string): string {
  return verbStem(actionVerb(word));
}

/** `actionStem` of a word `actionVerb` has already read, so a caller that has the verb does not look it up again. */
export function verbStem(verb: string): string {
  let s = stem(verb);
  if (/^.{4,}ment$/.test(s)) s = s.slice(0, -4).replace(/(?<=.{3})e$/, '');
  else if (/^.{3,}tion$/.test(s)) s = s.slice(0, -3);
  if (s.length >= 6 && s.endsWith('at')) s = s.slice(0, -2);
  if (s.length >= 6 && s.endsWith('ll')) s = s.slice(0, -1);
  return s;
}
