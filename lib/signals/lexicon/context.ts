/** Words that negate the cue right after them ("not urgent", "no longer a priority", "isn't final"). */
export const negators = ['not', "n't", 'no longer', 'never', 'hardly', 'no', 'nothing'];

/** How many words may sit between a negator and the cue ("not yet really decided"). */
export const negationReach = 3;

/** How many words a negated verb of opinion reaches into its clause ("I don't think the Q3 migration is urgent"). */
export const raisedNegationReach = 8;

/** Words that open a condition; a cue inside the condition is not a claim ("if it's approved…"). */
export const conditionOpeners = ['if', 'unless', 'whether', 'in case', 'assuming', 'provided that', 'in the event'];

/** Words that end a clause, so a condition or negation before them does not reach the cue. */
export const clauseBreakers = [',', ';', ':', ' - ', '...', ' but ', ' and then ', ' then ', ' so ', ' because '];

/** A parenthesis ends the clause of a same-day word ("today (Houston time) to let me know"). */
export const clauseEnders = ['(', ')'];

/**
 * An embedded question asks about a cue rather than claiming it ("I don't know whether it is
 * urgent", "not sure if this is a priority"). "whether" always opens one; "if" does only after a
 * word of doubt or asking (`askingVerbs`), never in "let me know if you can …", which asks for
 * action. Decision cues keep their own rules: "let me know whether you approve" asks for a
 * decision, and that is open.
 */
export const embeddedQuestionOpeners = ['whether'];
export const askingVerbs = [
  'not know',
  "don't know",
  'don’t know',
  "doesn't know",
  "didn't know",
  'sure',
  'certain',
  'wonder',
  'wondering',
  'unclear',
  'ask',
  'asking',
  'asked',
];

/** A yes/no question about a state ("Is this urgent?", "Has it been approved?") asks, it does not claim. */
export const stateQuestionStarts = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did'];

/**
 * Marks of a sentence that asks for or needs something, in compromise match syntax. Speed words
 * ("immediately", "quickly", "today") only push for speed in such a sentence.
 * "please note / find attached / see below" only points at something.
 */
export const requestCues = [
  '#Imperative',
  '(critical|essential|important|imperative|vital) that',
  '(can|may|should|must|to) (submit|return|send|respond|reply|deliver|provide|complete|file|get back)',
  '(asked|asks|advises|advised|requested|requests|insists) that',
  '^(kindly|pls|plz)',
  'please !(note|find|see|read|be|refer|review|do|feel)',
  '(need|needs|needed|require|requires|required) (to|your|this|it|the|a|an|some|#Noun)?',
  '(must|have to|has to|got to)',
  '(would|will) like',
  '(want|wants|wanted) (you|to|this|it|them|us|the|these)',
  'let (me|us|them|him|her) know',
  '(can|could|would|will) you',
  '(i|we) (hope|am hoping|are hoping|expect|look forward)',
  "(let's|lets|let us)",
  '(try|want) to',
  '(have|has) until',
  '(working|move|moving|act|acting|resolve|respond|turn|get|fixed|approve|done|back) #Adverb? (quickly|promptly|immediately|today|tomorrow|tonight)',
  '(appreciate|appreciated|grateful|greatful)',
  '(deadline|deadlines|expires|expire|expiring)',
  '(#Copula|are|is) due',
  'due (by|on|today|tomorrow|tonight|#Date)',
  '(anxious|eager)',
  '^(call|contact|notify|email|e-mail|reply|respond|return|submit|send|advise|get|make|fax|forward|delete|act)',
];

/**
 * Stricter marks for a speed word's own clause: "Ted called me today to let me know" reports a
 * call, while "we need your review done today" asks for speed.
 */
export const clauseRequestCues = [
  '^#Imperative',
  '^(kindly|pls|plz)',
  'please !(note|find|see|read|be|refer|review|do|feel)',
  '(need|needs|needed|must|required|requires)',
  '(have to|has to|got to|have until|has until)',
  '(deadline|expires|expire|expiring)',
  '(#Copula|are|is) due',
  'due (by|on|today|tomorrow|tonight|#Date)',
  "(let's|lets|let us)",
  '(can|could|would|will) you',
  '(want|wants|would like) (you|to|this|it|them)',
  '^(let|have) (me|us)',
  '(try|hope|hoping) to',
  '^(call|contact|notify|email|e-mail|reply|respond|return|submit|send|fax|forward)',
  '(asked|asks|requested|requests) that',
  '(critical|essential|important|imperative|vital) that',
];
