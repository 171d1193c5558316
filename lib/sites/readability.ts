import { Readability } from '@mozilla/readability';
import { BLOCK } from './block-tags';

/**
 * Text of an element with a line break at every block boundary. Readability's own textContent
 * runs a heading into the paragraph after it, which would make one "sentence" of both.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The page's main text as Readability sees it, or null when it finds no article. Readability
 * rewrites the document it is given, so it reads a clone and the page stays untouched.
 */
export function articleText(doc: Document): { title: string; text: string } | null {
  let parsed;
  try {
    const clone = doc.cloneNode(true) as Document;
    parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, charThreshold: 200 }).parse();
  } catch {
    // Readability throws on some odd documents (no body, framesets); the caller falls back to body text.
    return null;
  }
  if (!parsed?.content) return null;
  return { title: parsed.title ?? '', text: blockText(parsed.content) };
}
