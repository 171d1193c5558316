import { describe, expect, it } from 'vitest';
import { loadModel } from './load';
import { cueFor, predictSentence } from './model';
import { extractFeatures } from './features';
import { nameTokens } from './names';
import { tokenize } from './tokens';

/** The words `nameTokens` marks in a sentence, as written. */
function names(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const marked = nameTokens(sentence, tokens);
  return [...new Set(tokens.filter((_, i) => marked[i]).map((t) => sentence.slice(t.start, t.end)))];
}

describe('names in a sentence', () => {
  it('marks capitalised words inside a sentence, whatever they name', () => {
    expect(names('To date, I have been reviewing it with Dave Delainey, fine-tuning each month.')).toEqual([
      'Dave',
      'Delainey',
    ]);
    expect(names('The Board voted to extend the term and the Commission accepted it.')).toEqual([
      'Board',
      'Commission',
    ]);
    expect(names('I think George McClellan is ok with it.')).toEqual(['George', 'McClellan']);
  });
  it('marks a first name where any word is capitalised, and nothing else there', () => {
    expect(names('Brent and Sara: Here is where we ended up yesterday.')).toEqual(['Brent', 'Sara']);
    expect(names('Please advise by Friday.')).toEqual([]);
    expect(names('Management consider the plan sound.')).toEqual([]);
    expect(names('Tanya: Please let me know.')).toEqual(['Tanya']);
  });
  it('reads a possessive or a contraction as its word', () => {
    expect(names("We agree with Vig's numbers.")).toEqual(["Vig's"]);
    expect(names("Can't wait to hear the answer.")).toEqual([]);
  });
  it('never marks the calendar, acronyms or the pronoun I', () => {
    expect(names('I need the CPUC filing by Friday, June 16 at the latest.')).toEqual([]);
  });
  it('marks nothing in a heading set in title case, where capitals are style', () => {
    expect(names('Decision Still Pending On The Vendor')).toEqual([]);
    expect(names('Please Advise ASAP')).toEqual([]);
  });
});

describe('evidence is never a name', () => {
  const { weights, vectors } = loadModel();
  it.each([
    'John Lavorato confirmed that UBS will take the desk.',
    'Sally - per our discussion, the change was approved yesterday.',
    'Steve and company agree that we go ahead.',
    'The Management Committee approved the budget.',
  ])('%s', (sentence) => {
    const verdict = predictSentence(weights, vectors, sentence, []);
    const found = (['urgency', 'priority', 'decision'] as const).filter((axis) => verdict[axis].cue);
    expect(found.length).toBeGreaterThan(0);
    const marked = names(sentence);
    for (const axis of found) {
      const cue = verdict[axis].cue!;
      const words = sentence.slice(cue.start, cue.end);
      for (const name of marked) expect(words).not.toContain(name);
    }
  });
  it('falls back to the words there are when a sentence is all names', () => {
    const sentence = 'Lisa Yoho';
    const { weights: w } = loadModel();
    const features = extractFeatures(sentence, [], w.bits, vectors);
    const cue = cueFor(w.axes.decision, features, 1, [true, true]);
    expect(cue).not.toBeNull();
  });
});
