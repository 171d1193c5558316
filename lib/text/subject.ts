/** A reply or forward subject, with the prefixes Gmail and Outlook write in the languages they ship. */
export const REPLY_SUBJECT = /^\s*(re|aw|sv|vs|ref|r|fw|fwd|wg|tr|rv|enc|i)\s*:/i;

/** A subject line is one line; longer than this it is not a subject but a paste, and is cut. */
export const MAX_SUBJECT_CHARS = 500;

/**
 * The subject the writer typed, as one line, or null when there is none to read: empty, or a reply
 * or forward's ("Re: URGENT: …" repeats what someone else wrote, not what this writer says).
 */
export function typedSubject(subject: string | undefined): string | null {
  if (typeof subject !== 'string') return null;
  const line = subject.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  if (line === '' || REPLY_SUBJECT.test(line)) return null;
  return line.length > MAX_SUBJECT_CHARS ? line.slice(0, MAX_SUBJECT_CHARS) : line;
}

/** How a draft with a subject is read: the subject as its first line, a blank line apart, so it is a sentence of its own. */
export const subjectHead = (subject: string): string => `${subject}\n\n`;
