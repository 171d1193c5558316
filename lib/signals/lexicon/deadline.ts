/**
 * Words that make up a deadline ("by noon", "EOD tomorrow", "no later than COB Tuesday", "by 12/3").
 * A deadline counts as urgent when it falls within `urgentWithinWorkingDays` of the moment the
 * draft is checked.
 */
export const urgentWithinWorkingDays = 2;

/** Words that introduce a deadline: "by Friday", "before noon", "no later than 5 pm". */
export const deadlineLeads = [
  'by',
  'before',
  'until',
  'till',
  'no later than',
  'not later than',
  'due',
  'due by',
  'due on',
  'deadline is',
  'deadline of',
  'deadline',
  'on or before',
];

/**
 * Words that open a span of time counted from now: "within 24 hours", "in the next two days",
 * "over the coming week". The span's length, not a calendar day, says whether it presses.
 */
export const spanLeads = ['within', 'in the next', 'over the next', 'in the coming', 'in under', 'in less than'];

/** How many a counting word means, where a span gives a word for its number. */
export const spanCounts: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  'a couple of': 2,
  'couple of': 2,
  'a few': 3,
  few: 3,
};

/** Same-day points in time. */
export const sameDay = [
  'today',
  'tonight',
  'this afternoon',
  'this morning',
  'this evening',
  'noon',
  'midday',
  'eod',
  'e.o.d.',
  'cob',
  'c.o.b.',
  'end of day',
  'end of the day',
  'end of business',
  'close of business',
  'close of the day',
  'end of today',
  'the close today',
  'the close',
];

/** Next-day points in time. */
export const nextDay = [
  'tomorrow',
  'tomorrow morning',
  'tomorrow afternoon',
  'tomorrow night',
  'first thing tomorrow',
  'first thing in the morning',
];

export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const weekdayAbbreviations = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const monthAbbreviations = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Near times that only report an event, even in a sentence that asks for something. */
export const reportOnly = [
  'announced today',
  'said today',
  'learned today',
  'reported today',
  'today announced',
  'today said',
  'effective today',
  'effective tonight',
  'as of today',
  'earlier today',
  "today's",
  "tomorrow's",
  "tonight's",
  'meeting today',
  'call today',
  'meeting tomorrow',
  'call tomorrow',
];
