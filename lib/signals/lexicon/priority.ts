import type { LexiconRule } from './rule';

type Priority = 'top' | 'low' | 'paused' | 'dropped';

/** Meetings, calls and events being moved or cancelled are logistics, not the standing of work. */
const logistics = '(meeting|meetings|call|lunch|dinner|class|party|session|appointment|conference call|flight|reservation|trip|interview)';

export const priorityRules: LexiconRule<Priority>[] = [
  { match: '(top|highest|high|first|number one|#1|main|key) priority', value: 'top', negated: 'low', example: 'Checkout is our top priority.' },
  { match: 'priority (#1|number one|one|1)', value: 'top', example: 'Documentation is priority number one.' },
  { match: '(be|is|are|as) a priority', value: 'top', negated: 'low', example: 'Traded transportation should be a priority.' },
  { match: '(make|made|making) #Noun+? a priority', value: 'top', example: 'Make the SAP assignment a priority.' },
  { match: 'must be our priority', value: 'top', example: 'This must be our priority.' },
  { match: '(p0|p1)', value: 'top', example: 'This bug is P0.' },
  { match: 'most (important|critical|pressing)', value: 'top', example: 'The most critical issue for us is item 2.' },
  { match: 'it is (absolutely|very|extremely)? (critical|essential|vital|imperative|crucial) (that|to|for)', value: 'top', example: 'It is critical that we work together.' },
  { match: "(it's|it is) (very|extremely)? important (that|to|we)", value: 'top', example: 'It is important that we plan carefully.' },
  { match: '(is|are|be|remains) (absolutely|very|extremely)? (critical|essential|vital|crucial) (to|for)', value: 'top', example: 'Your assistance is critical to our success.' },
  { match: '(critical|important|key) first step', value: 'top', example: 'This will be the critical first step.' },
  { match: 'an important step', value: 'top', example: 'This simulation is an important step towards relaunch.' },
  { match: '(our|the) (main|primary|first|top) (focus|priority|concern)', value: 'top', example: 'Our main focus is cash flow.' },
  { match: '(focus|focused|concentrate) on', value: 'top', notIf: '(not|no longer) (focus|focused|concentrate)', example: 'The main areas to focus on are the integration plans.' },
  { match: '(focus|focused) (remains|is) on', value: 'top', example: 'Our focus remains on credit quality.' },
  { match: 'critical path', value: 'top', notIf: '(diagram|chart|schedule)', example: 'The vendor contract is on the critical path.' },
  { match: 'top of (the|my|your|our) list', value: 'top', negated: 'low', example: "It's at the top of my list." },

  { match: '(low|lower|lowest) priority', value: 'low', example: 'The EDI work is now a lower priority.' },
  { match: '(not|no longer) a? priority', value: 'low', example: 'It is no longer a priority.' },
  { match: 'nice to have', value: 'low', example: 'The dark mode is a nice to have.' },
  { match: '(back burner|backburner|backlog)', value: 'low', example: 'Put the reporting work on the back burner.' },
  { match: '(deprioritize|deprioritized|de-prioritize|de-prioritized)', value: 'low', example: 'We deprioritized the redesign.' },
  { match: 'not (a|our)? focus', value: 'low', example: 'Mobile is not a focus this quarter.' },
  { match: 'not important', value: 'low', example: 'The names of the companies are not important.' },
  { match: "(don't|do not) worry about (it|this|that)", value: 'low', example: "Don't worry about it for now." },
  { match: 'is optional', value: 'low', example: 'The second report is optional.' },

  { match: '(on hold|on ice)', value: 'paused', notIf: logistics, example: 'The project is on hold.' },
  { match: '(paused|pausing|suspend|suspended|suspending|postpone|postponed|postponing|defer|deferred|shelve|shelved|parked|frozen)', value: 'paused', notIf: logistics, example: 'Enron has suspended the ClickAtHome program.' },
  { match: '(have|has|been) (delayed|put off)', value: 'paused', notIf: logistics, example: 'Software changes have been delayed.' },
  { match: '(freeze|freezing) on', value: 'paused', example: 'There is a hiring freeze on the team.' },
  { match: 'no longer accept', value: 'paused', example: 'The program will no longer accept new participants.' },

  { match: '(cancel|cancelled|canceled|cancelling|canceling|cancellation)', value: 'dropped', notIf: logistics, example: 'The maintenance contract has been cancelled.' },
  { match: '(terminate|terminated|terminates|terminating|termination)', value: 'dropped', notIf: '(terminate trades|procedure|if #Noun terminates)', example: 'The agreement will be terminated by APS.' },
  { match: '(discontinue|discontinued|discontinuing)', value: 'dropped', example: 'Enron will discontinue subsidized Internet service.' },
  { match: '(abandon|abandoned|scrap|scrapped|killed|kill|sunset|sunsetting|decommission|decommissioned)', value: 'dropped', example: 'Dynegy abandoned a plan to buy Enron.' },
  { match: 'no longer (pursue|pursuing|support|supporting|applies|apply|offer|offering)', value: 'dropped', example: 'We will no longer support these address formats.' },
];
