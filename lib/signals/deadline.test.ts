import { describe, expect, it } from 'vitest';
import { resolveDeadline, spanIsNear, workingDaysUntil } from './deadline';
import { monday, valueOf } from './test-helpers';

const near: string[] = [
  'Please send me the deck by Wednesday.',
  'Please return the form by 11 AM tomorrow.',
  'Please let me know by EOD.',
  'Please update the worksheet by noon.',
  'Send your comments by 11/25.',
  'We need your review done today.',
  'Please reply no later than COB Tuesday.',
  'Please send the figures within 24 hours.',
  'Can you turn this around in the next two days?',
  'Please reply within the hour.',
  'We need your comments within the next day.',
  'I need the signed copy in an hour.',
  'We need sign-off in 2 days.',
];

const far: string[] = [
  'Please send me the deck by Friday.',
  'Please send your comments by 12/3.',
  'Please have the plan ready by the end of March.',
  'Decisions will be made by Wednesday.',
  'We learned today that the vendor signed.',
  "Today's meeting went well.",
  'Please reply within 30 days.',
  'Please get back to me in the next couple of weeks.',
  'Please send the figures within 72 hours.',
  'All changes must be made within 24 hours of the service.',
  'Please reply in three weeks.',
  'Please check the logs from when I logged in 2 hours ago.',
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
  it('measures a span counted from now by its length, not the calendar', () => {
    expect(spanIsNear('48', 'hours')).toBe(true);
    expect(spanIsNear('49', 'hours')).toBe(false);
    expect(spanIsNear('two', 'business days')).toBe(true);
    expect(spanIsNear('a couple of', 'days')).toBe(true);
    expect(spanIsNear('a few', 'days')).toBe(false);
    expect(spanIsNear(undefined, 'hours')).toBe(true);
    expect(spanIsNear(undefined, 'days')).toBe(false);
    expect(spanIsNear('one', 'week')).toBe(false);
    expect(spanIsNear('30', 'minutes')).toBe(true);
  });
  it('reads the same words as urgent or not depending on now', () => {
    const tuesday = new Date('2026-11-24T09:00:00Z');
    const wednesdayBefore = new Date('2026-11-18T09:00:00Z');
    expect(valueOf('Please send it by Friday.', 'urgency', tuesday)).toBeNull();
    expect(valueOf('Please send it by Friday.', 'urgency', new Date('2026-11-25T09:00:00Z'))).toBe('urgent');
    expect(valueOf('Please send it by 11/19.', 'urgency', wednesdayBefore)).toBe('urgent');
  });
});
