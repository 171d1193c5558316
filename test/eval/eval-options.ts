import type { DetectOptions } from '../../lib/signals';
import type { Email } from './corpus';

/**
 * The corpus has no send dates, so deadlines are judged from a fixed moment in the corpus' own
 * period. The fixed value keeps the figures reproducible.
 */
export const corpusNow = new Date('2001-10-01T09:00:00Z');

export function evalOptions(_email: Email): DetectOptions {
  return { now: corpusNow };
}
