import type { Profile } from '../profile';
import type { Finding, Severity, Signal } from '../report';
import type { EarlierReading } from '../thread/read-earlier';
import type { Mention, Span } from '../topics';

/** What a check reads, in the words its messages use: "the draft says", "the document says". */
export type Medium = 'draft' | 'document' | 'page' | 'selection';

export interface RuleContext {
  /** The draft as analysed: quoted history and signatures blanked out, offsets unchanged. */
  text: string;
  profile: Profile;
  /** Signals with their topics attributed. */
  signals: readonly Signal[];
  sentences: readonly Span[];
  /** Every mention of a profile item, decision outcome or rejected option. */
  mentions: readonly Mention[];
  now: Date;
  /** When the profile last synced from its URL; null when it never came from one. */
  syncedAt: string | null;
  /** How many days without a sync make a profile stale. */
  staleAfterDays: number;
  /** The earlier messages the draft quotes, most recent first, read like the draft; empty for a new message. */
  thread: readonly EarlierReading[];
  /** What is being checked; messages are written for a draft and say this instead. */
  medium?: Medium;
}

export interface RuleMessage {
  message: string;
  suggestion: string;
}

/** A conflict rule, shaped like an ESLint rule: data in `meta`, logic in `check`. */
export interface Rule {
  id: string;
  severity: Severity;
  meta: {
    description: string;
    messages: Record<string, RuleMessage>;
  };
  check(ctx: RuleContext): Finding[];
}
