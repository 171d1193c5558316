/**
 * Draws annotation batch 1 from the unlabelled train pool: sentences whose wording makes one of
 * the rarer values plausible (a broad word list, deliberately loose: most carry no signal), so
 * annotators see both the rare values and their hard negatives. Selection only; every label is
 * given by an annotator reading the sentence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPool } from './pool';
import { rng } from './random';

const dir = process.env.CONSONANT_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpora/enron-aeslc');
const out = process.argv[2] ?? '/tmp/annot/batch1.jsonl';
const labelled = readFileSync(resolve(dir, 'train-labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { key: string }).key);
const labelledEmails = new Map<string, Array<[number, number]>>();
for (const key of labelled) {
  const at = key.lastIndexOf('@');
  const [s, e] = key
    .slice(at + 1)
    .split('-')
    .map(Number);
  const list = labelledEmails.get(key.slice(0, at)) ?? [];
  list.push([s!, e!]);
  labelledEmails.set(key.slice(0, at), list);
}
const pool = loadPool(dir).filter((s) => {
  if (s.text.length < 25 || s.text.length > 320) return false;
  return !(labelledEmails.get(s.emailId) ?? []).some(([a, b]) => s.start < b && a < s.end);
});
const groups: Record<string, RegExp> = {
  relaxed:
    /\b(no (rush|hurry)|whenever|convenience|take your time|can wait|not urgent|no pressure|next week is fine|hold off|in due course|at some point|when you (get|have) a (chance|minute|moment))\b/i,
  low: /\b(low(er)? priority|not a priority|nice to have|optional|secondary|back ?burner|don'?t worry|not important|not critical|bottom of|less important|not necessary|if time)\b/i,
  paused:
    /\b(on hold|postpone|defer|suspend|put off|delay|freeze|frozen|shelve|until further notice|wait until|pending resolution|hold off|pause)\w*/i,
  dropped:
    /\b(cancel|terminat|discontinu|abandon|scrap|kill|drop|no longer|eliminat|unwind|withdr[ae]w|pull(ed)? out|walk away|called off)\w*/i,
  reopened:
    /\b(revisit|reconsider|re-?open|re-?evaluat|second thoughts|back to the drawing|re-?think|change (our|my) mind|re-?examin|take another look|re-?negotiat|not final after all)\w*/i,
  decided:
    /\b(decided|agreed|approved|final|signed|settled|confirmed|executed|go(ing)? with|chose|selected|determined)\b/i,
  open: /\b(pending|tbd|to be determined|undecided|not yet (decided|approved)|under review|considering|propos|recommend|approve\b|let me know if|whether (or not )?we|options)\w*/i,
  top: /\b(priorit|critical|essential|crucial|vital|imperative|must|key|focus|important)\w*/i,
  urgent:
    /\b(asap|immediately|urgent|right away|today|tonight|tomorrow|eod|cob|as soon as|quickly|promptly|deadline|by (noon|monday|tuesday|wednesday|thursday|friday))\w*/i,
};
const quota: Record<string, number> = {
  relaxed: 90,
  low: 80,
  paused: 80,
  dropped: 70,
  reopened: 80,
  decided: 40,
  open: 40,
  top: 60,
  urgent: 60,
};
const random = rng(20261130);
const chosen = new Map<string, { key: string; prev: string; text: string; next: string; drawn: string }>();
for (const [name, pattern] of Object.entries(groups)) {
  const hits = pool.filter((s) => pattern.test(s.text) && !chosen.has(s.key));
  for (let i = hits.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [hits[i], hits[j]] = [hits[j]!, hits[i]!];
  }
  for (const s of hits.slice(0, quota[name]))
    chosen.set(s.key, { key: s.key, prev: s.prev, text: s.text, next: s.next, drawn: `b1-${name}` });
  console.log(name, hits.length, 'candidates');
}
const rows = [...chosen.values()];
for (let i = rows.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [rows[i], rows[j]] = [rows[j]!, rows[i]!];
}
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(rows.length, 'sentences to', out, 'from a pool of', pool.length);
