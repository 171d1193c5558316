/**
 * Draws subject lines for labelling: the product reads a draft's subject as its first line, and
 * a subject is written as a headline ("URGENT: I-6 penalty charges", "Decision needed - EOL
 * credit terms"), a style the body sentences rarely show. From the train emails whose subject is
 * the sender's own (not Re:/Fwd:, as the product reads it), one per distinct subject: half drawn
 * among subjects where a lexicon cue fires (most still carry no signal), half at random.
 * Selection only; every label is given by an annotator reading the subject with its email.
 *   npx tsx training/select-subjects.ts OUT.jsonl [COUNT]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectCues } from '../lib/signals';
import { typedSubject } from '../lib/text/subject';
import { corpusDir, requireCorpus } from './data';
import { rng } from './random';

requireCorpus();
const out = process.argv[2] ?? '/tmp/subjects.jsonl';
const count = Number(process.argv[3] ?? 1000);
const emails = readFileSync(resolve(corpusDir(), 'train.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; body: string; subject?: string });
const seen = new Set<string>();
const candidates: Array<{ id: string; subject: string; body: string; cued: boolean }> = [];
for (const e of emails) {
  const subject = typedSubject(e.subject);
  if (subject === null || subject.length < 3) continue;
  const norm = subject.toLowerCase().replace(/\s+/g, ' ');
  if (seen.has(norm)) continue;
  seen.add(norm);
  candidates.push({ id: e.id, subject, body: e.body, cued: detectCues(subject).signals.length > 0 });
}
const draw = rng(20261201);
const shuffled = candidates
  .map((c) => ({ c, r: draw() }))
  .sort((a, b) => a.r - b.r)
  .map((x) => x.c);
const cued = shuffled.filter((c) => c.cued).slice(0, count / 2);
const taken = new Set(cued.map((c) => c.id));
const random = shuffled.filter((c) => !taken.has(c.id)).slice(0, count - cued.length);
const chosen = [...cued, ...random]
  .map((c) => ({ c, r: draw() }))
  .sort((a, b) => a.r - b.r)
  .map((x) => x.c);
writeFileSync(
  out,
  chosen
    .map((c) => JSON.stringify({ key: `${c.id}#subject`, subject: c.subject, body: c.body.slice(0, 600) }))
    .join('\n') + '\n',
);
console.log(
  `${candidates.length} distinct own subjects, ${candidates.filter((c) => c.cued).length} with a cue; wrote ${chosen.length} (${cued.length} cued) to ${out}`,
);
