/**
 * The quoted history of a reply as plain text, read from the editor's own markup, so the core can
 * compare the writer's new words with the earlier messages (lib/text/quoted-history.ts reads it).
 * Each site keeps its quote apart from the writer's words; these read that part, and only it.
 */
import { readDraftText } from '../guard/text-map';

/** Gmail's quote block: the attribution (`.gmail_attr`) and the quoted message, older quotes nested inside. */
const GMAIL_QUOTE = '.gmail_quote, .gmail_extra, blockquote[type="cite"]';

/** Gmail: every outermost quote block in the editor, as text ("On … wrote:" and the message under it). */
export function readGmailQuote(body: Element): string {
  const blocks = [...body.querySelectorAll(GMAIL_QUOTE)].filter((el) => !el.parentElement?.closest(GMAIL_QUOTE));
  return blocks.map((el) => readDraftText(el).text).join('\n\n');
}

/**
 * Outlook: everything in the editor from the quote's first marker on (the header block with
 * From:/Sent:/To:/Subject:, then the message), as text.
 */
export function readOutlookQuote(body: Element, start: Element | null): string {
  if (!start || !body.contains(start)) return '';
  const parts: string[] = [];
  // The marker and what follows it at its own level, then at each level above it up to the editor.
  for (let node: Element | null = start; node && node !== body; node = node.parentElement) {
    for (let sibling: ChildNode | null = node === start ? node : node.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.nodeType === 1) parts.push(readDraftText(sibling as Element).text);
      else if (sibling.nodeType === 3) parts.push((sibling as Text).data);
    }
  }
  return parts.filter((p) => p.trim() !== '').join('\n');
}
