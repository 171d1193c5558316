import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../profile';
import { relevantParagraphs } from './focus';

describe('relevantParagraphs', () => {
  const focus = { topics: new Set(['data-migration']), words: new Set(['board', 'deck']) };

  it('keeps the paragraphs that name a word of the reply subjects, in any form, or one of its profile items', () => {
    const text =
      'Lunch is at noon.\n\nNo rush on the Board Decks.\n\nThe warehouse migration is our top priority.\nIt ships in May.\n\nSee you.';
    expect(relevantParagraphs(text, focus, exampleProfile).map((s) => text.slice(s.start, s.end))).toEqual([
      'No rush on the Board Decks.',
      'The warehouse migration is our top priority.\nIt ships in May.',
    ]);
  });

  it('keeps nothing of a message about something else, so it is not read', () => {
    expect(relevantParagraphs('The offsite is in Lisbon.\n\nBring a jacket.', focus, exampleProfile)).toEqual([]);
  });
});
