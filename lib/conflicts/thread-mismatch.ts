import type { Finding } from '../report';
import { shortDate } from '../text/quoted-history';
import { threadCues, type ThreadCue } from '../thread/cues';
import type { EarlierReading } from '../thread/read-earlier';
import { sameSubject, type Subject } from '../thread/subjects';
import { decisionEntry, findItem, priorityEntry, report } from './helpers';
import type { Rule } from './types';

/** Values that contradict each other on an axis: urgent against relaxed, top against not pursued, decided against open. */
const SIDE: Record<string, Record<string, string>> = {
  urgency: { urgent: 'urgent', relaxed: 'relaxed' },
  priority: { top: 'top', low: 'not-top', paused: 'not-top', dropped: 'not-top' },
  decision: { decided: 'decided', open: 'open', reopened: 'open' },
};

/** How a value reads after "that {subject} …" and "your reply says it …". */
const STATE: Record<string, string> = {
  urgent: 'is urgent',
  relaxed: 'can wait',
  top: 'is a top priority',
  low: 'is a low priority',
  paused: 'is paused',
  dropped: 'is dropped',
  decided: 'is decided',
  open: 'is not decided yet',
  reopened: 'is being reopened',
};

const side = (cue: ThreadCue) => SIDE[cue.signal.kind]?.[cue.signal.value];

interface Shared {
  /** How the message names the subject. */
  label: string;
  topic: string | null;
}

/** What two cues are both about: the same profile item, or a noun phrase both name. */
function shared(reply: ThreadCue, earlier: ThreadCue, itemLabel: (id: string) => string | undefined): Shared | null {
  if (reply.topic !== null && reply.topic === earlier.topic)
    return { label: itemLabel(reply.topic) ?? reply.topic, topic: reply.topic };
  for (const theirs of earlier.subjects()) {
    const ours = reply.subjects().find((s: Subject) => sameSubject(s, theirs));
    // The earlier writer's own words name it, unless the tagger cut them short ("the office" for "the office move").
    const fuller = ours && ours.head !== theirs.head && ours.modifiers.length > theirs.modifiers.length ? ours : theirs;
    if (ours)
      return { label: fuller.text.replace(/^(?:The|A|An|Our|This|That)\b/, (w) => w.toLowerCase()), topic: null };
  }
  return null;
}

/**
 * What the most recent earlier message that speaks of the subject on this axis says, when that
 * contradicts the reply; nothing when it agrees anywhere (the reply follows it) or only asks.
 */
function contradiction(
  reply: ThreadCue,
  thread: readonly EarlierReading[],
  itemLabel: (id: string) => string | undefined,
) {
  for (const message of thread) {
    const about = message.cues.flatMap((cue) => {
      if (cue.signal.kind !== reply.signal.kind) return [];
      const subject = shared(reply, cue, itemLabel);
      return subject ? [{ cue, subject }] : [];
    });
    if (about.length === 0) continue;
    const claims = about.filter((a) => a.cue.claim);
    // The earlier writer said the same thing somewhere (or asked about it): the reply follows them.
    if (claims.length === 0 || claims.some((a) => side(a.cue) === side(reply))) return null;
    return { message, ...claims[0]! };
  }
  return null;
}

export const threadMismatch: Rule = {
  id: 'thread-mismatch',
  severity: 'warning',
  meta: {
    description: "The reply's new words contradict what the quoted earlier message said about the same subject.",
    messages: {
      contradicts: {
        message: '{who} wrote{when} that {subject} {then}; your reply says it {now}.',
        suggestion:
          'If {subject} changed since then, say what changed and since when; otherwise ask {asked} before you send.',
      },
      contradictsUnknown: {
        message: 'An earlier message in this thread says that {subject} {then}; your reply says it {now}.',
        suggestion:
          'If {subject} changed since then, say what changed and since when; otherwise ask the earlier writer before you send.',
      },
    },
  },
  check(ctx) {
    if (ctx.thread.length === 0) return [];
    const itemLabel = (id: string) => {
      const found = findItem(ctx.profile, id);
      return found ? (found.kind === 'priority' ? found.item.name : found.item.topic) : undefined;
    };
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const cue of threadCues(ctx.text, ctx.signals, ctx.sentences)) {
      if (!cue.claim || !side(cue)) continue;
      const found = contradiction(cue, ctx.thread, itemLabel);
      if (!found) continue;
      // One finding per sentence and axis: "urgent, today" is one contradiction, not two.
      const key = `${cue.sentence.start}:${cue.signal.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { message, cue: earlier, subject } = found;
      const item = findItem(ctx.profile, subject.topic);
      const entry = item
        ? item.kind === 'priority'
          ? priorityEntry(ctx.profile, item.item)
          : decisionEntry(ctx.profile, item.item)
        : undefined;
      const date = shortDate(message.date);
      const words = message.text.slice(earlier.sentence.start, earlier.sentence.end).replace(/\s+/g, ' ').trim();
      findings.push({
        ...report(
          threadMismatch,
          ctx,
          message.author ? 'contradicts' : 'contradictsUnknown',
          { start: cue.signal.start, end: cue.signal.end, topic: subject.topic, ...(entry ? { entry } : {}) },
          {
            who: message.author ?? '',
            when: date ? ` on ${date}` : '',
            subject: subject.label,
            then: STATE[earlier.signal.value] ?? earlier.signal.value,
            now: STATE[cue.signal.value] ?? cue.signal.value,
            asked: message.author ?? '',
          },
        ),
        thread: { author: message.author, date: message.date, text: words },
      });
    }
    return findings;
  },
};
