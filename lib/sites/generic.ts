/**
 * Any page: what the writer means by "this page". A selection wins, then the editor that has
 * focus (a textarea, a contenteditable, a rich editor — also inside a same-origin iframe, as
 * TinyMCE and CKEditor 4 use), and otherwise the page's main text through Readability.
 * Runs inside the page (injected on demand), so it reads the DOM and nothing else.
 */
import { articleText } from './readability';

/** A page can be huge; the check reads this many characters and says so. */
export const PAGE_TEXT_CAP = 60_000;

export type PageSource = 'selection' | 'editor' | 'article' | 'page';

export interface PageText {
  source: PageSource;
  /** Which editor held the text (ProseMirror, CKEditor, Quill, TinyMCE, textarea…), if any. */
  editor: string | null;
  title: string;
  text: string;
  /** Characters before the cap; larger than `text.length` when the page was cut. */
  totalChars: number;
  capped: boolean;
}

const RICH_EDITORS: [selector: string, name: string][] = [
  ['.ProseMirror', 'ProseMirror'],
  ['.ck-editor__editable, .cke_editable', 'CKEditor'],
  ['.ql-editor', 'Quill'],
  ['.mce-content-body, body#tinymce', 'TinyMCE'],
  ['.public-DraftEditor-content', 'Draft.js'],
  ['[data-slate-editor]', 'Slate'],
  ['[data-lexical-editor]', 'Lexical'],
];

export function editorName(element: Element): string {
  if (element.tagName === 'TEXTAREA') return 'textarea';
  for (const [selector, name] of RICH_EDITORS) if (element.closest(selector)) return name;
  return 'contenteditable';
}

function isEditable(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.isContentEditable) return true;
  // happy-dom and some editors' shadow hosts do not compute isContentEditable; the attribute is the truth.
  const host = element.closest('[contenteditable]');
  return host !== null && host.getAttribute('contenteditable') !== 'false';
}

/** The outermost editable ancestor: the editor's root, not the paragraph the caret is in. */
function editingHost(element: Element): Element {
  let host = element;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const attr = node.getAttribute('contenteditable');
    if (attr === 'false') break;
    if (attr !== null || (node as HTMLElement).isContentEditable) host = node;
  }
  return host;
}

function visibleText(element: Element): string {
  const html = element as HTMLElement;
  // innerText keeps the line breaks a reader sees between blocks; textContent is the fallback.
  const text =
    typeof html.innerText === 'string' && html.innerText.length > 0 ? html.innerText : (element.textContent ?? '');
  return text.replace(/\u00a0/g, ' ');
}

/** The element that has focus, following same-origin iframes (a TinyMCE body lives in one). */
export function focusedElement(doc: Document): { element: Element; doc: Document } | null {
  let current = doc;
  for (let depth = 0; depth < 5; depth++) {
    const active = current.activeElement;
    if (!active || active === current.body || active === current.documentElement) {
      // An iframe document in design mode or with an editable body focuses the body itself.
      if (active && depth > 0 && isEditable(active)) return { element: active, doc: current };
      return null;
    }
    if (active.tagName === 'IFRAME') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        // A cross-origin frame cannot be read from here; fall back to the page's own text.
      }
      if (!inner) return null;
      current = inner;
      continue;
    }
    return { element: active, doc: current };
  }
  return null;
}

function selectionIn(doc: Document, focused: Element | null): string {
  if (focused && focused.tagName === 'TEXTAREA') {
    const area = focused as HTMLTextAreaElement;
    const { selectionStart, selectionEnd, value } = area;
    return selectionStart !== selectionEnd ? value.slice(selectionStart, selectionEnd) : '';
  }
  return doc.getSelection?.()?.toString() ?? '';
}

/** What the editor with focus holds, or null when nothing editable has focus. */
export function focusedEditorText(doc: Document): { editor: string; text: string; selection: string } | null {
  const focus = focusedElement(doc);
  if (!focus) return null;
  const { element } = focus;
  if (element.tagName === 'TEXTAREA') {
    return {
      editor: 'textarea',
      text: (element as HTMLTextAreaElement).value,
      selection: selectionIn(focus.doc, element),
    };
  }
  if (!isEditable(element)) return null;
  const host = editingHost(element);
  return { editor: editorName(host), text: visibleText(host), selection: selectionIn(focus.doc, element) };
}

function cap(text: string, max: number): { text: string; totalChars: number; capped: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= max) return { text: trimmed, totalChars: trimmed.length, capped: false };
  // Cut at the last sentence or line end before the cap so no sentence is read half.
  const head = trimmed.slice(0, max);
  const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  return { text: head.slice(0, cut > max * 0.8 ? cut + 1 : max).trimEnd(), totalChars: trimmed.length, capped: true };
}

/** Everything "Check this page" reads from a document, decided in the order the writer expects. */
export function extractPageText(doc: Document, max = PAGE_TEXT_CAP): PageText {
  const title = doc.title ?? '';
  const editor = focusedEditorText(doc);
  const selection = editor ? editor.selection : (doc.getSelection?.()?.toString() ?? '');
  if (selection.trim()) return { source: 'selection', editor: editor?.editor ?? null, title, ...cap(selection, max) };
  if (editor && editor.text.trim()) return { source: 'editor', editor: editor.editor, title, ...cap(editor.text, max) };
  const article = articleText(doc);
  if (article && article.text.trim())
    return { source: 'article', editor: null, title: article.title || title, ...cap(article.text, max) };
  return { source: 'page', editor: null, title, ...cap(doc.body ? visibleText(doc.body) : '', max) };
}
