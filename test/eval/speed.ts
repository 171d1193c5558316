import { corpusDir, loadEmails } from './corpus';

/**
 * Times signal detection against a bare parse of the same text (median of several runs).
 * By default the reference is the full compromise build, which then also sits under detection
 * (both share one compromise instance); `--two` measures the lighter compromise/two build the
 * detectors import, as the content script loads it. Detection should stay within about twice the
 * full parse, and so should the whole checkDraft.
 */
const light = process.argv.includes('--two');
const { default: nlp } = light ? await import('compromise/two') : await import('compromise');
const { detectSignals, warmUp } = await import('../../lib/signals');
const { checkDraft } = await import('../../lib/check');
const { exampleProfile } = await import('../../lib/profile');

const words = [...loadEmails('dev', corpusDir()).values()]
  .map((email) => email.body)
  .join('\n\n')
  .split(/(?<=\s)/);
const sample = (count: number) => words.slice(0, count).join('');

function median(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(times / 2)] ?? 0;
}

warmUp();
nlp('Warm the parser up.');
const build = light ? 'compromise/two' : 'compromise (full)';
for (const [count, times] of [
  [600, 9],
  [10_000, 3],
] as const) {
  const text = sample(count);
  const parse = median(() => nlp(text), times);
  const detect = median(() => detectSignals(text), times);
  const check = median(() => checkDraft(text, exampleProfile, { budgetMs: 60_000 }), times);
  console.log(
    `${count} words, ${build}: nlp(text) ${parse.toFixed(1)} ms, detectSignals ${detect.toFixed(1)} ms (${(detect / parse).toFixed(2)}x), checkDraft ${check.toFixed(1)} ms (${(check / parse).toFixed(2)}x)`,
  );
}
