import type { Profile } from '../profile';
import { detectSignals } from '../signals';
import type { EarlierMessage } from '../text/quoted-history';
import { attributeTopics, findMentions, joinWrapped } from '../topics';
import { threadCues, type ThreadCue } from './cues';

/** An earlier message of the thread, read like the draft: its signals, their topics and subjects. */
export interface EarlierReading extends EarlierMessage {
  cues: ThreadCue[];
}

/** Each earlier message is read up to this many characters: the start of a message says what it is about. */
export const MAX_EARLIER_CHARS = 4000;

/** Reads the earlier messages with the same signal detector as the draft (the learned model and the lexicon). */
export function readEarlier(messages: readonly EarlierMessage[], profile: Profile, options: { now: Date; deadline?: number }): EarlierReading[] {
  return messages.map((message) => {
    const text = message.text.slice(0, MAX_EARLIER_CHARS);
    const analysis = detectSignals(text, { now: options.now, ...(options.deadline !== undefined ? { deadline: options.deadline } : {}) });
    const sentences = joinWrapped(text, analysis.sentences);
    const signals = attributeTopics(text, analysis.signals, sentences, findMentions(text, profile));
    return { ...message, text, cues: threadCues(text, signals, sentences) };
  });
}
