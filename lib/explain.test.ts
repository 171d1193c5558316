import { describe, expect, it } from 'vitest';
import { checkDraft } from './check';
import { exampleProfile } from './profile';

const find = (text: string, rule: string) =>
  checkDraft(text, exampleProfile, { budgetMs: 60_000 }).findings.find((f) => f.rule === rule);

describe('what a finding carries to explain itself', () => {
  it('its sentence around the words, from the draft as written', () => {
    const finding = find(
      'Hi all,\n\nThanks for Monday. Please get the new app out ASAP, the board is asking.\nBest, Ana',
      'urgency-on-paused',
    );
    expect(finding).toMatchObject({
      text: 'ASAP',
      context: { before: 'Please get the new app out ', after: ', the board is asking.' },
    });
  });

  it('how the sentence named the item when it was an alias', () => {
    expect(find('Please get the new app out ASAP.', 'urgency-on-paused')?.via).toEqual({
      words: 'new app',
      alias: 'new app',
    });
    expect(find('Please get the New App out ASAP.', 'urgency-on-paused')?.via).toEqual({
      words: 'New App',
      alias: 'new app',
    });
  });

  it('nothing about aliases when the item was named by its name', () => {
    expect(find('Please get the mobile redesign done ASAP.', 'urgency-on-paused')?.via).toBeUndefined();
  });

  it('the alias in the sentence referred back to ("it")', () => {
    expect(find('The new app is coming along. It is our top priority.', 'priority-contradiction')).toMatchObject({
      text: 'our top priority',
      via: { words: 'new app' },
      context: { before: 'It is ', after: '.' },
    });
  });

  it('a long sentence cut around the words, and said so', () => {
    const long = `Please ${'remember that we talked about many things on the call, '.repeat(6)}and get the new app out ASAP ${'because the customers keep asking us about it every day, '.repeat(6)}thanks.`;
    const finding = find(long, 'urgency-on-paused')!;
    expect(finding.context!.before).toMatch(/^… /);
    expect(finding.context!.after).toMatch(/ …$/);
    expect(finding.context!.before.length).toBeLessThanOrEqual(170);
  });
});
