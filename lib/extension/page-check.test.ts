import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerDocumentCheck } from './document-check-handler';
import { checkTab, describeInjectionError, extractFromTab, PageCheckError, targetTabId } from './page-check';

const page = {
  source: 'article',
  editor: null,
  title: 'Q4 update',
  text: 'The mobile redesign is our top priority.',
  totalChars: 41,
  capped: false,
};

function injectionReturns(result: unknown) {
  const spy = vi.fn().mockResolvedValue([{ frameId: 0, result }]);
  (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting.executeScript = spy;
  return spy;
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // The page's text is checked by the background, as in the extension.
  registerDocumentCheck();
});

describe('extractFromTab', () => {
  it('injects the extraction script into the tab and returns what it read', async () => {
    const spy = injectionReturns(page);
    await expect(extractFromTab(7)).resolves.toEqual(page);
    expect(spy).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/page-extract.js'] });
  });

  it.each([
    ['nothing', undefined],
    ['a wrong shape', { text: 3 }],
    ['an unknown source', { ...page, source: 'clipboard' }],
  ])('refuses %s from the page', async (_name, result) => {
    injectionReturns(result);
    await expect(extractFromTab(7)).rejects.toThrow(PageCheckError);
  });

  it.each([
    ['an empty page', ''],
    ['a page of blank space', ' \n\t '],
  ])('says there was nothing to check on %s, rather than reporting no conflicts', async (_name, text) => {
    injectionReturns({ ...page, source: 'page', text, totalChars: text.length });
    await expect(checkTab(7)).rejects.toThrow(
      /found no text to check on this page\. Select the words you want checked/,
    );
  });

  it('checks the extracted text against the profile', async () => {
    injectionReturns(page);
    const { report } = await checkTab(7);
    expect(report.findings.map((f) => f.rule)).toContain('priority-contradiction');
  });

  it.each([
    ['article', /but the page calls it/],
    ['page', /but the page calls it/],
    ['selection', /but the selection calls it/],
    ['editor', /but the draft calls it/],
  ])('names what it read (%s) in its messages', async (source, words) => {
    injectionReturns({ ...page, source });
    const { report } = await checkTab(7);
    expect(report.findings.find((f) => f.rule === 'priority-contradiction')?.message).toMatch(words);
  });
});

describe('describeInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', /browser does not let extensions read its own pages/],
    ['The extensions gallery cannot be scripted.', /browser does not let extensions read its own pages/],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      /has no access to it/,
    ],
    ['No tab with id: 9.', /tab is gone/],
    ['Something odd', /Something odd/],
  ])('%s', (raw, expected) => {
    const message = describeInjectionError(new Error(raw));
    expect(message).toMatch(/^Consonant can't read this page: /);
    expect(message).toMatch(expected);
  });
});

describe('targetTabId', () => {
  it.each([
    ['an explicit tab', '?tab=12', 12],
    ['the active tab when the parameter is not a tab id', '?tab=abc', 'active'],
    ['the active tab by default', '', 'active'],
  ])('picks %s', async (_name, search, expected) => {
    // fakeBrowser has no current window after reset; the query itself is what matters here.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 }] as never);
    await expect(targetTabId(search)).resolves.toBe(expected === 'active' ? 5 : expected);
    if (expected === 'active') expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});
