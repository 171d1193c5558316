// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readDraftText } from './text-map';

function editor(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div id="e" contenteditable="true">${html}</div>`, 'text/html');
  document.body.replaceChildren(document.importNode(parsed.getElementById('e')!, true));
  return document.getElementById('e')!;
}

describe('readDraftText', () => {
  it.each([
    ['plain text', 'We ship today.', 'We ship today.'],
    ['blocks become lines', '<div>One.</div><div>Two.</div>', 'One.\nTwo.'],
    ['an empty line is kept', '<div>One.</div><div><br></div><div>Two.</div>', 'One.\n\nTwo.'],
    ['br breaks a line', 'One.<br>Two.', 'One.\nTwo.'],
    ['inline formatting adds nothing', 'Ship <b>the <i>new</i> app</b> now.', 'Ship the new app now.'],
    ['nbsp reads as a space', 'no\u00a0rush', 'no rush'],
    ['source line breaks read as spaces', 'no\nrush', 'no rush'],
    ['trailing empty lines are dropped', '<div>Hi</div><div><br></div><div><br></div>', 'Hi'],
    ['styles and scripts are not words', '<style>p{}</style>Hi<script>x</script>', 'Hi'],
  ])('%s', (_name, html, text) => {
    expect(readDraftText(editor(html)).text).toBe(text);
  });

  it('leaves out skipped subtrees wherever they sit', () => {
    const e = editor('<div>Mine.</div><div class="sig">ASAP always</div><div>Also mine.</div>');
    const draft = readDraftText(e, { skip: (el) => el.classList.contains('sig') });
    expect(draft.text).toBe('Mine.\nAlso mine.');
    expect(draft.skippedChars).toBe('ASAP always'.length);
  });

  it('stops at the start of quoted history, nested or not', () => {
    const e = editor('<div>Mine.</div><div><span>more</span><hr id="q"></div>tail text<div>quoted ASAP</div>');
    const draft = readDraftText(e, { stopAt: e.querySelector('#q') });
    expect(draft.text).toBe('Mine.\nmore');
    expect(draft.text).not.toContain('ASAP');
  });
});

describe('rangeFor', () => {
  it.each([
    ['inside one text node', 'Please ship it ASAP.', 'ASAP'],
    ['across inline elements', 'Ship the <b>new</b> app ASAP.', 'new app'],
    ['after a block break', '<div>Hi,</div><div>drop <i>everything</i> now</div>', 'drop everything'],
    ['after a skipped subtree', '<div>Hi</div><div class="sig">x</div><div>the redesign ASAP</div>', 'redesign'],
  ])('maps offsets back to the DOM %s', (_name, html, words) => {
    const e = editor(html);
    const draft = readDraftText(e, { skip: (el) => el.classList.contains('sig') });
    const start = draft.text.indexOf(words);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFor(draft, start, start + words.length, e.ownerDocument)!;
    expect(range.toString()).toBe(words);
  });

  it('returns null for an editor without text', () => {
    const e = editor('<br>');
    expect(rangeFor(readDraftText(e), 0, 0, e.ownerDocument)).toBeNull();
  });
});
