import type { Profile } from '../profile';
import type { Signal } from '../report';
import { stem } from '../text/stem';
import type { Span } from '../text/join-wrapped';
import { findMentions } from '../topics';
import { threadCues } from './cues';

/** What a reply says something about: the profile items and the words of the subjects its signals are about. */
export interface Focus {
  topics: Set<string>;
  /** Stems of the subjects' words. */
  words: Set<string>;
}

/** The reply's focus, read from its own signals. */
export function replyFocus(text: string, signals: readonly Signal[], sentences: readonly Span[]): Focus {
  const topics = new Set<string>();
  const words = new Set<string>();
  for (const cue of threadCues(text, signals, sentences)) {
    if (cue.topic) topics.add(cue.topic);
    for (const subject of cue.subjects()) for (const word of [subject.head, ...subject.modifiers]) words.add(word);
  }
  return { topics, words };
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The parts of an earlier message that could speak of the focus: paragraphs naming one of its
 * words or items. The rest is not read, so a long quoted thread costs little when it says nothing
 * about what the reply is about.
 */
export function relevantParagraphs(text: string, focus: Focus, profile: Profile): Span[] {
  const named = findMentions(text, profile).filter((m) => focus.topics.has(m.itemId));
  const spans: Span[] = [];
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const span = { start: paragraph.index, end: paragraph.index + paragraph[0].length };
    const words = [...paragraph[0].matchAll(WORD)].some((w) => focus.words.has(stem(w[0])));
    if (words || named.some((m) => m.start >= span.start && m.end <= span.end)) spans.push(span);
  }
  return spans;
}
