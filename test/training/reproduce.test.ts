import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, modernDir } from '../../training/data';

const repo = resolve(import.meta.dirname, '../..');
const available = existsSync(join(corpusDir(), 'train-labels.jsonl')) && existsSync(join(modernDir(), 'labels.jsonl'));

describe('npm run train', () => {
  if (!available && process.env.CI) {
    it('finds the corpus', () => {
      throw new Error(
        `The labelled corpus is missing: looked in ${corpusDir()} (set CONSONANT_CORPUS or check out shared/ beside the repo).`,
      );
    });
    return;
  }
  it.skipIf(!available)(
    'rebuilds the committed weights byte for byte from the corpus and the label files',
    () => {
      const out = join(mkdtempSync(join(tmpdir(), 'consonant-train-')), 'weights.json');
      execFileSync(process.execPath, ['--import', 'tsx', 'training/train.ts', '--out', out], {
        cwd: repo,
        stdio: 'pipe',
      });
      const rebuilt = readFileSync(out);
      const committed = readFileSync(join(repo, 'lib/signals/model/weights.json'));
      expect(rebuilt.length).toBe(committed.length);
      expect(
        rebuilt.equals(committed),
        'weights.json differs from what npm run train builds: run it and commit the result',
      ).toBe(true);
    },
    600_000,
  );
});
