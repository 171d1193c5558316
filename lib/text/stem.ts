/** Porter's rule: a doubled final consonant is undone ("stopped" → "stop"), but not l, s or z ("called" → "call"). */
function undouble(word: string): string {
  return word.length > 3 && /([b-df-hj-km-np-rtv-y])\1$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * Endings a stem drops, the first that fits: [ending, letters left at least, unless the word looks
 * like this, then]. A stem always keeps the word's first three letters, which the topic matcher relies on.
 */
const ENDINGS: [string, number, RegExp | undefined, ((rest: string) => string) | undefined][] = [
  ['ies', 3, undefined, (rest) => `${rest}y`],
  ['ation', 4, undefined, undefined],
  ['ing', 3, undefined, undouble],
  ['ed', 3, /eed$/, undouble],
  ['es', 3, undefined, undefined],
  ['s', 3, /(?:ss|us|is)$/, undefined],
];

/**
 * A word's stem, so the forms of one word meet: match, matches, matched, matching → "match";
 * discontinue, discontinuing, discontinued, discontinuation → "discontinu". Deliberately small:
 * a few English endings, enough for the verbs and nouns of a decision's options.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, '');
  const ending = ENDINGS.find(
    ([suffix, min, unless]) => w.endsWith(suffix) && w.length - suffix.length >= min && !unless?.test(w),
  );
  if (ending) {
    const [suffix, , , then] = ending;
    w = then ? then(w.slice(0, -suffix.length)) : w.slice(0, -suffix.length);
  }
  // "discontinue" meets "discontinu(ing)", "move" meets "mov(ed)".
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
