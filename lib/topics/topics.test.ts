import { describe, expect, it } from 'vitest';
import { exampleProfile, type Profile } from '../profile';
import type { Signal } from '../report';
import { attributeTopics, joinWrapped } from './attribute';
import { compileTopics, findMentions } from './mentions';
import { stem } from '../text/stem';

/** The example profile with two decisions whose options are actions, as real teams write them. */
const optionsProfile: Profile = {
  ...exampleProfile,
  priorities: [],
  decisions: [
    {
      id: 'stock-match',
      topic: 'Employee stock match',
      aliases: [],
      status: 'decided',
      outcome: 'Match in stock',
      rejected: ['Match in cash'],
    },
    {
      id: 'exec-committee',
      topic: 'Executive Committee',
      aliases: [],
      status: 'decided',
      outcome: 'Keep the Executive Committee',
      rejected: ['Discontinue the Executive Committee'],
    },
    {
      id: 'houston-plant',
      topic: 'Houston plant',
      aliases: [],
      status: 'decided',
      outcome: 'Keep the Houston plant',
      rejected: ['Sell the Houston plant', 'Terminate the Navajo contract'],
    },
    {
      id: 'weekend-support',
      topic: 'Weekend support',
      aliases: [],
      status: 'decided',
      outcome: 'Keep weekend support in-house',
      rejected: ['Outsource weekend support'],
    },
  ],
};

function mentions(text: string): string[] {
  return findMentions(text, exampleProfile).map(
    (m) => `${m.itemId}${m.role === 'name' ? '' : `/${m.role}`}: ${m.text}`,
  );
}

describe('findMentions', () => {
  it.each([
    ['case-insensitive', 'CHECKOUT is down', ['checkout: CHECKOUT']],
    ['plural possessive', "the dashboards' owners", ["internal-dashboards: dashboards'"]],
    ['singular possessive', "checkout's error rate", ["checkout: checkout's"]],
    ['curly apostrophe', 'checkout’s error rate', ['checkout: checkout’s']],
    ['multi-word name across a line break', 'the data\nmigration plan', ['data-migration: data\nmigration']],
    ['the longest name wins', 'the mobile app redesign', ['mobile-redesign: mobile app redesign']],
    ['word boundaries: no "app" in "happy", no "crypto" in "cryptography"', 'happy cryptography redesigned', []],
    ['plural of a name', 'two PSPs', ['vendor: PSPs']],
    ['a capitalised hyphen compound is another name', 'RTO-West and the RTO', ['office-return: RTO']],
    ['a lower-case hyphen compound still names the item', 'checkout-related bugs', ['checkout: checkout']],
    ['rejected options and outcomes', 'Stripe or Adyen?', ['vendor/rejected: Stripe', 'vendor/outcome: Adyen']],
    ["an option's possessive", "Stripe's fees", ["vendor/rejected: Stripe's"]],
    ['an option is a proper name: no plural, no lower case', 'stripes and a stripe', []],
    ['a multi-word option in any case', 'FIVE OFFICE DAYS A WEEK', ['office-return/rejected: FIVE OFFICE DAYS A WEEK']],
    ['several names in order', 'checkout, then the partner API', ['checkout: checkout', 'partner-api: partner API']],
  ])('%s', (_, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    [
      'an option by stem: "matched" for "Match"',
      'Contributions will be matched in cash rather than Enron stock.',
      ['stock-match/rejected: matched in cash'],
    ],
    [
      'the outcome by stem, and the rejected option not spread across it',
      'Contributions will be matched in stock rather than cash.',
      ['stock-match/outcome: matched in stock'],
    ],
    [
      'the closer of two options sharing a word wins',
      'We match in stock, not cash.',
      ['stock-match/outcome: match in stock'],
    ],
    ['small words left out, order free', 'Cash matching starts in January.', ['stock-match/rejected: Cash matching']],
    [
      'a verb in another form',
      'We are discontinuing the Executive Committee.',
      ['exec-committee/rejected: discontinuing the Executive Committee'],
    ],
    [
      'the words in another order',
      'The Executive Committee will be discontinued.',
      ['exec-committee/rejected: Executive Committee will be discontinued'],
    ],
    [
      'an option wins over a name inside it',
      'the discontinuation of the Executive Committee',
      ['exec-committee/rejected: discontinuation of the Executive Committee'],
    ],
    [
      'the name alone when no option is there',
      'The Executive Committee meets on Monday.',
      ['exec-committee: Executive Committee'],
    ],
    ['not across a sentence end', 'We matched the offer. Cash is tight.', []],
    ['not spread too far', 'We will match every new hire and pay the signing bonus in cash.', []],
    ['one content word is not the option', 'We keep some cash in reserve.', []],
    [
      'a passive whose subject keeps its modifiers',
      'From March, weekend support for the Leeds and York stores will be outsourced.',
      ['weekend-support/rejected: weekend support for the Leeds and York stores will be outsourced'],
    ],
    [
      'the same past a named item',
      'The Executive Committee of the old holding company was quietly discontinued.',
      ['exec-committee/rejected: Executive Committee of the old holding company was quietly discontinued'],
    ],
    [
      'not when the verb is active',
      'Weekend support at the two Leeds stores now uses a rota we outsourced.',
      ['weekend-support: Weekend support'],
    ],
    [
      'not when the verb belongs to another clause',
      'Weekend support for the stores that were outsourced stays with us.',
      ['weekend-support: Weekend support'],
    ],
    [
      'not past a passive subject of more than six more words',
      'Weekend support for the big new Leeds and York stores in the north will be outsourced.',
      ['weekend-support: Weekend support'],
    ],
    [
      'an act written as its noun',
      'The sale of the Houston plant closes in May.',
      ['houston-plant/rejected: sale of the Houston plant'],
    ],
    [
      'an act written as a noun in front',
      'The Houston plant sale is back on the table.',
      ['houston-plant/rejected: Houston plant sale'],
    ],
    [
      'a noun of action by its suffix',
      'We expect termination of the Navajo contract this week.',
      ['houston-plant/rejected: termination of the Navajo contract'],
    ],
    ['not a word that only looks like the noun', 'Sales at the Houston plant rose.', ['houston-plant: Houston plant']],
    ['not a noun that names a thing rather than the act', 'The terms of the Navajo contract are fixed.', []],
  ])('options by meaning: %s', (_, text, expected) => {
    expect(
      findMentions(text, optionsProfile).map((m) => `${m.itemId}${m.role === 'name' ? '' : `/${m.role}`}: ${m.text}`),
    ).toEqual(expected);
  });

  it.each([
    ['match', ['match', 'matches', 'matched', 'matching']],
    ['discontinu', ['discontinue', 'discontinues', 'discontinued', 'discontinuing', 'discontinuation']],
    ['offic', ['office', 'offices', "office's"]],
    ['stop', ['stop', 'stops', 'stopped', 'stopping']],
    ['call', ['call', 'called', 'calling']],
    ['speed', ['speed', 'speeds']],
    ['company', ['company', 'companies']],
    ['add', ['add', 'adds', 'added', 'adding']],
  ])('stems to %s: %j', (expected, words) => {
    expect(words.map(stem)).toEqual(words.map(() => expected));
  });

  it('compiles the names once per profile object', () => {
    expect(compileTopics(exampleProfile)).toBe(compileTopics(exampleProfile));
    expect(compileTopics(structuredClone(exampleProfile))).not.toBe(compileTopics(exampleProfile));
  });
});

function cue(text: string, words: string, sentences: { start: number; end: number }[]): Signal {
  const start = text.indexOf(words);
  const sentence = sentences.find((s) => s.start <= start && start < s.end)!;
  return {
    kind: 'urgency',
    value: 'urgent',
    start,
    end: start + words.length,
    text: words,
    topic: null,
    rule: 'test',
    sentence,
  };
}

/** Sentences split at end punctuation and, like a hard-wrapped email, at line breaks. */
function sentencesOf(text: string) {
  return [...text.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function topicOf(text: string, words: string): string | null {
  const sentences = sentencesOf(text);
  const signal = cue(text, words, sentences);
  return attributeTopics(text, [signal], joinWrapped(text, sentences), findMentions(text, exampleProfile))[0]!.topic;
}

describe('attributeTopics', () => {
  it.each([
    ['the name in the sentence', 'The redesign is urgent.', 'urgent', 'mobile-redesign'],
    ['the nearest of several names', 'Checkout is urgent, the dashboards can wait.', 'can wait', 'internal-dashboards'],
    [
      'a name in the same clause beats a nearer one across a comma',
      'For the dashboards there is no rush, checkout first.',
      'no rush',
      'internal-dashboards',
    ],
    ['carried by "it"', 'Checkout failed twice. It needs a fix ASAP.', 'ASAP', 'checkout'],
    ['carried by "that decision"', 'The RTO memo is out. Please reopen that decision.', 'reopen', 'office-return'],
    ['carried across a chain of references', 'Checkout failed. It is bad. This is urgent.', 'urgent', 'checkout'],
    ['not carried without a reference', 'Checkout failed. Lunch is urgent.', 'urgent', null],
    ['carried by a bare "this" as the subject', 'Checkout failed twice. This needs a fix today.', 'today', 'checkout'],
    [
      'not carried by "this" before another noun',
      'Checkout failed twice. Send the notes to this group today.',
      'today',
      null,
    ],
    ['not carried past an unrelated sentence', 'Checkout failed. Lunch is at noon. It is urgent.', 'urgent', null],
    ['an option stands for its decision', 'We are going with Stripe, urgently.', 'urgently', 'vendor'],
    ['nothing named', 'Please reply urgently.', 'urgently', null],
    [
      'a request to the reader that names nothing goes to the one item the draft names',
      'We are still mapping the dashboards data model. Please let me know ASAP.',
      'ASAP',
      'internal-dashboards',
    ],
    [
      'not when the draft names two items',
      'Checkout failed and the dashboards are late. Please let me know ASAP.',
      'ASAP',
      null,
    ],
    [
      'not a sentence that asks nothing of the reader',
      'We are still mapping the dashboards data model. Quarter end is fast approaching.',
      'fast approaching',
      null,
    ],
    [
      'the subject, not what an aside names',
      'The dashboards, unlike checkout, can wait.',
      'can wait',
      'internal-dashboards',
    ],
    [
      'the subject, not an aside that sets another item aside',
      'Checkout, not the dashboards, is urgent.',
      'urgent',
      'checkout',
    ],
    [
      'a name in the cue’s own clause still wins',
      'The dashboards can wait, unlike checkout.',
      'can wait',
      'internal-dashboards',
    ],
    [
      'an aside alone is still what the sentence names',
      'Sadly, unlike checkout, this can wait.',
      'can wait',
      'checkout',
    ],
    [
      'a reference back to the subject, not to the aside',
      'The dashboards, unlike checkout, are behind. It can wait.',
      'can wait',
      'internal-dashboards',
    ],
    ['a lone flag labels the rest of its line', 'URGENT!!! Mobile redesign mockups', 'URGENT', 'mobile-redesign'],
    ['not the next line', 'URGENT!!!\nMobile redesign mockups are attached.', 'URGENT', null],
    ['not when the flag is part of a sentence', 'Lunch is URGENT! Mobile redesign next.', 'URGENT', null],
    [
      'a sentence split by a hard line wrap',
      'The dashboards are now urgent: can you\nget the view done by EOD today?',
      'by EOD today',
      'internal-dashboards',
    ],
  ])('%s', (_, text, words, expected) => {
    expect(topicOf(text, words)).toBe(expected);
  });
});

describe('findMentions with a large profile', () => {
  /** `count` priorities that share their first words, as an export of workstreams would. */
  function large(count: number, extra: Partial<Profile['priorities'][number]> = {}): Profile {
    const priorities = Array.from({ length: count }, (_, i) => ({
      id: `stream-${i}`,
      name: `Workstream number ${i}`,
      aliases: [`ws ${i}`],
      status: 'active' as const,
    }));
    return {
      ...exampleProfile,
      priorities: [
        ...exampleProfile.priorities,
        ...priorities,
        { id: 'extra', name: 'Extra', aliases: [], status: 'active', ...extra },
      ],
    };
  }

  it('matches 20,000 names (more than one pattern can hold) and a 16,000-character alias', () => {
    const alias = 'long '.repeat(3_200).trim();
    const profile = large(20_000, { aliases: [alias] });
    const text = `The mobile redesign and workstream number 19999, then ${alias}.`;
    expect(findMentions(text, profile).map((m) => m.itemId)).toEqual(['mobile-redesign', 'stream-19999', 'extra']);
  });

  it('finds the longest name among thousands that share their first words', () => {
    const profile = large(5_000);
    expect(
      findMentions('Workstream number 4999 and workstream number 49, and WS 7.', profile).map(
        (m) => `${m.itemId}: ${m.text}`,
      ),
    ).toEqual(['stream-4999: Workstream number 4999', 'stream-49: workstream number 49', 'stream-7: WS 7']);
  });
});
