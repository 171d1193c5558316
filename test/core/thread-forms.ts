/**
 * A reply and the earlier message it quotes, written out in each form mail clients use, so one
 * table of replies runs through every quoting form.
 */
export type QuoteForm = 'on-wrote' | 'original-message' | 'underscore-block' | 'page';

export const QUOTE_FORMS: readonly QuoteForm[] = ['on-wrote', 'original-message', 'underscore-block', 'page'];

export interface Earlier {
  author: string;
  address: string;
  /** As Gmail writes it in an attribution: "Mon, Nov 23, 2026 at 9:14 AM". */
  date: string;
  text: string;
}

/** Outlook writes the same moment as "Monday, November 23, 2026 9:14 AM". */
function outlookDate(date: string): string {
  const days: Record<string, string> = {
    Mon: 'Monday',
    Tue: 'Tuesday',
    Wed: 'Wednesday',
    Thu: 'Thursday',
    Fri: 'Friday',
    Sat: 'Saturday',
    Sun: 'Sunday',
  };
  const months: Record<string, string> = {
    Jan: 'January',
    Feb: 'February',
    Mar: 'March',
    Apr: 'April',
    May: 'May',
    Jun: 'June',
    Jul: 'July',
    Aug: 'August',
    Sep: 'September',
    Oct: 'October',
    Nov: 'November',
    Dec: 'December',
  };
  const m = date.match(/^(\w{3}), (\w{3}) (\d{1,2}), (\d{4}) at (.+)$/);
  return m ? `${days[m[1]!] ?? m[1]}, ${months[m[2]!] ?? m[2]} ${m[3]}, ${m[4]} ${m[5]}` : date;
}

/**
 * The whole reply as the checker receives it: the text, and for `page` the quote block the page
 * holds apart from the writer's words (as the Gmail and Outlook adapters read it).
 */
export function writeReply(form: QuoteForm, reply: string, earlier: Earlier): { text: string; quoted?: string } {
  const header = (rule: string) =>
    `${rule}From: ${earlier.author} <${earlier.address}>\nSent: ${outlookDate(earlier.date)}\nTo: Platform leads <leads@example.com>\nSubject: RE: Weekly update\n\n${earlier.text}\n`;
  switch (form) {
    case 'on-wrote':
      return {
        text: `${reply}\n\nOn ${earlier.date} ${earlier.author} <${earlier.address}> wrote:\n${earlier.text
          .split('\n')
          .map((l) => `> ${l}`.trimEnd())
          .join('\n')}\n`,
      };
    case 'original-message':
      return { text: `${reply}\n\n${header('-----Original Message-----\n')}` };
    case 'underscore-block':
      return { text: `${reply}\n\n${header('________________________________\n')}` };
    case 'page':
      return {
        text: reply,
        quoted: `On ${earlier.date} ${earlier.author} <${earlier.address}> wrote:\n${earlier.text}`,
      };
  }
}
