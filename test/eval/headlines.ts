/**
 * How subject lines and titles are read: the product reads a draft's subject as its first line,
 * and a headline is written unlike running text ("URGENT: I-6 penalty charges", "[VOTE] Release
 * 2.3.0", "ON HOLD - Project Alpha"). Round h1 labelled 600 Enron subject lines (each read as the
 * product reads a draft: the subject, a blank line, the body) and 800 titles, subjects and note
 * headings written in today's idiom, with a blind second annotator; the shipped model was not
 * trained on them (`NOT_TRAINED` in training/data.ts), so they are held out for it.
 *   npx tsx test/eval/headlines.ts
 */
import { detectSignals } from '../../lib/signals';
import { AXES, CLASSES, loadTraining, type Example } from '../../training/data';
import { microF1 } from '../../training/learn';
import { ENRON_NOW, MODERN_NOW } from '../../training/prepare';

export interface HeadlineScore {
  name: string;
  count: number;
  axes: Record<string, { p: number; r: number; f1: number }>;
}

/** Each headline set scored through detectSignals, a headline taking the first signal of each kind inside it. */
export function scoreHeadlines(): HeadlineScore[] {
  const headlines = loadTraining({ all: true }).filter((e) => e.headline);
  const sets: Array<[string, Example[]]> = [
    ['Enron subject lines', headlines.filter((e) => e.source === 'enron-added')],
    ['titles written today', headlines.filter((e) => e.source === 'written-added')],
  ];
  return sets.map(([name, set]) => {
    const predicted = set.map((e) => {
      const analysis = detectSignals(e.document, { now: e.source === 'enron-added' ? ENRON_NOW : MODERN_NOW });
      return Object.fromEntries(
        AXES.map((axis) => [
          axis,
          analysis.signals.find((s) => s.kind === axis && s.start >= e.start && s.end <= e.end)?.value ?? 'none',
        ]),
      );
    });
    const axes = Object.fromEntries(
      AXES.map((axis) => [
        axis,
        microF1(
          set.map((e) => CLASSES[axis].indexOf(e.labels[axis])),
          predicted.map((p) => CLASSES[axis].indexOf(p[axis]!)),
        ),
      ]),
    );
    return { name, count: set.length, axes };
  });
}

if (process.argv[1] === import.meta.filename) {
  console.log('\nHeadlines (subject lines and titles, held out: never trained on)');
  const f = (x: number) => x.toFixed(3);
  for (const s of scoreHeadlines())
    console.log(
      `  ${s.name} (${s.count}): ${AXES.map((a) => `${a} P ${f(s.axes[a]!.p)} R ${f(s.axes[a]!.r)} F1 ${f(s.axes[a]!.f1)}`).join(' | ')}`,
    );
}
