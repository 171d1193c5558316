/**
 * Marks the draft's words behind each finding with the CSS Custom Highlight API: the marks are
 * painted by the browser over the text and never enter the draft's DOM, so the site sees and
 * sends exactly what the writer typed. Where the API is missing, nothing is marked.
 */

export const HIGHLIGHT_NAME = 'consonant-finding';

interface HighlightApi {
  highlights: { set(name: string, value: unknown): void; delete(name: string): void };
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

export function createHighlighter(win: Window) {
  const api = (win as unknown as { CSS?: Partial<HighlightApi> }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  const byEditor = new Map<Element, Range[]>();
  const paint = () => {
    // Optional: Firefox before 140 and test DOMs have no highlight registry.
    if (!api?.highlights || !Highlight) return;
    const ranges = [...byEditor.values()].flat();
    if (ranges.length === 0) api.highlights.delete(HIGHLIGHT_NAME);
    else api.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  };
  return {
    set(editor: Element, ranges: Range[]) {
      if (ranges.length === 0) byEditor.delete(editor);
      else byEditor.set(editor, ranges);
      paint();
    },
    clear(editor: Element) {
      if (byEditor.delete(editor)) paint();
    },
  };
}
