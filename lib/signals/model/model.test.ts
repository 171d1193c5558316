import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectorsArtifact from './vectors.json';
import weightsArtifact from './weights.json';
import { decodeInt8, encodeInt8, quantize } from './codec';
import { extractFeatures, hash } from './features';
import { detectCues, detectSignals } from '../index';
import { loadModel } from './load';
import { decide, predictSentence } from './model';
import { stem } from '../../text/stem';
import { tokenize } from './tokens';

describe('tokens', () => {
  it('splits contractions the way the word vectors were built, keeping offsets on the written word', () => {
    const text = "We won't ship; don't rush, we'll revisit.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual([
      'we',
      'will',
      'not',
      'ship',
      ';',
      'do',
      'not',
      'rush',
      ',',
      'we',
      'will',
      'revisit',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase().replace('’', "'")).toMatch(/^[\w';,.-]+$/);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe("won't");
  });
  it("reads words that are also Object's own member names as words", () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
    const tokens = tokenize(`The ${names.join(' and ')} can't wait.`);
    for (const t of tokens) expect(typeof t.norm).toBe('string');
    expect(tokens.map((t) => t.norm)).toContain('constructor');
    const analysis = detectSignals(`Please fix the ${names.join(' ')} bug ASAP.`, {
      now: new Date('2026-11-30T09:00:00Z'),
    });
    expect(analysis.modelError).toBeUndefined();
  });
  it('gives inflections one stem', () => {
    expect(new Set(['postponed', 'postponing', 'postpones', 'postpone'].map(stem)).size).toBe(1);
    expect(new Set(['priorities', 'priority'].map(stem)).size).toBe(1);
  });
});

describe('features', () => {
  it('hashes with FNV-1a, the same in every runtime', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('a')).toBe(0xe40c292c);
    expect(hash('foobar')).toBe(0xbf9cf968);
  });
  it('marks the words a negation reaches, and stops at the clause', () => {
    const negated = extractFeatures('This is not urgent, but ship it.', [], 20, null);
    const plain = extractFeatures('This is urgent, but ship it.', [], 20, null);
    const scope = (f: typeof negated) => [...f.index].filter((i) => i === (hash('n|urgent') & ((1 << 20) - 1)));
    expect(scope(negated)).toHaveLength(1);
    expect(scope(plain)).toHaveLength(0);
    expect([...negated.index]).not.toContain(hash('n|ship') & ((1 << 20) - 1));
  });
});

describe('codec', () => {
  it('round-trips any int8 array through base64', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: 200 }), (values) => {
        const q = Int8Array.from(values);
        expect([...decodeInt8(encodeInt8(q))]).toEqual([...q]);
      }),
    );
  });
  it('quantises within half a step', () => {
    const values = [0.5, -1.25, 0.001, 3];
    const { q, scale } = quantize(values);
    values.forEach((v, i) => expect(Math.abs(q[i]! * scale - v)).toBeLessThanOrEqual(scale / 2 + 1e-9));
  });
});

describe('decide', () => {
  const classes = ['none', 'urgent', 'relaxed'];
  it('takes the likeliest value when no lexicon cue names a value it gives the threshold', () => {
    expect(decide([0.2, 0.1, 0.7], classes, ['urgent'], 0.15)).toBe(2);
    expect(decide([0.2, 0.1, 0.7], classes, [], 0.05)).toBe(2);
  });
  it('keeps the polarity the lexicon read ("no decision has been made" is open) unless the model is sure', () => {
    expect(decide([0.1, 0.5, 0.4], classes, ['relaxed'], 0.3)).toBe(2);
    expect(decide([0.1, 0.8, 0.1], classes, ['relaxed'], 0.3)).toBe(1);
  });
  it('lets a lexicon cue stand when the model gives its value at least the threshold', () => {
    expect(decide([0.6, 0.35, 0.05], classes, ['urgent'], 0.3)).toBe(1);
    expect(decide([0.6, 0.25, 0.15], classes, ['urgent'], 0.3)).toBe(0);
    expect(decide([0.6, 0.35, 0.05], classes, [], 0.3)).toBe(0);
  });
});

describe('the shipped model', () => {
  const { weights, vectors } = loadModel();
  it('stores numbers and hashes only: class names and settings, no words of any corpus', () => {
    const text = JSON.stringify(weightsArtifact);
    const strings = [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    const allowed = new Set([
      'format',
      'bits',
      'dims',
      'axes',
      'urgency',
      'priority',
      'decision',
      'classes',
      'sparse',
      'sparseScale',
      'dense',
      'denseScale',
      'bias',
      'noneShift',
      'cueThreshold',
      'none',
      'urgent',
      'relaxed',
      'top',
      'low',
      'paused',
      'dropped',
      'decided',
      'open',
      'reopened',
    ]);
    for (const s of strings) expect(allowed.has(s) || /^[A-Za-z0-9+/]{64,}=*$/.test(s), s.slice(0, 40)).toBe(true);
  });
  it('ships word vectors for plain lower-case words of the vectors’ own vocabulary', () => {
    const words = vectorsArtifact.words.split(' ');
    expect(words.length).toBeGreaterThan(20_000);
    expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
    expect(vectors.get('postpone')).toBeDefined();
  });
  it('reads a sentence and points at the words that carried it, not the whole sentence', () => {
    const sentence =
      'Thanks for the notes from Tuesday; as discussed, we have put the warehouse migration on hold until the audit wraps up.';
    // As the judge calls it: with the lexicon's cues as evidence.
    const cues = detectCues(sentence).signals.map(({ kind, value, rule, start, end }) => ({
      kind,
      value,
      rule,
      start,
      end,
    }));
    const verdict = predictSentence(weights, vectors, sentence, cues);
    expect(verdict.priority.value).toBe('paused');
    const cue = verdict.priority.cue!;
    expect(cue.end - cue.start).toBeLessThan(sentence.length / 2);
    expect(sentence.slice(cue.start, cue.end)).toMatch(/hold/);
  });
  it('never throws and always answers with a known value, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const verdict = predictSentence(weights, vectors, text, []);
        expect(weights.axes.urgency.classes).toContain(verdict.urgency.value);
        expect(weights.axes.decision.classes).toContain(verdict.decision.value);
      }),
      { numRuns: 200 },
    );
  });
  it('is deterministic', () => {
    const text = 'We decided to go with the annual plan; please confirm by EOD.';
    expect(predictSentence(weights, vectors, text, [])).toEqual(predictSentence(weights, vectors, text, []));
  });
});

describe('evidence words', () => {
  const { weights, vectors } = loadModel();
  it.each([
    'If it is approved, we will start in May.',
    'Thanks for the notes; as discussed, we have put the warehouse migration on hold until the audit wraps up.',
    'Honestly the pricing page can wait until after the launch, no rush at all.',
  ])('never cross a comma or end on a word that only frames them: %s', (sentence) => {
    const verdict = predictSentence(weights, vectors, sentence, []);
    for (const axis of ['urgency', 'priority', 'decision'] as const) {
      const cue = verdict[axis].cue;
      if (!cue) continue;
      const words = sentence.slice(cue.start, cue.end);
      expect(words).not.toMatch(/[,;:]/);
      expect(words).not.toMatch(/^(we|the|and|it)\b/i);
      expect(words).not.toMatch(/\b(until|to|of|we|the)$/i);
    }
  });
});
