/**
 * Reads the earlier messages out of a reply's quoted history, as mail clients write it in plain
 * text: an "On <date>, <name> <address> wrote:" attribution followed by `>` lines (or by the
 * message unprefixed, as a page's quote block reads), Outlook's "-----Original Message-----"
 * block, and the "________________________________ / From: / Sent: / To: / Subject:" header block.
 * A `>`-quoted message may quote older ones in turn; they follow it in the result.
 */

/** One earlier message of the thread: who wrote it, when, and its own words (without what it quotes). */
export interface EarlierMessage {
  /** The writer's name as the header gives it, else their address; null when the header names no one. */
  author: string | null;
  /** The date as the header writes it; null when it gives none. */
  date: string | null;
  text: string;
}

/** Older messages than this are too far from the reply to hold it to them. */
export const MAX_EARLIER_MESSAGES = 3;

const QUOTED = /^[ \t]*>[ \t]?/;
const ATTRIBUTION_START = /^[ \t]*On\s/i;
const WROTE = /\bwrote:\s*$/i;
const ORIGINAL = /^[ \t]*-{2,}\s*Original Message\s*-{2,}\s*$/i;
const RULE = /^[ \t]*_{8,}\s*$/;
const HEADER_FROM = /^[ \t]*\*?From:\*?\s+(.*\S)\s*$/i;
const HEADER_LINE = /^[ \t]*\*?(From|Sent|Date|To|Cc|Bcc|Subject|Importance):\*?(?:\s+(.*\S))?\s*$/i;
const FORWARDED = /^[ \t]*-{2,}\s*Forwarded message\s*-{2,}\s*$/i;
const SIGNATURE = /^-- ?$/;

interface Header {
  author: string | null;
  date: string | null;
  /** The line after the header, where the message's words begin. */
  next: number;
}

/** "Ana Ruiz <ana@example.com>", "\"Ruiz, Ana\" <ana@…>", "Ana Ruiz [mailto:ana@…]", "ana@example.com" → a name. */
export function personOf(from: string): string | null {
  const raw = from.trim();
  const bracket = raw.search(/\s*[<[]/);
  let name = (bracket >= 0 ? raw.slice(0, bracket) : raw).replace(/^["'“]|["'”]$/g, '').trim();
  const address = raw.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0] ?? null;
  if (name.includes('@')) name = '';
  // "Ruiz, Ana" is how Exchange directories write a name.
  const inverted = name.match(/^([^,]+),\s*([^,]+)$/);
  if (inverted) name = `${inverted[2]} ${inverted[1]}`;
  return name || address;
}

/** A date or time token: the last one ends the date part of an attribution. */
const DATE_END = /(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\b\d{4}\b)(?![\s\S]*(?:\d{1,2}:\d{2}|\b\d{4}\b))/;

/** "On Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:" → its date and writer. */
export function parseAttribution(line: string): { author: string | null; date: string | null } {
  const body = line
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^On\s+/i, '')
    .replace(/\s*wrote:\s*$/i, '');
  const angle = body.search(/\s*[<[][^<>[\]]*@/);
  const head = angle >= 0 ? body.slice(0, angle) : body;
  const address = angle >= 0 ? (body.slice(angle).match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0] ?? null) : null;
  const end = head.match(DATE_END);
  let date: string;
  let name: string;
  if (end && end.index !== undefined) {
    const cut = end.index + end[0].length;
    date = head.slice(0, cut);
    name = head.slice(cut);
  } else {
    // No time or year: "On Monday, Ana Ruiz wrote:" puts the writer after the last comma.
    const comma = head.lastIndexOf(',');
    date = comma >= 0 ? head.slice(0, comma) : '';
    name = comma >= 0 ? head.slice(comma + 1) : head;
  }
  name = name.replace(/^[\s,]+|[\s,]+$/g, '');
  date = date.replace(/^[\s,]+|[\s,]+$/g, '');
  return { author: (name && personOf(name)) || address, date: date || null };
}

/** The header that starts at line `i`, if one does. */
function headerAt(lines: readonly string[], i: number): Header | null {
  const line = lines[i]!;
  if (ATTRIBUTION_START.test(line)) {
    for (let j = i; j < Math.min(i + 3, lines.length); j++) {
      if (j > i && lines[j]!.trim() === '') break;
      if (WROTE.test(lines[j]!)) return { ...parseAttribution(lines.slice(i, j + 1).join(' ')), next: j + 1 };
    }
    return null;
  }
  const ruled = ORIGINAL.test(line) || RULE.test(line);
  const from = ruled ? i + 1 : i;
  // A rule or "Original Message" line may be followed by a blank line before From:.
  const first = ruled && lines[from]?.trim() === '' ? from + 1 : from;
  if (!HEADER_FROM.test(lines[first] ?? ''))
    return ruled && ORIGINAL.test(line) ? { author: null, date: null, next: i + 1 } : null;
  let author: string | null = null;
  let date: string | null = null;
  let j = first;
  let fields = 0;
  for (; j < lines.length; j++) {
    const field = lines[j]!.match(HEADER_LINE);
    if (!field) break;
    fields++;
    const key = field[1]!.toLowerCase();
    const value = field[2] ?? '';
    if (key === 'from') author = personOf(value);
    if ((key === 'sent' || key === 'date') && value) date = value;
  }
  // A lone "From:" line is a sentence, not a header: Outlook writes at least From: and Sent:/To:.
  if (fields < 2 && !ruled) return null;
  return { author, date, next: j };
}

function isHeader(lines: readonly string[], i: number): boolean {
  return headerAt(lines, i) !== null;
}

function clean(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/^\s*\n+|\s+$/g, '');
}

/** A message's own words stop at its signature or at a forwarded message inside it. */
function ownWords(lines: readonly string[]): string[] {
  const stop = lines.findIndex((l) => SIGNATURE.test(l) || FORWARDED.test(l));
  return stop >= 0 ? lines.slice(0, stop) : [...lines];
}

function parseLines(lines: readonly string[], from: number, out: EarlierMessage[], depth: number): void {
  if (depth > 10) return;
  let i = from;
  while (i < lines.length && out.length < MAX_EARLIER_MESSAGES) {
    const header = headerAt(lines, i);
    if (!header) {
      i++;
      continue;
    }
    let j = header.next;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j < lines.length && QUOTED.test(lines[j]!)) {
      // The message is the run of `>` lines; what it quotes in turn is one level deeper.
      let end = j;
      while (end < lines.length && (QUOTED.test(lines[end]!) || lines[end]!.trim() === '')) end++;
      const inner = lines.slice(j, end).map((l) => l.replace(QUOTED, ''));
      const nested = inner.findIndex((_, k) => isHeader(inner, k) || QUOTED.test(inner[k]!));
      const own = nested >= 0 ? inner.slice(0, nested) : inner;
      out.push({ author: header.author, date: header.date, text: clean(ownWords(own)) });
      if (nested >= 0) parseLines(inner, nested, out, depth + 1);
      i = end;
      continue;
    }
    // Unprefixed: the message runs to the next header.
    let end = j;
    while (end < lines.length && !isHeader(lines, end)) end++;
    out.push({ author: header.author, date: header.date, text: clean(ownWords(lines.slice(header.next, end))) });
    i = end;
  }
}

/**
 * The earlier messages quoted in `text`, the most recent first (at most MAX_EARLIER_MESSAGES).
 * `>` lines quoted without any header (answers written between quoted lines) count as one earlier
 * message by an unknown writer.
 */
export function parseQuotedHistory(text: string): EarlierMessage[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lines = text.split(/\r?\n/);
  const out: EarlierMessage[] = [];
  const first = lines.findIndex((_, i) => isHeader(lines, i));
  // `>` lines above the first header are quoted inline, without saying who wrote them.
  const inline = lines.slice(0, first >= 0 ? first : lines.length).filter((l) => QUOTED.test(l));
  if (inline.length > 0) out.push({ author: null, date: null, text: clean(inline.map((l) => l.replace(QUOTED, ''))) });
  if (first >= 0) parseLines(lines, first, out, 0);
  return out.filter((m) => m.text.length > 0).slice(0, MAX_EARLIER_MESSAGES);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** "Mon, Nov 23, 2026 at 9:14 AM" or "Monday, 23 November 2026 09:14" → "Nov 23"; other forms as written. */
export function shortDate(date: string | null): string | null {
  if (!date) return null;
  const named = date.match(MONTH);
  const cap = (m: string) => m[0]!.toUpperCase() + m.slice(1, 3).toLowerCase();
  if (named) return named[1] ? `${cap(named[1])} ${Number(named[2])}` : `${cap(named[4]!)} ${Number(named[3])}`;
  const iso = date.match(ISO);
  if (iso) {
    const month = MONTHS[Number(iso[2]) - 1];
    if (month) return `${cap(month)} ${Number(iso[3])}`;
  }
  return date.trim();
}
