import type { LexiconRule } from './rule';

type Decision = 'decided' | 'open' | 'reopened';

/** Verbs that state a choice has been made. */
const choiceMade = '(decided|agreed|elected|chosen|chose|selected|settled|determined)';

export const decisionRules: LexiconRule<Decision>[] = [
  {
    match: `(#Pronoun|#Noun) (have|has|had)? #Adverb? ${choiceMade} (to|that|on|upon|with)`,
    value: 'decided',
    negated: 'open',
    example: 'We have decided to go with Adyen.',
  },
  {
    match: `(it|this) (has|had)? (been|was) ${choiceMade}`,
    value: 'decided',
    negated: 'open',
    example: 'It has been decided that the team will move.',
  },
  {
    match: '(discussed|talked) and (decided|agreed)',
    value: 'decided',
    example: 'This confirms what we discussed and decided at the meeting.',
  },
  {
    match: '(decided|agreed) (to|on|upon)',
    value: 'decided',
    negated: 'open',
    example: 'The direction agreed to on the call.',
  },
  { match: '(can|will|do) agree to', value: 'decided', negated: 'open', example: "We can agree to Tiger's language." },
  {
    match: '(in agreement|our agreement was|it was agreed|we agreed|all agreed|have agreed)',
    value: 'decided',
    negated: 'open',
    example: 'EBS was in agreement that Stephen would remain.',
  },
  {
    match: '(decision|decisions) (was|has been|had been|were|have been|is) (made|reached|taken|final)',
    value: 'decided',
    negated: 'open',
    example: 'The decision was made by the committee.',
  },
  {
    match: '(this|that|the|a|their|his|her) decision (to|by|was|has)',
    value: 'decided',
    notIf: '(proposed|pending|await|awaiting|make|makes|making|reach|no|appeal|#Adjective) decision',
    example: 'The decision to go with Planners was made by the committee.',
  },
  {
    match: '(came|come|coming) to the conclusion',
    value: 'decided',
    example: 'We came to the conclusion that we must recombine the businesses.',
  },
  {
    match:
      '(was|were|has been|have been|is|are|got) #Adverb? (approved|signed off|finalized|confirmed|agreed|executed|settled|accepted|ratified|adopted)',
    value: 'decided',
    negated: 'open',
    notIf: '(when|once|after) #Noun+ (is|are|be) #Adverb? (approved|finalized|executed|signed)',
    example: 'Two proposals were approved.',
  },
  {
    match:
      '(has|have|had) #Adverb? (approved|elected|ratified|adopted|accepted|selected|appointed|named|signed off on)',
    value: 'decided',
    negated: 'open',
    example: 'The Board has elected Paula Rieker as corporate secretary.',
  },
  {
    match: '(approved|ratified) (last|this|yesterday|today|on|#Pronoun)',
    value: 'decided',
    negated: 'open',
    example: 'The rate increases approved last week.',
  },
  { match: '#Pronoun approved', value: 'decided', negated: 'open', example: 'You approved us two years ago.' },
  {
    match: 'approval (was|has been|is) (received|granted|given|obtained)',
    value: 'decided',
    example: 'Approval was received from the commission.',
  },
  {
    match: '(received|obtained|got) (the|their|our|final)? approval',
    value: 'decided',
    notIf: '(expected|to) (receive|obtain|get)',
    example: 'We received approval from the board.',
  },
  {
    match: '(is|are) (final|settled|locked in|a done deal)',
    value: 'decided',
    negated: 'open',
    example: 'The price is final.',
  },
  {
    match: '(#Pronoun|#Noun) (will|are going to|#Copula going to) go (ahead|forward)? with',
    value: 'decided',
    notIf: '(if|should we|do we|whether)',
    example: 'We will go with Adyen.',
  },
  {
    match: '#Pronoun #Copula #Adverb? going with',
    value: 'decided',
    notIf: '(if|should we|whether|are we|is it)',
    example: "We're going with Adyen for payments.",
  },
  {
    match: 'go (forward|ahead) with',
    value: 'decided',
    notIf: '(if|should we|do we|whether)',
    example: 'We have decided to go forward with the event.',
  },
  {
    match: '(entered into|signed|executed) (an|the|a|this) (agreement|contract|deal|amendment)',
    value: 'decided',
    example: 'Enron and UBS have entered into an agreement.',
  },
  {
    match: '(announced|announce|announces) (an|the|a) (agreement|deal|decision)',
    value: 'decided',
    example: 'We announced an agreement to sell PGE.',
  },
  {
    match: '(pleased|happy|proud) to announce',
    value: 'decided',
    example: 'I am pleased to announce the following changes.',
  },
  {
    match: 'effective immediately',
    value: 'decided',
    notIf: '(resignation|you can)',
    example: 'Effective immediately, Dan Leff will assume leadership.',
  },
  { match: '(locked in|signed off)', value: 'decided', negated: 'open', example: 'The scope is locked in.' },
  {
    match: 'under the (new|terms of the)? agreement',
    value: 'decided',
    example: 'Under the new agreement, MCI will provide long distance services.',
  },
  { match: 'confirmed (list|schedule|plan|date)', value: 'decided', example: 'Below is the confirmed list of offers.' },
  {
    match: 'executed and (sent|returned|delivered)',
    value: 'decided',
    example: 'The amendment was executed and sent by fax.',
  },
  {
    match: '(i|we|#Noun) (have|has) no (interest|intention|plans) (in|to|of)',
    value: 'decided',
    example: 'I have no interest in the JPM product.',
  },
  {
    match:
      '(would be|will be|am|are|is) (delighted|happy|glad|pleased|honored) to (participate|accept|join|attend|chair|take part)',
    value: 'decided',
    example: 'He said that he would be delighted to participate.',
  },
  { match: 'decided', value: 'decided', negated: 'open', example: 'It is decided.' },

  {
    match:
      '(still|remains|remain) #Adverb? (open|undecided|unresolved|under discussion|under review|pending|up in the air|not resolved|not decided|not final|not finalized)',
    value: 'open',
    notIf: '(office|offices|store|position|positions|door|line|enrollment|window) #Copula? (still|remains)? open',
    example: 'The pricing question is still open.',
  },
  {
    match:
      '(is|are) #Adverb? (undecided|unresolved|under discussion|up in the air|not resolved|not decided|not final|not finalized)',
    value: 'open',
    example: 'The issue of how to execute the swaps is still not resolved.',
  },
  {
    match: '(question|issue|decision|choice|matter) (is|remains) open',
    value: 'open',
    example: 'The vendor question is open.',
  },
  {
    match: '(tbd|tba|to be determined|to be decided|undecided|up in the air|unresolved)',
    value: 'open',
    example: 'The launch date is TBD.',
  },
  {
    match:
      '(pending|awaiting|await|awaits|await) (#Determiner|#Possessive)? (approval|decision|review|signature|your|their|board)',
    value: 'open',
    example: 'The contract is pending approval.',
  },
  {
    match: 'under (discussion|review|consideration|negotiation)',
    value: 'open',
    example: 'The proposal is under review.',
  },
  {
    match: '(still|#Pronoun #Copula) #Adverb? (deciding|debating|weighing|discussing|figuring out)',
    value: 'open',
    notIf: '(if|whether) #Pronoun #Copula',
    example: "We're still deciding on the payments vendor.",
  },
  {
    match:
      '(have not|has not|had not|not yet|yet to|not been) #Adverb? (decided|decide|made a decision|been decided|been approved|been finalized|finalized|resolved|elected|agreed|approved|signed)',
    value: 'open',
    example: "We haven't decided yet.",
  },
  { match: 'no (final)? decision', value: 'open', example: 'No decision has been made.' },
  { match: 'decision (making|process)', value: 'open', example: 'We are going through this decision making process.' },
  {
    match: '(will|to|before|#Pronoun|should) #Adverb? (decide|make a decision|make the decision|reach a decision|vote)',
    value: 'open',
    notIf: 'hard to decide',
    example: "We'll decide next week.",
  },
  {
    match: '(make|reach|makes|made) (a|the|our|their) decision',
    value: 'open',
    notIf: '#Copula (made|reached)',
    example: 'The customer will make a decision by next week.',
  },
  {
    match: '(decision|decisions) will be made',
    value: 'open',
    example: 'Hopefully, decisions will be made by Monday.',
  },
  {
    match: '(await|awaiting|awaits|need|needs|want|expect) (our|your|a|the|their) decision',
    value: 'open',
    example: 'He is awaiting our decision.',
  },
  {
    match: '(is|are|am|been|might|may|could|should) #Adverb? (considering|consider|weighing|evaluating|exploring)',
    value: 'open',
    notIf: '(not ready to consider|be considered as)',
    example: 'Sanjiv asked Ken to be on the board and he is considering.',
  },
  {
    match: '(need|needs|continue|continues|want|wants|asked) to (consider|evaluate|weigh)',
    value: 'open',
    example: 'We continue to consider every option available to us.',
  },
  {
    match: '(options|alternatives) (that|which)? (we|they|you) (are|were) (considering|weighing)',
    value: 'open',
    example: 'This is one of several options that we are considering.',
  },
  {
    match: '(propose|proposes|proposing|proposed)',
    value: 'open',
    example: 'I propose a refresher course in our values.',
  },
  {
    match: '(proposal|proposals)',
    value: 'open',
    weak: true,
    notIf: '(requests for proposals|request for proposal|rfp)',
    example: 'Here is my proposal for a definition of Delivery Point.',
  },
  {
    match: '(i|we) #Adverb? (would)? (suggest|recommend|are suggesting|am suggesting|are recommending)',
    value: 'open',
    notIf: '(suggest|recommend) (that you|you|#Gerund)',
    example: 'We are suggesting that your priorities be used.',
  },
  {
    match: '(my|our|the|#Possessive) (recommendation|suggestion)',
    value: 'open',
    example: 'My recommendation is that we play it safe.',
  },
  {
    match:
      '(draft|redline|redlined|revised) of (the|a|an|this|our|their)? (agreement|contract|amendment|master|confirmation|term sheet|plan|budget)',
    value: 'open',
    weak: true,
    notIf: 'final draft',
    example: 'Attached is a draft of the agreement.',
  },
  {
    match: '(draft|redlined|revised) (agreement|contract|amendment|master|confirmation|term sheet|plan|budget)',
    value: 'open',
    weak: true,
    example: 'Attached is a redlined revised agreement.',
  },
  {
    match: '(have|get) (it|them|this|these|those)? signed',
    value: 'open',
    // "we've signed", "they have signed": the perfect tense reports a signature, it asks for none
    notIf: '(i|we|they|you|he|she|#ProperNoun|#Noun) #Adverb? (have|has|had) #Adverb? signed',
    example: 'Please print and have signed.',
  },
  {
    match: 'for #Possessive? (review|approval|consideration|signature|sign off|comments)',
    value: 'open',
    example: 'Attached is a draft for your review.',
  },
  {
    match: '(will|to) be #Adverb? (reviewed|discussed|evaluated|voted on|decided|determined|finalized|approved)',
    value: 'open',
    example: 'The projections will be reviewed by senior management this week.',
  },
  {
    match:
      '(require|requires|required|seek|seeking|receive|obtain|obtaining|get|need|needs|subject to) (the|your|their|our|final|formal|board|court|regulatory)? approval',
    value: 'open',
    example: 'This review process will require approval of the committee.',
  },
  {
    match: '(require|requires|required|seek|seeking|receive|obtain|obtaining|get|need|needs|subject to) #Noun approval',
    value: 'open',
    example: 'Dividend payouts will be subject to CPUC approval.',
  },
  {
    match:
      '(require|requires|required|seek|seeking|receive|obtain|obtaining|get|need|needs|subject to) #Noun #Noun approval',
    value: 'open',
    example: 'We will cooperate to get FERC ALJ approval of the settlement.',
  },
  {
    match: '(responsible for|authority to) #Adverb? (approving|approve|deciding|decide)',
    value: 'open',
    example: 'They will be responsible for approving our plan.',
  },
  { match: 'approval authority', value: 'open', example: 'The city has approval authority.' },
  { match: 'please (approve|sign|confirm|decide)', value: 'open', example: 'Please approve these expense reports.' },
  {
    match: 'whether #Noun+? (approve|agree|accept)',
    value: 'open',
    example: 'Make sure whether you approve it or not.',
    inConditional: true,
  },
  {
    match:
      '(let me know|advise|tell me) (if|whether) (you|we|i) #Adverb? (agree|approve|would|want|prefer|should|are interested|need)',
    value: 'open',
    inConditional: true,
    example: 'Let me know if you agree.',
  },
  { match: 'if you agree', value: 'open', inConditional: true, example: 'If you agree, we will unwind the deals.' },
  {
    match: '(i|we) (think|feel|believe) (that)? we (should|need to|might|may want to|ought to)',
    value: 'open',
    example: 'I think we should look into having Frank focus on prompt month only.',
  },
  {
    match:
      '(need|needs) to (be)? #Adverb? (agree|agreed|decide|decided|finalize|finalized|approve|approved|resolve|resolved)',
    value: 'open',
    example: 'Preparations need to be finalized.',
  },
  { match: 'time to finalize', value: 'open', example: 'We are running out of time to finalize the budget.' },
  {
    match:
      '(do|should|shall|can) (we|you|i) #Adverb? (want|need)? to? (go|proceed|revise|move|talk|meet|accept|approve|sign)',
    value: 'open',
    inQuestion: true,
    example: 'Do we want to revise their Master Agreement?',
  },
  {
    match: '^(do|should|shall) (we|you|i) #Noun? (want|need|prefer) to',
    value: 'open',
    inQuestion: true,
    example: 'Do you guys want to talk to him first?',
  },
  {
    match: 'we should (plan|look into|be prepared|consider|go|move|proceed|wait|try|discuss)',
    value: 'open',
    example: 'For now, we should plan on signing the note by fax.',
  },
  {
    match: '(would like|want|wants|need|needs|hope|plan|plans) to (execute|sign|finalize|approve|close|agree)',
    value: 'open',
    example: 'We would like to execute this agreement as soon as possible.',
  },
  {
    match:
      '(when|once|after|until) (your|the|this|our|their|my|an|a) #Noun+ (is|are|has been|have been) #Adverb? (finalized|approved|signed|executed|agreed)',
    value: 'open',
    inConditional: true,
    example: 'When your agreement is finalized, please send a copy.',
  },
  {
    match: '(develop|reach|build|find) (a|some)? consensus',
    value: 'open',
    example: 'The staff will try to develop a consensus on the agreement.',
  },
  {
    match:
      '(#ProperNoun|proposals|proposal|it|they|plan|option|options|offer|bid|motion|amendment) (was|were|has been|have been) #Adverb? (rejected|turned down|voted down)',
    value: 'decided',
    example: 'Both proposals were rejected.',
  },
  {
    // An option named at the start of its sentence ("Stripe was rejected."): compromise tags a
    // capitalised first word as a plain noun, not a proper one.
    match: '^#Noun (was|were|has been|have been) #Adverb? (rejected|turned down|voted down)',
    value: 'decided',
    example: 'Arcturus was rejected.',
  },
  {
    match: '(holding|hold|in|continuing) (discussions|talks|negotiations)',
    value: 'open',
    example: 'The companies are holding discussions about a possible merger.',
  },
  { match: 'not sure (what|whether|how|if) to', value: 'open', example: 'I am not sure what to do about these books.' },
  {
    match: '(either|whether) to #Verb',
    value: 'open',
    example: 'We will make a decision to either move ahead or delay again.',
  },
  {
    match: '(if|whether) (i|we) (should|need to) #Adverb? (have|take|do|go|use|proceed|change|try)',
    value: 'open',
    inConditional: true,
    example: 'Let me know if I should have done it differently.',
  },
  {
    match: '(might|may|would) be worth',
    value: 'open',
    example: 'It might be worth it to appoint a QI to hold the LCs.',
  },
  {
    match: 'to either #Verb',
    value: 'open',
    example: 'The plan has been to either roll it into Phase VI or to build it separately.',
  },
  {
    match: '(lets|need to|want to|we should) (meet|discuss|talk)',
    value: 'open',
    example: 'We need to meet with Sally again to discuss it.',
  },
  { match: 'let us (meet|discuss|talk)', value: 'open', example: "Let's discuss as soon as possible." },
  {
    match: '(if|as) (we|you) (wish|see fit)',
    value: 'open',
    inConditional: true,
    example: 'We can then terminate (if we wish) once Harry has reviewed it.',
  },
  {
    match: '(get|need|obtain|have) (buy in|buy-in|sign off|sign-off|signoff)',
    value: 'open',
    inConditional: true,
    example: 'We can finish today if we can get buy in on the change.',
  },
  {
    match:
      '(need|needs|want|awaiting|await) your #Adjective? (review|approval|sign-off|input|decision|go-ahead|ok|okay)',
    value: 'open',
    example: 'We need your final review on the budget.',
  },
  { match: 'you might (consider|want to)', value: 'open', example: 'There are two other hotels you might consider.' },

  {
    match:
      '(revisit|revisiting|reconsider|reconsidering|reopen|reopening|rethink|rethinking|re-open|re-think|re-consider)',
    value: 'reopened',
    example: 'We need to revisit the decision on the vendor.',
  },
  { match: 'back on the table', value: 'reopened', example: 'The Stripe option is back on the table.' },
  {
    match: '(appeal|appeals|appealing|challenge|challenging|overturn) (of|to|against)? * decision',
    value: 'reopened',
    example: "Attached is a draft of an appeal of the commission's decision.",
  },
  {
    match: '(consider|look at|explore) (other|alternative) (options|alternatives|vendors|approaches)',
    value: 'reopened',
    example: 'We may have to seriously consider other options.',
  },
];
