import type { Profile } from '../profile';
import type { ExcludedRange } from '../text/excluded-ranges';
import { parseQuotedHistory } from '../text/quoted-history';
import type { Focus } from './focus';
import { readEarlier, type EarlierReading } from './read-earlier';

/** Reasons of excluded ranges that hold earlier messages (a signature or a forward does not). */
const QUOTED = new Set(['quoted-line', 'reply-header', 'original-message']);

/**
 * The earlier messages a draft answers, read like the draft. `quoted` is the page's quote block
 * when the draft text leaves it out; otherwise the quoted history is read from the draft itself.
 * Never throws: a failure reads as no thread, and says why.
 */
export function readThread(
  draft: string,
  excluded: readonly ExcludedRange[],
  profile: Profile,
  focus: () => Focus,
  options: { now: Date; deadline?: number; quoted?: string },
): { messages: EarlierReading[]; error?: string } {
  try {
    const source = options.quoted ?? (excluded.some((r) => QUOTED.has(r.reason)) ? draft : '');
    const messages = parseQuotedHistory(source);
    // What the reply is about is worked out only when there is an earlier message to set it against.
    return { messages: messages.length > 0 ? readEarlier(messages, profile, focus(), options) : [] };
  } catch (error) {
    return { messages: [], error: error instanceof Error ? error.message : String(error) };
  }
}
