/**
 * Word tokens of a sentence with their offsets, in the shape the model's features and its word
 * vectors expect: lower case, contractions split the way GloVe's tokenizer splits them
 * ("don't" → do + not, "we'll" → we + will), numbers and symbols kept as one token each.
 */
export interface Token {
  /** lower-case form used for features */ norm: string;
  start: number;
  end: number;
}

const TOKEN = /[A-Za-z][A-Za-z-]*(?:['’][A-Za-z]+)?|\d+(?:[.:,/]\d+)*(?:st|nd|rd|th|am|pm)?|[#$%&!?;:,]/g;
// Maps, not object literals: a word such as "constructor" or "toString" must never find Object's own members.
const CLITIC = new Map([
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'m", 'am'],
  ["'ve", 'have'],
  ["'d", 'would'],
  ["'s", "'s"],
]);
const IRREGULAR_NOT = new Map([
  ["won't", 'will'],
  ["can't", 'can'],
  ["shan't", 'shall'],
  ["ain't", 'is'],
]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0].replace(/’/g, "'").toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const irregular = IRREGULAR_NOT.get(raw);
    if (irregular) {
      tokens.push({ norm: irregular, start, end }, { norm: 'not', start, end });
      continue;
    }
    if (raw.endsWith("n't") && raw.length > 3) {
      tokens.push({ norm: raw.slice(0, -3), start, end }, { norm: 'not', start, end });
      continue;
    }
    const apostrophe = raw.indexOf("'");
    if (apostrophe > 0) {
      const clitic = CLITIC.get(raw.slice(apostrophe));
      tokens.push({ norm: raw.slice(0, apostrophe), start, end });
      if (clitic) tokens.push({ norm: clitic, start, end });
      continue;
    }
    if (raw.includes('-') && raw.length > 1) {
      // "fire-drill" and "follow-up" are read as their words, keeping one span.
      for (const part of raw.split('-')) if (part) tokens.push({ norm: part, start, end });
      continue;
    }
    tokens.push({ norm: raw, start, end });
  }
  return tokens;
}
