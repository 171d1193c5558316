import nlp from 'compromise';
import { detectSignals, warmUp } from '../../lib/signals';
import { corpusDir, loadEmails } from './corpus';

/**
 * Times signal detection against a bare compromise parse of the same text (median of several
 * runs): detection should stay within about twice the parse.
 */
const words = [...loadEmails('dev', corpusDir()).values()].map((email) => email.body).join('\n\n').split(/(?<=\s)/);
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
for (const [count, times] of [[600, 9], [10_000, 3]] as const) {
  const text = sample(count);
  const parse = median(() => nlp(text), times);
  const detect = median(() => detectSignals(text), times);
  console.log(`${count} words: nlp(text) ${parse.toFixed(1)} ms, detectSignals ${detect.toFixed(1)} ms (${(detect / parse).toFixed(2)}x)`);
}
