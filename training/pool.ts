/**
 * The unlabelled sentence pool of the Enron train split, split the way the corpus labels were
 * (line breaks, and `.!?` before a capital or digit), each keyed `<email id>@<start>-<end>`.
 * Used to draw sentences for annotators; never to assign a label.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTraining } from './data';

export interface PoolSentence {
  key: string;
  emailId: string;
  start: number;
  end: number;
  text: string;
  prev: string;
  next: string;
}

export function splitSentences(body: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const boundary = /\n|[.!?](?=\s+["'(]?[A-Z0-9])/g;
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s] ?? '')) s += 1;
    while (e > s && /\s/.test(body[e - 1] ?? '')) e -= 1;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let match = boundary.exec(body); match; match = boundary.exec(body)) {
    const end = match[0] === '\n' ? match.index : match.index + 1;
    push(from, end);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return spans;
}

export function loadPool(dir: string, split: 'train' | 'dev' = 'train'): PoolSentence[] {
  const out: PoolSentence[] = [];
  for (const line of readFileSync(resolve(dir, `${split}.jsonl`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const email = JSON.parse(line) as { id: string; body: string };
    const spans = splitSentences(email.body);
    spans.forEach((span, index) => {
      const text = email.body.slice(span.start, span.end);
      const around = (i: number) => {
        const s = spans[i];
        return s ? email.body.slice(s.start, s.end) : '';
      };
      out.push({
        key: `${email.id}@${span.start}-${span.end}`,
        emailId: email.id,
        start: span.start,
        end: span.end,
        text,
        prev: around(index - 1),
        next: around(index + 1),
      });
    });
  }
  return out;
}

/** The train split's email bodies by id. */
export function loadBodies(dir: string): Map<string, string> {
  return new Map(
    readFileSync(resolve(dir, 'train.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const e = JSON.parse(l) as { id: string; body: string };
        return [e.id, e.body];
      }),
  );
}

/**
 * The sentences of the pool annotators may be shown: 25–320 characters, and covered by no label of
 * any round (the corpus's, or the project's, trained on or not).
 */
export function unlabelledPool(dir: string): PoolSentence[] {
  const taken = new Map<string, Array<[number, number]>>();
  for (const e of loadTraining({ written: false, all: true })) {
    const spans = taken.get(e.group) ?? [];
    spans.push([e.start, e.end]);
    taken.set(e.group, spans);
  }
  return loadPool(dir).filter(
    (s) =>
      s.text.length >= 25 &&
      s.text.length <= 320 &&
      !(taken.get(s.emailId) ?? []).some(([a, b]) => s.start < b && a < s.end),
  );
}
