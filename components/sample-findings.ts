import type { Finding } from '../lib/report';

/** Findings as checkDraft reports them, for component tests. */
export const paused: Finding = {
  rule: 'urgency-on-paused',
  severity: 'error',
  start: 28,
  end: 32,
  text: 'ASAP',
  topic: 'mobile-redesign',
  message: 'Mobile redesign is paused until Q2 (Ravi Shah), but the draft says “ASAP”.',
  suggestion: 'Say when it resumes instead of “ASAP”.',
  entry: {
    kind: 'priority',
    id: 'mobile-redesign',
    label: 'Mobile redesign',
    status: 'paused',
    owner: 'Ravi Shah',
    note: 'Paused until Q2 to free up checkout work',
    profileVersion: '2026-11-20.3',
    updatedAt: '2026-11-20T10:00:00Z',
    updatedBy: 'Ana Ruiz',
  },
};

export const avoid: Finding = {
  rule: 'avoid-phrase',
  severity: 'warning',
  start: 0,
  end: 10,
  text: 'fire drill',
  topic: null,
  message: 'Your team asks to avoid “fire drill”.',
  suggestion: 'Say a dated request with an owner.',
};

export const thread: Finding = {
  rule: 'thread-mismatch',
  severity: 'warning',
  start: 20,
  end: 33,
  text: 'by end of day',
  topic: null,
  message: 'Ana Ruiz wrote on Nov 23 that the board deck can wait; your reply says it is urgent.',
  suggestion:
    'If the board deck changed since then, say what changed and since when; otherwise ask Ana Ruiz before you send.',
  thread: {
    author: 'Ana Ruiz',
    date: 'Mon, Nov 23, 2026 at 9:14 AM',
    text: 'No rush on the board deck, next week is fine.',
  },
};
