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
