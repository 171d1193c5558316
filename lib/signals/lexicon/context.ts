/** Words that negate the cue right after them ("not urgent", "no longer a priority", "isn't final"). */
export const negators = ['not', "n't", 'no longer', 'never', 'nor', 'hardly', 'no'];

/** How many words may sit between a negator and the cue ("not yet really decided"). */
export const negationReach = 3;

/** Words that open a condition; a cue inside the condition is not a claim ("if it's approved…"). */
export const conditionOpeners = ['if', 'unless', 'whether', 'in case', 'assuming', 'provided that', 'in the event'];

/** Words that end a clause, so a condition or negation before them does not reach the cue. */
export const clauseBreakers = [',', ';', ':', ' - ', ' but ', ' and then ', ' then ', ' so ', ' because '];

/** A yes/no question about a state ("Is this urgent?", "Has it been approved?") asks, it does not claim. */
export const stateQuestionStarts = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did'];
