/**
 * Reads the text of a rich-text editor as the writer sees it, with a map from every character
 * back to the DOM, so a finding's offsets become a Range (for the caret on Edit and highlights).
 * Subtrees the adapter marks as not the writer's words (quoted history, signatures) are skipped.
 */
import { BLOCK } from './block-tags';

/** A run of text that comes from one DOM text node. Line breaks between blocks map to no node. */
interface Segment {
  start: number;
  end: number;
  node: Text;
  /** Where the run begins inside `node`. */
  nodeOffset: number;
}

export interface DraftText {
  /** The writer's new words, blocks separated by line breaks, nbsp and source whitespace read as spaces. */
  text: string;
  segments: Segment[];
  /** How many characters of skipped subtrees (quoted history, signatures) were left out. */
  skippedChars: number;
  /** The quoted history the text leaves out, as plain text with its headers, for comparing the reply with it. */
  quoted?: string;
  /** The compose's subject line as typed, when it has a subject field (read by the mail adapter, not the editor). */
  subject?: string;
}

export interface ReadOptions {
  /** Subtrees that are not the writer's words wherever they sit (signatures, quote blocks). */
  skip?: (element: Element) => boolean;
  /** Where quoted history begins: this node and everything after it in the editor are left out. */
  stopAt?: Node | null;
}

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA']);

export function readDraftText(root: Element, options: ReadOptions = {}): DraftText {
  const skip = options.skip ?? (() => false);
  const stopAt = options.stopAt ?? null;
  let text = '';
  const segments: Segment[] = [];
  let skippedChars = 0;
  let stopped = false;
  const breakLine = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node) => {
    if (node === stopAt) stopped = true;
    if (stopped) {
      skippedChars += node.nodeType === 3 ? (node as Text).data.length : 0;
      if (node.nodeType === 1) skippedChars += (node as Element).textContent?.length ?? 0;
      return;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ start: text.length, end: text.length + data.length, node: node as Text, nodeOffset: 0 });
      // One character for one character, so offsets stay aligned with the DOM. Source line
      // breaks and tabs render as spaces outside <pre>; only blocks and <br> break lines.
      text += data.replace(/[\u00a0\t\n\r\f]/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (HIDDEN.has(element.tagName)) return;
    if (element !== root && skip(element)) {
      skippedChars += element.textContent?.length ?? 0;
      breakLine();
      return;
    }
    if (element.tagName === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCK.has(element.tagName);
    if (block) breakLine();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block && !stopped) breakLine();
  };
  visit(root);
  // Trailing line breaks carry no words; dropping them keeps offsets of everything else.
  text = text.replace(/\n+$/, '');
  return { text, segments, skippedChars };
}

/** The DOM position of a text offset: inside the text run that holds it, or the nearest one after. */
export function positionAt(draft: DraftText, offset: number): { node: Text; offset: number } | null {
  const { segments } = draft;
  if (segments.length === 0) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  const seg = segments[lo]!;
  if (offset < seg.start) return { node: seg.node, offset: seg.nodeOffset };
  return { node: seg.node, offset: seg.nodeOffset + Math.min(offset, seg.end) - seg.start };
}

/** A live Range over [start, end) of the draft text, or null when the text holds no nodes. */
export function rangeFor(draft: DraftText, start: number, end: number, doc: Document): Range | null {
  const from = positionAt(draft, start);
  const to = positionAt(draft, Math.max(start, end));
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
