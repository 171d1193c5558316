/** Development cache of prepared examples (lexicon cues), keyed by the inputs; never read by `npm run train`. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Example } from './data';
import { hash } from '../lib/signals/model/features';
import { prepare, type Prepared } from './prepare';

export const cacheDir = resolve(import.meta.dirname, '../.cache');

/** The source of the lexicon rules: cues depend on it, so a change to it makes a new cache file. */
export function lexiconSource(): string[] {
  const signalsDir = resolve(import.meta.dirname, '../lib/signals');
  return ['', 'lexicon'].flatMap((sub) =>
    readdirSync(resolve(signalsDir, sub))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => readFileSync(resolve(signalsDir, sub, f), 'utf8')),
  );
}

export function preparedCached(name: string, examples: Example[]): Prepared[] {
  const dir = cacheDir;
  mkdirSync(dir, { recursive: true });
  // The cues depend on the lexicon as well as the labels: a change to either makes a new file.
  const lexicon = lexiconSource();
  const key = hash(
    [...lexicon, ...examples.map((e) => `${e.id}:${e.labels.urgency}${e.labels.priority}${e.labels.decision}`)].join(
      '|',
    ),
  ).toString(16);
  const file = resolve(dir, `prepared-${name}-${key}.json`);
  if (existsSync(file)) {
    const cues = JSON.parse(readFileSync(file, 'utf8')) as Prepared['cues'][];
    return examples.map((example, i) => ({
      example,
      text: example.document.slice(example.start, example.end),
      cues: cues[i]!,
    }));
  }
  const prepared = prepare(examples);
  writeFileSync(file, JSON.stringify(prepared.map((p) => p.cues)));
  return prepared;
}
