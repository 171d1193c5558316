import { describe, expect, it } from 'vitest';
import { resolveDeadline, workingDaysUntil } from './deadline';
import { monday, valueOf } from './test-helpers';

const near: string[] = [
  'Please send me the deck by Wednesday.',
  'Please return the form by 11 AM tomorrow.',
  'Please let me know by EOD.',
  'Please update the worksheet by noon.',
  'Send your comments by 11/25.',
  'We need your review done today.',
  'Please reply no later than COB Tuesday.',
];

const far: string[] = [
  'Please send me the deck by Friday.',
  'Please send your comments by 12/3.',
  'Please have the plan ready by the end of March.',
  'Decisions will be made by Wednesday.',
  'We learned today that the vendor signed.',
  "Today's meeting went well.",
];

describe('deadlines relative to now (a Monday)', () => {
  it.each(near)('%s → urgent', (sentence) => {
    expect(valueOf(sentence, 'urgency')).toBe('urgent');
  });
  it.each(far)('%s → none', (sentence) => {
    expect(valueOf(sentence, 'urgency')).toBeNull();
  });
  it('counts working days, so Friday to Monday is one', () => {
    const friday = new Date('2026-11-27T09:00:00Z');
    expect(workingDaysUntil(friday, Date.UTC(2026, 10, 30))).toBe(1);
    expect(workingDaysUntil(monday, Date.UTC(2026, 10, 20))).toBe(-1);
  });
  it('places weekdays, dates and same-day words on the calendar', () => {
    expect(resolveDeadline('by Wednesday', monday)).toBe(Date.UTC(2026, 10, 25));
    expect(resolveDeadline('by 12/3', monday)).toBe(Date.UTC(2026, 11, 3));
    expect(resolveDeadline('by December 3, 2027', monday)).toBe(Date.UTC(2027, 11, 3));
    expect(resolveDeadline('by EOD tomorrow', monday)).toBe(Date.UTC(2026, 10, 24));
    expect(resolveDeadline('by noon', monday)).toBe(Date.UTC(2026, 10, 23));
  });
  it('reads the same words as urgent or not depending on now', () => {
    const tuesday = new Date('2026-11-24T09:00:00Z');
    const wednesdayBefore = new Date('2026-11-18T09:00:00Z');
    expect(valueOf('Please send it by Friday.', 'urgency', tuesday)).toBeNull();
    expect(valueOf('Please send it by Friday.', 'urgency', new Date('2026-11-25T09:00:00Z'))).toBe('urgent');
    expect(valueOf('Please send it by 11/19.', 'urgency', wednesdayBefore)).toBe('urgent');
  });
});
