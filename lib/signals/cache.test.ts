import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../check';
import { exampleProfile } from '../profile';
import type { Report } from '../report';
import { corpusAvailable, corpusDir, loadEmails } from '../../test/eval/corpus';
import { detectSignals, SignalCache } from './index';
import { loadModel } from './model/load';
import { monday } from './test-helpers';

const now = new Date('2026-11-24T09:00:00Z');
const fixtures = join(import.meta.dirname, '../../test/fixtures/drafts');
const drafts = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));
const corpus = corpusAvailable() ? [...loadEmails('dev', corpusDir()).values()].map((email) => email.body) : [];

/** A fixed-seed generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const words = [
  'urgent',
  'ASAP',
  'tomorrow',
  'the',
  'not',
  'Friday',
  'top priority',
  'we decided',
  'budget',
  'if',
  'by EOD',
  'can wait',
];
const sentences = [
  'We need the pricing page by tomorrow. ',
  'The mobile redesign is our top priority this quarter. ',
  'We have decided to drop the legacy importer. ',
  'No rush on the onboarding revamp, it can wait. ',
  'Is the launch still urgent? ',
  'Thanks, and see you on Monday.\n',
];

type Edit = (text: string, pick: (n: number) => number, history: string[]) => string;

/** Word boundaries, sentence ends and paragraph breaks of `text`, as offsets. */
const cuts = (text: string, pattern: RegExp) => [
  0,
  ...[...text.matchAll(pattern)].map((m) => m.index + m[0].length),
  text.length,
];

function between(text: string, pick: (n: number) => number, pattern: RegExp): [number, number] {
  const at = cuts(text, pattern);
  const i = pick(at.length - 1);
  return [at[i]!, at[i + 1]!];
}

/** The ways a writer changes a draft between two typing pauses. */
const edits: Record<string, Edit> = {
  'insert a word': (t, pick) => {
    const [at] = between(t, pick, /\s+/g);
    return `${t.slice(0, at)}${words[pick(words.length)]} ${t.slice(at)}`;
  },
  'delete a word': (t, pick) => {
    const [from, to] = between(t, pick, /\s+/g);
    return t.slice(0, from) + t.slice(to);
  },
  'replace a word': (t, pick) => {
    const [from, to] = between(t, pick, /\s+/g);
    return `${t.slice(0, from)}${words[pick(words.length)]} ${t.slice(to)}`;
  },
  'type a letter mid-word': (t, pick) => {
    const at = pick(t.length + 1);
    return `${t.slice(0, at)}e${t.slice(at)}`;
  },
  'insert a sentence': (t, pick) => {
    const [at] = between(t, pick, /[.!?]\s+/g);
    return t.slice(0, at) + sentences[pick(sentences.length)]! + t.slice(at);
  },
  'delete a sentence': (t, pick) => {
    const [from, to] = between(t, pick, /[.!?]\s+/g);
    return t.slice(0, from) + t.slice(to);
  },
  'replace a sentence': (t, pick) => {
    const [from, to] = between(t, pick, /[.!?]\s+/g);
    return t.slice(0, from) + sentences[pick(sentences.length)]! + t.slice(to);
  },
  'insert a paragraph': (t, pick) => {
    const [at] = between(t, pick, /\n\s*\n/g);
    return `${t.slice(0, at)}${sentences.slice(pick(3), 3 + pick(3)).join('')}\n\n${t.slice(at)}`;
  },
  'delete a paragraph': (t, pick) => {
    const [from, to] = between(t, pick, /\n\s*\n/g);
    return t.slice(0, from) + t.slice(to);
  },
  'paste another draft anywhere': (t, pick) => {
    const source = corpus.length > 0 ? corpus[pick(corpus.length)]! : drafts[pick(drafts.length)]!;
    const at = pick(t.length + 1);
    return t.slice(0, at) + source.slice(0, 200 + pick(1500)) + t.slice(at);
  },
  'wrap a line by hand': (t, pick) => {
    const spaces = [...t.matchAll(/ /g)].map((m) => m.index);
    const at = spaces.length > 0 ? spaces[pick(spaces.length)]! : 0;
    return spaces.length > 0 ? `${t.slice(0, at)}\n${t.slice(at + 1)}` : t;
  },
  undo: (t, _pick, history) => history.at(-2) ?? t,
};

/** Applies `count` edits to `text` at random, yielding each version: the versions a background check sees. */
function* edited(text: string, seed: number, count: number): Generator<[string, string]> {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const names = Object.keys(edits);
  const history = [text];
  yield ['the draft as it is', text];
  for (let i = 0; i < count; i++) {
    const name = names[pick(names.length)]!;
    history.push(edits[name]!(history.at(-1)!, pick, history));
    yield [name, history.at(-1)!];
  }
}

const withoutTime = (report: Report) => ({ ...report, stats: { ...report.stats, elapsedMs: 0 } });

describe('a re-check through the sentence cache', () => {
  it('gives the same analysis as a full check of the same text after every kind of edit (fixture drafts)', () => {
    let reused = 0;
    drafts.forEach((draft, index) => {
      const cache = new SignalCache();
      for (const [edit, text] of edited(draft, 1000 + index, 14)) {
        const incremental = checkDraft(text, exampleProfile, { now, budgetMs: 600_000, cache });
        reused += cache.counts.sentencesReused;
        expect(withoutTime(incremental), `${edit} in fixture ${index}`).toEqual(
          withoutTime(checkDraft(text, exampleProfile, { now, budgetMs: 600_000 })),
        );
      }
    });
    expect(reused).toBeGreaterThan(0);
  });

  it.skipIf(corpus.length === 0)(
    'gives the same signals, sentences and far deadlines as a full check, over Enron dev emails edited at random',
    () => {
      const next = random(42);
      const long = corpus.filter((body) => body.length >= 600);
      const picked = Array.from({ length: 20 }, () => long[Math.floor(next() * long.length)]!);
      const counts = { reused: 0, read: 0, unitsReused: 0 };
      picked.forEach((body, index) => {
        const cache = new SignalCache();
        for (const [edit, text] of edited(body, index, 10)) {
          const incremental = detectSignals(text, { now, cache });
          counts.reused += cache.counts.sentencesReused;
          counts.read += cache.counts.sentencesRead;
          counts.unitsReused += cache.counts.unitsReused;
          expect(incremental, `${edit} in dev email ${index}`).toEqual(detectSignals(text, { now }));
        }
      });
      // The cache did the work: most sentences were reused rather than parsed again.
      expect(counts.reused).toBeGreaterThan(counts.read);
      expect(counts.unitsReused).toBeGreaterThan(0);
    },
  );

  it('gives the same analysis on a document of several chunks, when an edit moves every chunk boundary', () => {
    const source = corpus.length > 0 ? corpus.slice(0, 40).join('\n\n') : drafts.join('\n\n').repeat(6);
    const document = source.slice(0, 14_000);
    const cache = new SignalCache();
    const versions = [
      document,
      `Urgent: ${document}`,
      document.slice(0, 3990) + document.slice(4010),
      `${document.slice(0, 8000)}\n\nWe decided. ${document.slice(8000)}`,
      document,
    ];
    for (const text of versions) expect(detectSignals(text, { now, cache })).toEqual(detectSignals(text, { now }));
    // Back to the first version: every sentence was read before.
    expect(cache.counts.sentencesRead).toBe(0);
  });

  it('reads and judges only the sentence that changed', () => {
    const draft = sentences.join('');
    const cache = new SignalCache();
    detectSignals(draft, { now, cache });
    expect(cache.counts).toMatchObject({ sentencesReused: 0, sentencesRead: sentences.length });
    const edited = draft.replace('drop the legacy importer', 'drop the old importer');
    expect(detectSignals(edited, { now, cache })).toEqual(detectSignals(edited, { now }));
    expect(cache.counts).toEqual({
      sentencesReused: sentences.length - 1,
      sentencesRead: 1,
      unitsReused: sentences.length - 1,
      unitsJudged: 1,
    });
  });

  it('reads a bulleted line the same with the cache whatever line follows it', () => {
    // compromise counts a bullet ("- ") in a sentence's length but not its start; the span is cut back
    // to the line's words, from the characters before it, so a line read alone ends where it does in its text.
    const last = '- Ship the fix ASAP\n';
    const firstSpan = (text: string) => detectSignals(text, { now }).sentences[0]!.text;
    for (const text of [last, `${last}- Next item`, `${last}Next item`])
      expect(firstSpan(text)).toBe('Ship the fix ASAP');
    const cache = new SignalCache();
    for (const text of [last, `${last}- Next item`, `${last}* Next item`, `${last}- Next item`, last])
      expect(detectSignals(text, { now, cache })).toEqual(detectSignals(text, { now }));
  });

  it('never reuses a deadline read on another day', () => {
    const text = 'Please send me the figures by Friday.';
    const cache = new SignalCache();
    const monday_ = detectSignals(text, { now: monday, cache });
    const thursday = new Date('2026-11-26T09:00:00Z');
    const later = detectSignals(text, { now: thursday, cache });
    expect(cache.counts.sentencesReused).toBe(0);
    expect(later).toEqual(detectSignals(text, { now: thursday }));
    // On Monday Friday is four working days off; on Thursday it is tomorrow: a stale reading would be wrong.
    expect(later.signals).not.toEqual(monday_.signals);
  });

  it('keeps its sentences under another profile, whose findings are still its own', () => {
    // Signals never read the profile: only the rules after them do, and they run on every check.
    const cache = new SignalCache();
    const text = 'The mobile redesign is urgent. We decided to ship it.';
    checkDraft(text, exampleProfile, { now, cache });
    const other = { ...exampleProfile, priorities: exampleProfile.priorities.filter((p) => !/mobile/i.test(p.name)) };
    const reread = checkDraft(text, other, { now, cache });
    expect(cache.counts).toMatchObject({ sentencesRead: 0 });
    const full = checkDraft(text, other, { now });
    expect(reread.findings).toEqual(full.findings);
    expect(reread.signals).toEqual(full.signals);
  });

  it('judges every sentence again under another model, and keeps the lexicon cues', () => {
    const model = loadModel();
    const cache = new SignalCache();
    const text = sentences.join('');
    detectSignals(text, { now, cache, model });
    detectSignals(text, { now, cache, model: { ...model } });
    expect(cache.counts).toMatchObject({ sentencesRead: 0, unitsReused: 0, unitsJudged: sentences.length });
  });

  it('stays within its bound on a text larger than the bound, and still gives the full result', () => {
    const cache = new SignalCache(3_000);
    const text = sentences.join('').repeat(40);
    expect(detectSignals(text, { now, cache })).toEqual(detectSignals(text, { now }));
    expect(cache.size).toBeGreaterThan(0);
    expect(cache.size).toBeLessThanOrEqual(3_000);
    const edited = `Urgent. ${text}`;
    expect(detectSignals(edited, { now, cache })).toEqual(detectSignals(edited, { now }));
    expect(cache.size).toBeLessThanOrEqual(3_000);
  });

  it('keeps a 1 MB paste to its bound, and times out as a check without the cache does', () => {
    const cache = new SignalCache();
    // Every sentence its own, as in a real paste: repeated sentences would all come from the cache.
    const paste = Array.from(
      { length: 16_000 },
      (_, i) => `The weather was mild on day ${i} and the team met as usual. Item ${i} is urgent.\n`,
    ).join('');
    const report = checkDraft(paste, exampleProfile, { now, cache });
    expect(report.stats.timedOut).toBe(true);
    expect(report.stats.error).toBeUndefined();
    expect(cache.size).toBeLessThanOrEqual(cache.maxChars);
  });
});

describe('the time budget with the cache', () => {
  it('stops at the deadline and says so, even when every sentence is in the cache', () => {
    const text = sentences.join('');
    const cache = new SignalCache();
    detectSignals(text, { now, cache });
    const late = detectSignals(text, { now, cache, deadline: performance.now() - 1 });
    expect(late).toEqual(detectSignals(text, { now, deadline: performance.now() - 1 }));
    expect(late).toMatchObject({ timedOut: true, signals: [], sentences: [] });
  });

  it('keeps what a timed-out check read whole, so the next check goes on from there with the full result', () => {
    const text = sentences.join('');
    const cache = new SignalCache();
    let tick = 0;
    const cut = detectSignals(text, { now, cache, clock: () => tick++, deadline: 12 });
    expect(cut.timedOut).toBe(true);
    expect(cut.sentences.length).toBeGreaterThan(0);
    expect(cut.sentences.length).toBeLessThan(sentences.length);
    const next = detectSignals(text, { now, cache });
    expect(next).toEqual(detectSignals(text, { now }));
    expect(cache.counts.sentencesReused).toBeGreaterThan(0);
  });
});

describe('faults in the cache', () => {
  class Broken extends SignalCache {
    override reading(): never {
      throw new Error('broken reading');
    }
    override verdict(): never {
      throw new Error('broken verdict');
    }
  }

  it('cost time, never a result, and are reported to the owner', () => {
    const cache = new Broken();
    const text = sentences.join('');
    expect(detectSignals(text, { now, cache })).toEqual(detectSignals(text, { now }));
    expect(cache.fault).toMatch(/broken/);
    expect(withoutTime(checkDraft(text, exampleProfile, { now, cache }))).toEqual(
      withoutTime(checkDraft(text, exampleProfile, { now })),
    );
  });

  it('never make a check throw', () => {
    const cache = new SignalCache();
    expect(checkDraft(42 as unknown as string, exampleProfile, { now, cache }).stats.error).toBeUndefined();
    expect(detectSignals('', { now, cache })).toEqual(detectSignals('', { now }));
  });
});
