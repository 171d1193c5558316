import type { LexiconRule } from './rule';

type Urgency = 'urgent' | 'relaxed';

/** Boilerplate that asks for speed without the writer meaning it (disclaimers, automated notices). */
const boilerplate = '(intended recipient|in error|notify the sender|sender immediately|password|psychic)';

export const urgencyRules: LexiconRule<Urgency>[] = [
  { match: '(asap|a.s.a.p.)', value: 'urgent', example: 'Please send the figures ASAP.', inConditional: true },
  {
    match: 'as soon as (possible|practicable|you can|feasible)',
    value: 'urgent',
    notIf: 'would call back',
    example: 'Let me know as soon as possible.',
    inConditional: true,
  },
  {
    match: 'as (quickly|fast|promptly) as (possible|you can)',
    value: 'urgent',
    example: 'We need to close this as quickly as possible.',
    inConditional: true,
  },
  { match: '(urgent|urgently)', value: 'urgent', negated: 'relaxed', example: 'This is urgent.', inConditional: true },
  { match: 'not (urgent|pressing)', value: 'relaxed', example: 'This is not urgent.' },
  {
    match: 'immediately',
    value: 'urgent',
    notIf: [
      'effective immediately',
      'immediately (following|after|before|prior)',
      '(they|he|she|it|which|who) (will|would) immediately',
      '(thank you|thanks) for',
      boilerplate,
    ],
    requiresRequest: true,
    example: 'Please call me immediately.',
    inConditional: true,
  },
  {
    match: 'immediate (action|response|reply|answer|feedback|help|review|turnaround)',
    value: 'urgent',
    requiresRequest: true,
    example: 'This needs your immediate response.',
    inConditional: true,
  },
  {
    match: 'immediate attention',
    value: 'urgent',
    example: 'Your immediate attention to this matter is appreciated.',
    inConditional: true,
  },
  {
    match: '(right away|straight away|right now)',
    value: 'urgent',
    requiresRequest: true,
    notIf: '(for|as of) right now',
    example: 'Please fix it right away.',
    inConditional: true,
  },
  {
    match: '(promptly|quickly)',
    value: 'urgent',
    requiresRequest: true,
    notIf: ['(so quickly|how quickly|fast approaching|too soon|as soon as #Pronoun)', '(thank you|thanks) for'],
    example: 'Please approve these reports quickly.',
    inConditional: true,
  },
  {
    match: 'at your earliest (convenience|opportunity)',
    value: 'urgent',
    example: 'Please get back to me at your earliest convenience.',
    inConditional: true,
  },
  {
    match: '(time-sensitive|time sensitive|time critical|time-critical)',
    value: 'urgent',
    negated: 'relaxed',
    example: 'This request is time-sensitive.',
  },
  { match: 'drop everything', value: 'urgent', example: 'Drop everything and look at this.' },
  {
    match: '(rush|rushed) (request|approval|order|job)',
    value: 'urgent',
    example: 'I had a rush approval on this list.',
  },
  {
    match: '(deadline|deadlines) * is? (fast|quickly|rapidly)? approaching',
    value: 'urgent',
    example: 'The deadline for reservations is fast approaching.',
  },
  { match: '(fast|quickly|rapidly) approaching', value: 'urgent', example: 'We are quickly approaching the deadline.' },
  {
    match: '(meet|make) (this|the|that|our) deadline',
    value: 'urgent',
    example: 'It is critical that we work together to meet this deadline.',
  },
  { match: 'on deadline', value: 'urgent', example: 'These reporters are on deadline tonight.' },
  {
    match: '(running|run|ran) out of time',
    value: 'urgent',
    example: 'We are running out of time to finalize the budget.',
  },
  {
    match: '(time frame|timeframe|timeline|window|turnaround) (is|are) #Adverb? (short|tight)',
    value: 'urgent',
    example: 'My time frame is short here.',
  },
  { match: '(need|needs|needed) (this|it|them) (now|today|tonight)', value: 'urgent', example: 'I need this now.' },
  {
    match: '(#Imperative|#Infinitive) (it|this|them)? now',
    value: 'urgent',
    requiresRequest: true,
    notIf: '(right now|for now|by now|until now|now that|just now)',
    example: 'Please book it now.',
  },
  {
    match: '(getting|filling|fill) (filled|up)? quickly',
    value: 'urgent',
    example: 'The best days are getting filled quickly.',
  },
  {
    match: '(dont|not) hesitate',
    value: 'urgent',
    notIf: '(questions|question|assistance|help|further)',
    example: "Don't hesitate, hit reply.",
  },

  { match: 'no (rush|hurry)', value: 'relaxed', example: 'No rush on this one.' },
  { match: '(not|never|dont) (rush|hurry)', value: 'relaxed', example: "Don't rush this." },
  { match: 'no need to (rush|hurry)', value: 'relaxed', example: "There's no need to rush." },
  { match: 'take your time', value: 'relaxed', example: 'Take your time with the review.' },
  {
    match: 'when you (get|have|find) a (chance|minute|moment|second)',
    value: 'relaxed',
    example: 'Call me when you get a chance.',
    inConditional: true,
  },
  {
    match: 'when you have a chance to',
    value: 'relaxed',
    example: 'Let me know when you have a chance to start working on it.',
    inConditional: true,
  },
  {
    match: 'if you get (the|a) chance',
    value: 'relaxed',
    example: 'If you get the chance to stop by, that would help.',
    inConditional: true,
  },
  {
    match: 'when you (can|are able|have time|get time|get around to it)',
    value: 'relaxed',
    example: 'Send it over when you can.',
  },
  {
    match: 'whenever (you|it) (can|have|get|like|want|are|is)',
    value: 'relaxed',
    example: 'Come and see us whenever you can.',
  },
  {
    match: 'whenever (is|works) (good|fine|best|convenient)',
    value: 'relaxed',
    example: 'Whenever works best for you.',
  },
  { match: 'at your (convenience|leisure)', value: 'relaxed', example: 'Please review at your convenience.' },
  { match: '(can|could) wait', value: 'relaxed', negated: 'urgent', example: 'This can wait until next week.' },
  {
    match: '(next week|next month|later|#WeekDay) (is|works) (fine|ok|okay)',
    value: 'relaxed',
    example: 'Next week is fine.',
  },
  { match: '(hold|holding) off', value: 'relaxed', example: 'Please hold off on any meetings until further notice.' },
  { match: '(slow|slowing) down', value: 'relaxed', example: 'We should slow down here.' },
  { match: 'no (real|hard|firm)? (deadline|deadlines)', value: 'relaxed', example: 'I have no real deadlines.' },
  {
    match: '(deadline|deadlines) (has|have) been (extended|pushed back|moved out)',
    value: 'relaxed',
    example: 'The deadline has been extended to Friday.',
  },
  {
    match: '(buying|buy|give|gives) (us)? (a couple of|a few|some) (more)? (weeks|days|months) (of time)?',
    value: 'relaxed',
    example: 'Buying a couple of weeks of time is the right thing to do.',
  },
];
