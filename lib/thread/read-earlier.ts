import type { Profile } from '../profile';
import { detectSignals } from '../signals';
import { blankRanges } from '../text/excluded-ranges';
import type { EarlierMessage } from '../text/quoted-history';
import { attributeTopics, findMentions, readingUnits } from '../topics';
import { threadCues, type ThreadCue } from './cues';
import { relevantParagraphs, type Focus } from './focus';

/** An earlier message of the thread, read like the draft: its signals, their topics and subjects. */
export interface EarlierReading extends EarlierMessage {
  cues: ThreadCue[];
}

/** Each earlier message is read up to this many characters: the start of a message says what it is about. */
export const MAX_EARLIER_CHARS = 4000;

/** The gaps between spans, as ranges to leave out. */
function outside(length: number, spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const gaps: { start: number; end: number }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) gaps.push({ start: at, end: span.start });
    at = span.end;
  }
  if (at < length) gaps.push({ start: at, end: length });
  return gaps;
}

/**
 * Reads the earlier messages with the same signal detector as the draft (the learned model and the
 * lexicon). Only paragraphs that name what the reply is about (`focus`) are read; a message that
 * names none of it is not read at all.
 */
export function readEarlier(
  messages: readonly EarlierMessage[],
  profile: Profile,
  focus: Focus,
  options: { now: Date; deadline?: number },
): EarlierReading[] {
  return messages.map((message) => {
    const full = message.text.slice(0, MAX_EARLIER_CHARS);
    const keep = relevantParagraphs(full, focus, profile);
    if (keep.length === 0) return { ...message, text: full, cues: [] };
    // Blanked, not cut: offsets stay those of the message, so the evidence quotes its own words.
    const text = blankRanges(full, outside(full.length, keep));
    const analysis = detectSignals(text, {
      now: options.now,
      ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
    });
    const sentences = readingUnits(text, analysis.sentences);
    const signals = attributeTopics(text, analysis.signals, sentences, findMentions(text, profile));
    return { ...message, text: full, cues: threadCues(text, signals, sentences) };
  });
}
