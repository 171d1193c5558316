import type { LexiconRule } from './rule';

type Priority = 'top' | 'low' | 'paused' | 'dropped';

/** Meetings, calls and trips being moved or cancelled are logistics, not the standing of work. */
const logisticsNoun =
  '(meeting|meetings|call|calls|lunch|luncheon|dinner|class|session|appointment|conference|flight|reservation|reservations|trip|interview|travel|game|order|tag|trading|delivery|deliveries)';
const changeVerb =
  '(cancel|cancelled|canceled|cancelling|canceling|postpone|postponed|postponing|suspend|suspended|suspending|defer|deferred|delay|delayed|terminate|terminated|reschedule|rescheduled|moved|move)';
/** The logistics word must be what is cancelled, not just somewhere in the sentence. */
const logistics = [
  `${logisticsNoun} #Adverb? (has|have|had|was|were|is|are|will|would|be|been|being|got)`,
  `${changeVerb} (#Determiner|#Possessive)? #Adjective? ${logisticsNoun}`,
  `(#Determiner|#Possessive) ${logisticsNoun} (#Adverb|#Preposition|#Noun)? ${changeVerb}`,
  `${changeVerb} (#Determiner|#Possessive)? #Noun ${logisticsNoun}`,
  `${changeVerb} from ${logisticsNoun}`,
  // "tomorrow's call" reads as a date followed by an implied "is".
  `${changeVerb} #Date #Copula #Noun? ${logisticsNoun}`,
];

/** Auxiliaries that make a past participle a statement about the work ("has been cancelled"). */
const perfectOrPassive = '(has|have|had|was|were|is|are|be|been|being|get|got) #Adverb?';

/** A passive that only says what may happen ("delivery may be delayed") is no statement about the work. */
const hypothetical = '(may|might|could) be';

/** Future or decided action on the work ("will terminate", "decided to cancel", "plan to shelve"). */
const futureAction =
  '(will|would|shall|decided to|decide to|going to|plan to|plans to|intend to|intends to|set to|is to|are to|appropriate that we|proceeding to) #Adverb?';

export const priorityRules: LexiconRule<Priority>[] = [
  {
    match: '(top|highest|high|first|number one|main|key|biggest|overriding) #Noun? priority',
    value: 'top',
    negated: 'low',
    notIf: '(message|messages|mail|e-mail|email)',
    example: 'Checkout is our top priority.',
  },
  // In match syntax '#1' would be a tag, and a regex inside an alternation never fires in a swept net, so "#1" gets its own rule.
  {
    match: '/^#1$/ #Noun? priority',
    value: 'top',
    negated: 'low',
    notIf: '(message|messages|mail|e-mail|email)',
    example: 'The blockchain pilot is our #1 priority.',
  },
  { match: 'priority (#1|#Value|number one|number 1)', value: 'top', example: 'Documentation is priority number one.' },
  {
    match: '(#Copula|be|become|becomes|remain|remains) (a|the|our|my|your) priority',
    value: 'top',
    negated: 'low',
    example: 'Traded transportation should be a priority.',
  },
  {
    match: '(make|made|making|makes) #Determiner? #Adjective? #Noun+ a priority',
    value: 'top',
    example: 'Make the SAP assignment a priority.',
  },
  { match: '(as|so) high a priority', value: 'top', example: 'Make innovation as high a priority as it is elsewhere.' },
  {
    match: '(importance|urgency) and priority',
    value: 'top',
    example: 'He understood the importance and priority of this effort.',
  },
  {
    match: 'priority (action|item|project|task|issue|account)',
    value: 'top',
    example: 'Everyone should facilitate this priority action item.',
  },
  { match: '(p0|p1)', value: 'top', example: 'This bug is P0.' },
  {
    match: 'most (important|critical|pressing|urgent)',
    value: 'top',
    notIf: 'most (important|critical) #Noun+ (that|which|one|this|we)',
    example: 'The most critical issue for us is item 2.',
  },
  {
    // a negated comparative ranks the work above all else
    match:
      '(nothing|none|no #Noun) (#Copula|matters|counts) #Adverb? (more|as) (important|critical|crucial|pressing|vital)? (than|as)',
    value: 'top',
    example: 'Nothing is more important than the checkout fix.',
  },
  {
    match:
      'it #Copula (absolutely|very|extremely|most)? (critical|essential|vital|imperative|crucial|important|paramount)',
    value: 'top',
    negated: 'low',
    example: 'It is critical that we work together.',
  },
  {
    // the same with "it is" left out, as notes and quick emails write it
    match: '^(absolutely|very|extremely)? (critical|essential|vital|imperative|crucial|paramount) (that|to #Verb)',
    value: 'top',
    example: 'Essential that we close the gap first.',
  },
  {
    match: '(#Copula|be|remain|remains) (absolutely|very|extremely)? (critical|essential|vital|crucial) (to|for)',
    value: 'top',
    example: 'Your assistance is critical to our success.',
  },
  {
    match: '(critical|important|key|essential) (first|next)? step',
    value: 'top',
    example: 'This will be the critical first step.',
  },
  {
    match: '(our|the|my|their) (main|primary|first|top|key|chief) (focus|priority|concern|objective|goal)',
    value: 'top',
    example: 'Our main focus is cash flow.',
  },
  {
    match: '(main|key|primary)? (areas|things|issues|items) to focus on',
    value: 'top',
    example: 'The main areas to focus on over the next week are these.',
  },
  {
    match: '(must|need to|needs to|have to|has to|will need to) (focus|concentrate) on',
    value: 'top',
    example: 'The analysis must focus on the allocation of rights.',
  },
  {
    match: '(focus|focused) (remains|is|will be|should be|must be) on',
    value: 'top',
    example: 'Our focus remains on credit quality.',
  },
  {
    match: 'with a focus on #Noun+ rather than',
    value: 'top',
    example: 'It will be run with a focus on cash flow rather than earnings.',
  },
  { match: '(on|is on) the critical path', value: 'top', example: 'The vendor contract is on the critical path.' },
  {
    match: 'at? the top of (the|my|your|our|his|her|their) (list|agenda)',
    value: 'top',
    negated: 'low',
    example: "It's at the top of my list.",
  },

  { match: '(low|lower|lowest) priority', value: 'low', example: 'The EDI work is now a lower priority.' },
  {
    match: '(not|no longer) (a|our|the|my)? (top|high)? priority',
    value: 'low',
    example: 'It is no longer a priority.',
  },
  { match: 'nice to have', value: 'low', example: 'The dark mode is a nice to have.' },
  { match: '(back burner|backburner|backlog)', value: 'low', example: 'Put the reporting work on the back burner.' },
  {
    match: '(deprioritize|deprioritized|deprioritizing|de-prioritize|de-prioritized)',
    value: 'low',
    example: 'We deprioritized the redesign.',
  },
  { match: 'not (a|our)? (focus|concern)', value: 'low', example: 'Mobile is not a focus this quarter.' },
  {
    match: '#Copula not (important|critical|essential)',
    value: 'low',
    example: 'The names of the companies are not important.',
  },
  { match: '(dont|not) worry about (it|this|that)', value: 'low', example: "Don't worry about it for now." },
  { match: '#Copula optional', value: 'low', example: 'The second report is optional.' },
  {
    match: 'if time (permits|would permit|allows)',
    value: 'low',
    example: 'If time would permit, negotiate the penalty language.',
    inConditional: true,
  },
  {
    match: 'bottom of (the|my|your|our) (list|pile)',
    value: 'low',
    notIf: '(list|pile) of',
    example: 'That can drop to the bottom of the list.',
  },

  { match: '(on hold|on ice)', value: 'paused', notIf: logistics, example: 'The project is on hold.' },
  {
    match: `${perfectOrPassive} (paused|suspended|postponed|deferred|shelved|parked|frozen|delayed|put off)`,
    value: 'paused',
    notIf: [...logistics, hypothetical],
    example: 'Software changes have been delayed.',
  },
  {
    match: `${futureAction} (pause|suspend|postpone|defer|shelve|park|freeze|delay)`,
    value: 'paused',
    notIf: ['defer to', ...logistics],
    example: 'We have decided to postpone the floor build out.',
  },
  {
    match: '#Noun (paused|suspended|postponed|shelved|parked|froze) (the|their|its|our|this|that|it|all)',
    value: 'paused',
    notIf: logistics,
    example: 'Enron has suspended the ClickAtHome program.',
  },
  {
    match: '(hold|holding|held) off on',
    value: 'paused',
    example: 'I have been advised to hold off on any meetings until further notice.',
  },
  {
    match: '(hiring|spending|budget|feature|code|headcount) freeze',
    value: 'paused',
    example: 'There is a hiring freeze on the team.',
  },
  {
    match: '(freeze|freezing) on (hiring|spending|new)',
    value: 'paused',
    example: 'We announced a freeze on new projects.',
  },
  {
    match: 'no longer (accept|accepting|take|taking) new',
    value: 'paused',
    example: 'The program will no longer accept new participants.',
  },
  {
    match: '(until further notice|indefinitely)',
    value: 'paused',
    notIf: '(effective|remain in effect)',
    example: 'The grants have been suspended indefinitely.',
  },
  {
    match: '(buying|buy) (us)? (a couple of|a few|some) (more)? (weeks|months) (of time)?',
    value: 'paused',
    example: 'Buying a couple of weeks of time is the right thing to do.',
  },

  {
    match: `${perfectOrPassive} (cancelled|canceled|terminated|discontinued|abandoned|scrapped|killed|decommissioned|sunset|sunsetted|eliminated)`,
    value: 'dropped',
    notIf: ['(employee|employees)', ...logistics, hypothetical],
    example: 'The maintenance contract has been cancelled.',
  },
  {
    match: `${futureAction} (cancel|terminate|discontinue|abandon|scrap|kill|decommission|sunset|eliminate|unwind)`,
    value: 'dropped',
    notIf: ['(right to|employment)', ...logistics],
    example: 'Enron will discontinue subsidized Internet service.',
  },
  {
    match:
      '(#Noun|#Adjective) (cancelled|canceled|terminated|discontinued|abandoned|scrapped|killed|terminates|cancels) (the|their|its|our|this|that|a|an|all)',
    value: 'dropped',
    notIf: ['employment', ...logistics],
    example: 'Dynegy abandoned a plan to buy Enron.',
  },
  {
    match: '(is|are|was|were) (terminating|cancelling|canceling|discontinuing|abandoning|scrapping|killing|dropping)',
    value: 'dropped',
    notIf: ['employment', ...logistics],
    example: 'Dynegy is terminating the merger agreement today.',
  },
  {
    match: 'no longer (pursue|pursuing|support|supporting|applies|apply|offer|offering|available|be offered)',
    value: 'dropped',
    example: 'We will no longer support these address formats.',
  },
  {
    match: '^(terminates|cancels|discontinues|terminate|cancel|discontinue) (the|all|this|our)',
    value: 'dropped',
    notIf: ['employment', ...logistics],
    example: 'Terminates the old master agreement.',
  },
  {
    match: '(approval|approved|authorized|permission|authority) * to (discontinue|cancel|terminate|suspend|abandon)',
    value: 'dropped',
    example: 'Approval was received to discontinue groundwater monitoring.',
  },
  {
    match: '(update|notice|announcement) (cancellation|termination) of',
    value: 'dropped',
    notIf: logistics,
    example: 'UPDATE Cancellation of the reporting project.',
  },
  {
    match: '^(cancellation|termination) of',
    value: 'dropped',
    notIf: logistics,
    example: 'Cancellation of the reporting project.',
  },
];
