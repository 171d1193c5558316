import { describe, expect, it } from 'vitest';
import { ownSentence } from './cues';

describe('ownSentence', () => {
  const text = "- We haven't decided yet; two more weeks.\n- Is the onboarding survey urgent? Marketing asked.";
  const whole = { start: 0, end: text.length };
  const around = (word: string) => {
    const span = ownSentence(text, whole, text.indexOf(word));
    return text.slice(span.start, span.end);
  };

  it('cuts a parsed sentence that ran into the next list item back to the one around the words', () => {
    expect(around('decided')).toBe("- We haven't decided yet; two more weeks.");
    expect(around('urgent')).toBe('Is the onboarding survey urgent?');
    expect(around('Marketing')).toBe('Marketing asked.');
  });
});
