/**
 * The quoted history of a reply as plain text, read from the editor's own markup, so the core can
 * compare the writer's new words with the earlier messages (lib/text/quoted-history.ts reads it).
 * Each site keeps its quote apart from the writer's words; these read that part, and only it.
 */
import { readDraftText } from './text-map';

/** Gmail's quote block: the attribution (`.gmail_attr`) and the quoted message, older quotes nested inside. */
const GMAIL_QUOTE = '.gmail_quote, .gmail_extra, blockquote[type="cite"]';

/**
 * Gmail: every outermost quote block in the editor, as text ("On … wrote:" and the message under
 * it). An inline reply whose quote Gmail keeps trimmed out of the editor answers the last message
 * shown above it in the conversation, so that message is read instead.
 */
export function readGmailQuote(body: Element): string {
  const blocks = [...body.querySelectorAll(GMAIL_QUOTE)].filter((el) => !el.parentElement?.closest(GMAIL_QUOTE));
  if (blocks.length > 0) return blocks.map((el) => readDraftText(el).text).join('\n\n');
  return readGmailMessageAbove(body);
}

/**
 * The conversation's messages (`div.adn`), each with its sender (`span.gD` with `name` and `email`),
 * its date (`span.g3`, the full date in `title`) and its text (`div.a3s`): the same classes Gmail
 * has used for years, and that mail extensions read.
 */
function readGmailMessageAbove(body: Element): string {
  // Optional: only an inline reply sits inside the conversation; a compose window does not.
  const conversation = body.closest('[role="main"]');
  if (!conversation) return '';
  const above = [...conversation.querySelectorAll('.adn')].filter(
    (m) => !m.contains(body) && (m.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  const message = above[above.length - 1];
  const text = message?.querySelector('.a3s');
  if (!message || !text) return '';
  const sender = message.querySelector('.gD');
  const name = sender?.getAttribute('name') ?? sender?.textContent?.trim() ?? '';
  const email = sender?.getAttribute('email');
  const dated = message.querySelector('.g3');
  const date = dated?.getAttribute('title') ?? dated?.textContent?.trim() ?? '';
  const who = [name, email ? `<${email}>` : ''].filter(Boolean).join(' ');
  // Without a sender the words still count, by an unknown writer.
  const header = who ? `On ${date ? `${date} ` : ''}${who} wrote:\n` : '';
  return `${header}${readDraftText(text)
    .text.split('\n')
    .map((l) => (header ? l : `> ${l}`))
    .join('\n')}`;
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
    for (
      let sibling: ChildNode | null = node === start ? node : node.nextSibling;
      sibling;
      sibling = sibling.nextSibling
    ) {
      if (sibling.nodeType === 1) parts.push(readDraftText(sibling as Element).text);
      else if (sibling.nodeType === 3) parts.push((sibling as Text).data);
    }
  }
  return parts.filter((p) => p.trim() !== '').join('\n');
}
