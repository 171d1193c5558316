import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from '../../lib/zod';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where the labelled corpus lives: `$CONSONANT_CORPUS`, else `shared/` checked out beside the repo. */
export function corpusDir(): string {
  return process.env.CONSONANT_CORPUS ?? resolve(repoRoot, '../shared/corpora/enron-aeslc');
}

export function corpusAvailable(dir = corpusDir()): boolean {
  return existsSync(resolve(dir, 'dev.jsonl')) && existsSync(resolve(dir, 'dev-labels.jsonl'));
}

const emailSchema = z.object({ id: z.string(), body: z.string(), subject: z.string().optional() });
const axisValue = z.string();
const labelSchema = z.object({
  key: z.string().regex(/^.+@\d+-\d+$/),
  text: z.string(),
  urgency: axisValue,
  priority: axisValue,
  decision: axisValue,
  pool: z.string(),
});

export type Email = z.infer<typeof emailSchema>;
export interface LabelledSentence extends z.infer<typeof labelSchema> {
  emailId: string;
  start: number;
  end: number;
}

function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function loadEmails(split: 'dev' | 'train', dir = corpusDir()): Map<string, Email> {
  return new Map(readJsonl(resolve(dir, `${split}.jsonl`), emailSchema).map((email) => [email.id, email]));
}

/** The dev labels, with each key split into the email id and the sentence's range in its body. */
export function loadDevLabels(dir = corpusDir()): LabelledSentence[] {
  return readJsonl(resolve(dir, 'dev-labels.jsonl'), labelSchema).map((label) => {
    const at = label.key.lastIndexOf('@');
    const [start, end] = label.key
      .slice(at + 1)
      .split('-')
      .map(Number);
    return { ...label, emailId: label.key.slice(0, at), start: start ?? 0, end: end ?? 0 };
  });
}
