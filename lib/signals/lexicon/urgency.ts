import type { LexiconRule } from './rule';

type Urgency = 'urgent' | 'relaxed';

/** Boilerplate that asks for speed without the writer meaning it (disclaimers, spam, notices). */
const boilerplate = '(intended recipient|received this (e-mail|email|message|communication|transmission)? in error|notify the sender|psychic|toll-free|free)';

export const urgencyRules: LexiconRule<Urgency>[] = [
  { match: '(asap|a.s.a.p.)', value: 'urgent', example: 'Please send the figures ASAP.', inConditional: true },
  { match: 'as soon as (possible|practicable|you can)', value: 'urgent', example: 'Let me know as soon as possible.', inConditional: true },
  { match: 'as (quickly|fast) as possible', value: 'urgent', example: 'We need to close this as quickly as possible.', inConditional: true },
  { match: '(urgent|urgently)', value: 'urgent', negated: 'relaxed', example: 'This is urgent.', inConditional: true },
  { match: 'not urgent', value: 'relaxed', example: 'This is not urgent.' },
  { match: '(immediately|immediate)', value: 'urgent', notIf: `(effective immediately|${boilerplate})`, example: 'Please call me immediately.', inConditional: true },
  { match: '(right away|right now|straight away)', value: 'urgent', example: 'Please fix it right away.', inConditional: true },
  { match: '(promptly|quickly)', value: 'urgent', example: 'Please approve these reports quickly.', inConditional: true },
  { match: 'at your earliest convenience', value: 'urgent', example: 'Please get back to me at your earliest convenience.', inConditional: true },
  { match: '(time-sensitive|time sensitive|time critical|time-critical)', value: 'urgent', negated: 'relaxed', example: 'This request is time-sensitive.' },
  { match: 'drop everything', value: 'urgent', example: 'Drop everything and look at this.' },
  { match: '(rush|rushed) (request|approval|order|job)', value: 'urgent', example: 'I had a rush approval on this list.' },
  { match: 'deadline is (fast|quickly)? approaching', value: 'urgent', example: 'The deadline is fast approaching.' },
  { match: '(running|run) out of time', value: 'urgent', example: 'We are running out of time to finalize the budget.' },
  { match: 'need this now', value: 'urgent', example: 'I need this now.' },

  { match: 'no (rush|hurry)', value: 'relaxed', example: 'No rush on this one.' },
  { match: "(there's|there is) no (rush|hurry)", value: 'relaxed', example: "There's no rush." },
  { match: "(don't|do not|dont) (rush|hurry)", value: 'relaxed', example: "Don't rush this." },
  { match: "(let's|lets|let us) not rush", value: 'relaxed', example: "Let's not rush the rollout." },
  { match: 'take your time', value: 'relaxed', example: 'Take your time with the review.' },
  { match: 'when you (get|have) a (chance|minute|moment|second)', value: 'relaxed', example: 'Call me when you get a chance.', inConditional: true },
  { match: 'when you (can|are able)', value: 'relaxed', example: 'Send it over when you can.' },
  { match: 'whenever (you|it|is|works)', value: 'relaxed', example: 'Whenever you have time is fine.' },
  { match: 'at your convenience', value: 'relaxed', example: 'Please review at your convenience.' },
  { match: 'can wait', value: 'relaxed', negated: 'urgent', example: 'This can wait until next week.' },
  { match: '(next week|next month|later|#WeekDay) (is|works) (fine|ok|okay)', value: 'relaxed', example: 'Next week is fine.' },
  { match: 'hold off', value: 'relaxed', example: 'Please hold off on any meetings until further notice.' },
  { match: 'slow down', value: 'relaxed', example: 'We should slow down here.' },
  { match: 'no (real)? (deadline|deadlines)', value: 'relaxed', example: 'I have no real deadlines.' },
  { match: 'deadline has been extended', value: 'relaxed', example: 'The deadline has been extended to Friday.' },
];
