/**
 * How subject lines and titles are read: the product reads a draft's subject as its first line,
 * and a headline is written unlike running text ("URGENT: I-6 penalty charges", "[VOTE] Release
 * 2.3.0", "ON HOLD - Project Alpha"). Round h1 labelled 600 Enron subject lines (each read as the
 * product reads a draft: the subject, a blank line, the body) and 800 titles, subjects and note
 * headings written in today's idiom, with a blind second annotator; the shipped model was not
 * trained on them (`NOT_TRAINED` in training/data.ts), so they are held out for it.
 *   npx tsx test/eval/headlines.ts
 */
import { AXES, loadTraining, type Example } from '../../training/data';
import { ENRON_NOW, MODERN_NOW } from '../../training/prepare';
import type { Email, LabelledSentence } from './corpus';
import { predictAll, scoreAxis, type AxisScore } from './score';

export interface HeadlineScore {
  name: string;
  count: number;
  axes: Record<string, AxisScore>;
}

/** Each headline set scored through the product path, as dev is: a headline takes the first signal of each kind inside it. */
export function scoreHeadlines(): HeadlineScore[] {
  const headlines = loadTraining({ all: true }).filter((e) => e.headline);
  const sets: Array<[string, Example[], Date]> = [
    ['Enron subject lines', headlines.filter((e) => e.source === 'enron-added'), ENRON_NOW],
    ['titles written today', headlines.filter((e) => e.source === 'written-added'), MODERN_NOW],
  ];
  return sets.map(([name, set, now]) => {
    const emails = new Map<string, Email>(set.map((e) => [e.id, { id: e.id, body: e.document }]));
    const labels: LabelledSentence[] = set.map((e) => ({
      key: e.id,
      text: e.document.slice(e.start, e.end),
      ...e.labels,
      pool: e.source,
      emailId: e.id,
      start: e.start,
      end: e.end,
    }));
    const predictions = predictAll(emails, labels, () => ({ now }));
    return { name, count: set.length, axes: Object.fromEntries(AXES.map((a) => [a, scoreAxis(predictions, a)])) };
  });
}

if (process.argv[1] === import.meta.filename) {
  console.log('\nHeadlines (subject lines and titles, held out: never trained on)');
  const f = (x: number) => x.toFixed(3);
  for (const s of scoreHeadlines())
    console.log(
      `  ${s.name} (${s.count}): ${AXES.map((a) => `${a} P ${f(s.axes[a]!.precision)} R ${f(s.axes[a]!.recall)} F1 ${f(s.axes[a]!.f1)}`).join(' | ')}`,
    );
}
