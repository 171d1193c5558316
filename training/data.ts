/**
 * Every labelled sentence the model learns from or is measured on, joined at training time:
 * the Enron labels (text read from the corpus, under its licence, never copied into the repo),
 * the repository's own added labels (keys and labels only), and sentences written for the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decisionValue, priorityValue, signalKind, urgencyValue, type SignalKind } from '../lib/report';
import { subjectHead, typedSubject } from '../lib/text/subject';

export const AXES = signalKind.options;
export type Axis = SignalKind;
/** Each axis's values as the model orders them: none first, then the report's own values. */
export const CLASSES: Record<Axis, readonly string[]> = {
  urgency: ['none', ...urgencyValue.options],
  priority: ['none', ...priorityValue.options],
  decision: ['none', ...decisionValue.options],
};

export type Source = 'enron' | 'enron-added' | 'modern-written' | 'written-added' | 'written-fresh' | 'dev';
export interface Example {
  id: string;
  /** Sentences of one email (or one written sentence) share a group, so folds never split an email. */
  group: string;
  source: Source;
  /** The text detection runs on: the whole email for corpus sentences, the sentence for written ones. */
  document: string;
  start: number;
  end: number;
  labels: Record<Axis, string>;
  /** A subject line or a title (a headline, not a sentence of running text). */
  headline?: boolean;
  /** The example's weight in the fit relative to a labelled sentence's (1 unless given). */
  weight?: number;
  /** The axes it is trained on (all unless given). */
  axes?: readonly Axis[];
}

const repo = resolve(import.meta.dirname, '..');
export const corpusDir = () => process.env.CONSONANT_CORPUS ?? resolve(repo, '../shared/corpora/enron-aeslc');
export const modernDir = () => process.env.CONSONANT_MODERN ?? resolve(corpusDir(), '../modern-written');
export const labelsDir = resolve(repo, 'training/labels');

/** What is missing to train or measure, in words, or null when the corpus is all there. */
export function corpusProblem(): string | null {
  const missing = ['train.jsonl', 'train-labels.jsonl', 'dev.jsonl', 'dev-labels.jsonl'].filter(
    (f) => !existsSync(resolve(corpusDir(), f)),
  );
  if (missing.length > 0)
    return `No labelled corpus at ${corpusDir()} (missing ${missing.join(', ')}): check out shared/ beside the repository or set CONSONANT_CORPUS to the enron-aeslc folder.`;
  if (!existsSync(resolve(modernDir(), 'labels.jsonl')))
    return `No modern written sentences at ${modernDir()}: set CONSONANT_MODERN to the modern-written folder.`;
  return null;
}

/** Stops a training script with a readable message when the corpus is not there. */
export function requireCorpus(): void {
  const problem = corpusProblem();
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

interface KeyedLabel {
  key: string;
  urgency: string;
  priority: string;
  decision: string;
}
interface WrittenLabel {
  id: string;
  /** The message a sentence was written in, when it was written as part of one: its sentences share a fold. */
  message?: string;
  text: string;
  urgency: string;
  priority: string;
  decision: string;
  /** Written as a title or subject line. */
  headline?: boolean;
}

function checkLabels(where: string, l: { urgency: string; priority: string; decision: string }): Record<Axis, string> {
  for (const axis of AXES)
    if (!CLASSES[axis].includes(l[axis])) throw new Error(`${where}: ${axis} "${l[axis]}" is not a label`);
  return { urgency: l.urgency, priority: l.priority, decision: l.decision };
}

/** Each email's body and its typed subject (null for none, or a Re:/Fwd: one the product does not read), by id. */
function bodies(split: 'train' | 'dev'): Map<string, { body: string; subject: string | null }> {
  const map = new Map<string, { body: string; subject: string | null }>();
  for (const e of readJsonl<{ id: string; body: string; subject?: string }>(resolve(corpusDir(), `${split}.jsonl`)))
    map.set(e.id, { body: e.body, subject: typedSubject(e.subject) });
  return map;
}

/** A label keyed `<email id>#subject` is the email's subject line, which the product reads as the draft's first line. */
export const SUBJECT_KEY = '#subject';

function keyed(
  labels: KeyedLabel[],
  emails: Map<string, { body: string; subject: string | null }>,
  source: Source,
  where: string,
): Example[] {
  return labels.map((l) => {
    // A subject line is read as the product reads a draft with one: the subject, a blank line, the body.
    if (l.key.endsWith(SUBJECT_KEY)) {
      const emailId = l.key.slice(0, -SUBJECT_KEY.length);
      const email = emails.get(emailId);
      if (!email?.subject) throw new Error(`${where}: ${l.key} names no email with a subject of its own`);
      const document = subjectHead(email.subject) + email.body;
      const labels = checkLabels(`${where} ${l.key}`, l);
      return {
        id: l.key,
        group: emailId,
        source,
        document,
        start: 0,
        end: email.subject.length,
        labels,
        headline: true,
      };
    }
    const at = l.key.lastIndexOf('@');
    const emailId = l.key.slice(0, at);
    const [start, end] = l.key
      .slice(at + 1)
      .split('-')
      .map(Number) as [number, number];
    const document = emails.get(emailId)?.body;
    if (document === undefined) throw new Error(`${where}: ${l.key} names an email that is not in the corpus`);
    return { id: l.key, group: emailId, source, document, start, end, labels: checkLabels(`${where} ${l.key}`, l) };
  });
}

/**
 * Label rounds kept, with their second annotators, but not trained on. Round 11 (drawn where the
 * model was least sure, and where a rare value was likeliest) and round 12 (drawn at random among
 * sentences with a lexicon cue, as the corpus's own cue pools were) moved no held-out proxy beyond
 * ±0.01 and took dev decision from 0.816 to 0.797: this project's annotators give decision
 * values more sparingly than the corpus's (`corpus-check-*.jsonl`). README, accuracy.
 *
 * Round w15 (2,100 sentences written as whole messages in eight settings not yet covered) was
 * measured against a rule set before it: train on it if no axis of the corpus's own Enron or modern
 * sentences falls by more than 0.01 (cross-validated, settings chosen as `npm run train` does),
 * fresh modern messages rise on average, and dev decision holds 0.78. Fresh messages rose
 * (+0.016 / +0.023 / +0.004), but corpus Enron decision fell 0.016, so it is kept, not trained on.
 * Rounds w16 and w17 (messages in the held-out modern genres: issues and reviews, developer lists,
 * meeting notes) passed the same rule and are trained on; round w18 (1,638 more sentences in eight
 * further settings of those genres) did not: fresh messages moved +0.006 / -0.021 / +0.003.
 * Round h1 (headlines: 600 Enron subject lines, keyed `<id>#subject`, and 800 titles, subjects and
 * note headings written in today's idiom) did not either: the corpus's own Enron and modern
 * sentences moved within 0.01 (+0.009 / -0.003 / +0.003 and +0.007 / -0.003 / -0.003), dev
 * decision held 0.791, written titles rose in cross-validation (against the shipped model, which
 * never saw them: 0.828 / 0.780 / 0.686 -> 0.852 / 0.810 / 0.743), but fresh messages moved
 * +0.016 / -0.033 / +0.010, down 0.002 on average. The labels measure how subject lines are read.
 * Round w19 (1,600 sentences written in eight sets, one per kind of modern signal the fresh messages
 * showed the model missing: approvals in review, consensus in notes, open questions, reopening,
 * urgency, relaxed pace, priority fields, paused and dropped work) failed the same rule whole: corpus
 * Enron priority fell 0.016. Its six sets on decisions and pace (a-f) pass it and are trained on
 * (corpus Enron +0.006 / -0.006 / +0.005, corpus modern +0.008 / +0.006 / +0.004, fresh messages
 * +0.024 / -0.022 / +0.009, dev decision 0.788); the two on priority (g, h) are kept, not trained on.
 * Round w20 (632 sentences in 160 messages of the held-out genres, written on pace said without the
 * textbook words: blocking others, a freeze tomorrow, "soon-ish", "no fire here") failed it by a
 * hair: corpus modern priority fell 0.0101 (its chosen none shift moved from -0.8 to +0.2), while
 * fresh messages rose +0.007 / -0.002 / +0.012 and dev decision held 0.800. The third fresh set,
 * written before it, moved +0.002 / -0.009 / -0.003: the round reads pace no better on text it
 * did not choose its subject from.
 * Round w21 (1,635 sentences in 240 emails written as 2001 corporate email in six departments of an
 * energy company, rich in paused, dropped and decided work said the way such email reports it, with
 * look-alikes: boilerplate termination clauses, cancelled meetings, descriptive "critical") failed
 * it too: the corpus's own Enron sentences moved -0.005 / +0.003 / +0.001, its modern ones
 * +0.004 / +0.005 / -0.015 (the decision none shift chosen moved from 0.1 to -0.5), and the fresh
 * sets nothing that holds (second +0.022 / +0.006 / -0.016, third -0.014 / +0.000 / -0.006).
 */
export const NOT_TRAINED: readonly string[] = [
  'enron-b11',
  'enron-b12',
  'enron-s1',
  'written-w15',
  'written-w18',
  'written-w19g',
  'written-w19h',
  'written-h1',
  'written-w20',
  'written-w21',
];

/**
 * The added label files: `enron-*.jsonl` (keys into train.jsonl) and `written-*.jsonl`, second
 * annotators' files left out, and the rounds not trained on unless `all` (selection must not draw them again).
 */
export function addedLabelFiles(kind: 'enron' | 'written', all = false): string[] {
  if (!existsSync(labelsDir)) return [];
  return readdirSync(labelsDir)
    .filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.jsonl') && !f.includes('second'))
    .filter((f) => all || !NOT_TRAINED.some((round) => f.startsWith(round)))
    .sort()
    .map((f) => resolve(labelsDir, f));
}

/**
 * The fresh sets of modern messages that are trained on (`test/eval/fresh-modern*`): 200 messages
 * each, by four writers each who saw no other label file, in the genres the held-out modern text
 * comes from, every sentence labelled by its writer and again, blind, by a second annotator. They
 * served as held-out judges for a session or more each. Trained on urgency and priority (13,528
 * distinct sentences of 14,596, by 48 writers, at half weight), they lifted the thirteenth set,
 * which nobody had read, by +0.011 / +0.054 / +0.000 over three seeds (its ranges 0.811-0.820 and
 * 0.610-0.633 before, 0.823-0.840 and 0.667-0.683 after), moved the corpus's own Enron sentences
 * -0.006 / +0.007 / +0.000 and its modern ones -0.003 / +0.002 / +0.000, and dev decision not at
 * all (README, accuracy). The writer's labels are the ones trained on; a message's sentences share
 * a fold. The sets not listed here stay held out (`HELD_OUT_SETS` in `test/eval/fresh.ts`).
 */
export const TRAINED_FRESH_SETS: readonly string[] = [
  'fresh-modern',
  'fresh-modern-2',
  'fresh-modern-3',
  'fresh-modern-4',
  'fresh-modern-5',
  'fresh-modern-6',
  'fresh-modern-7',
  'fresh-modern-8',
  'fresh-modern-9',
  'fresh-modern-10',
  'fresh-modern-11',
  'fresh-modern-12',
];
/** Their weight in the fit relative to a labelled sentence's: half (at 1 the thirteenth set read the same). */
export const FRESH_WEIGHT = 0.5;
/**
 * The axes they are trained on. Trained on decision too, they lifted the thirteenth set's decision
 * (+0.037) and dev's (+0.023) but cost the corpus's own modern sentences 0.015 in decision, which
 * the rule a retraining must pass does not allow; on urgency and priority alone they pass it.
 */
export const FRESH_AXES: readonly Axis[] = ['urgency', 'priority'];
const freshSetsDir = resolve(repo, 'test/eval');
const FRESH_GENRES = ['gh', 'ml', 'notes', 'work'];

interface FreshMessage {
  id: string;
  sentences: Array<{ text: string; urgency: string; priority: string; decision: string }>;
}

/** The sentences of the trained fresh sets, one example each, in the sets' own order. */
export function freshSentences(): Example[] {
  return TRAINED_FRESH_SETS.flatMap((set) =>
    FRESH_GENRES.flatMap((genre) => {
      const file = resolve(freshSetsDir, set, `${genre}.jsonl`);
      return readJsonl<FreshMessage>(file).flatMap((message) =>
        message.sentences.map((sentence, i) => ({
          id: `${set}/${message.id}#${i + 1}`,
          group: `${set}/${message.id}`,
          source: 'written-fresh' as const,
          document: sentence.text,
          start: 0,
          end: sentence.text.length,
          labels: checkLabels(`${set}/${genre}.jsonl ${message.id} #${i + 1}`, sentence),
          weight: FRESH_WEIGHT,
          axes: FRESH_AXES,
        })),
      );
    }),
  );
}

export function writtenSentences(): WrittenLabel[] {
  const files = [resolve(modernDir(), 'labels.jsonl'), ...addedLabelFiles('written')].filter(existsSync);
  return files.flatMap((f) => readJsonl<WrittenLabel>(f));
}

export function loadTraining(options: { written?: boolean; added?: boolean; all?: boolean } = {}): Example[] {
  const train = bodies('train');
  const examples = keyed(
    readJsonl<KeyedLabel>(resolve(corpusDir(), 'train-labels.jsonl')),
    train,
    'enron',
    'train-labels',
  );
  const seen = new Set(examples.map((e) => e.id));
  if (options.added !== false) {
    for (const file of addedLabelFiles('enron', options.all)) {
      for (const e of keyed(readJsonl<KeyedLabel>(file), train, 'enron-added', file))
        if (!seen.has(e.id)) {
          examples.push(e);
          seen.add(e.id);
        }
    }
  }
  if (options.written !== false) {
    const modern = readJsonl<WrittenLabel>(resolve(modernDir(), 'labels.jsonl'));
    for (const w of modern)
      examples.push({
        id: w.id,
        group: w.id,
        source: 'modern-written',
        document: w.text,
        start: 0,
        end: w.text.length,
        labels: checkLabels(`modern ${w.id}`, w),
      });
    if (options.added !== false) {
      for (const file of addedLabelFiles('written', options.all)) {
        for (const w of readJsonl<WrittenLabel>(file))
          examples.push({
            id: w.id,
            group: w.message ?? w.id,
            source: 'written-added',
            document: w.text,
            start: 0,
            end: w.text.length,
            labels: checkLabels(`${file} ${w.id}`, w),
            ...(w.headline ? { headline: true } : {}),
          });
      }
      examples.push(...freshSentences());
    }
  }
  return distinct(examples);
}

/** One example per distinct sentence text (the corpus repeats boilerplate across mailboxes): the first one read stays. */
export function distinct(examples: Example[]): Example[] {
  const seen = new Set<string>();
  return examples.filter((e) => {
    const text = e.document.slice(e.start, e.end).replace(/\s+/g, ' ').trim().toLowerCase();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

export function loadDev(): Example[] {
  return keyed(readJsonl<KeyedLabel>(resolve(corpusDir(), 'dev-labels.jsonl')), bodies('dev'), 'dev', 'dev-labels');
}
