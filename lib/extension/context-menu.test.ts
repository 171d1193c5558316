import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_ID, onMenuClick, readSelectionCheck, registerContextMenu } from './context-menu';

const scripting = () => (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('Check selection with Consonant', () => {
  const tab = {
    id: 3,
    title: 'Roadmap',
    index: 0,
    highlighted: true,
    active: true,
    pinned: false,
    incognito: false,
    windowId: 1,
  } as never;
  const info = {
    menuItemId: MENU_ID,
    selectionText: 'We need the new app ASAP. Thanks',
    editable: false,
    pageUrl: 'https://example.com/',
  } as never;

  it('keeps the exact selection from the page in session storage and opens the results window without it in the URL', async () => {
    scripting().executeScript = vi.fn().mockResolvedValue([
      {
        frameId: 0,
        result: {
          source: 'selection',
          editor: null,
          title: 'Roadmap',
          text: 'We need the new app ASAP.\nThanks',
          totalChars: 32,
          capped: false,
        },
      },
    ]);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await onMenuClick(info, tab);
    expect(await readSelectionCheck()).toMatchObject({ text: 'We need the new app ASAP.\nThanks', title: 'Roadmap' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const url = create.mock.calls[0]![0]!.url as string;
    expect(url).toBe('chrome-extension://test-extension-id/results.html');
    expect(url).not.toMatch(/ASAP/);
  });

  it("falls back to the browser's selection text where the page cannot be scripted", async () => {
    scripting().executeScript = vi.fn().mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    vi.spyOn(fakeBrowser.windows, 'create');
    await onMenuClick(info, tab);
    expect((await readSelectionCheck())?.text).toBe('We need the new app ASAP. Thanks');
  });

  it('ignores other menu entries', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await onMenuClick({ ...(info as object), menuItemId: 'other' } as never, tab);
    expect(create).not.toHaveBeenCalled();
    expect(await readSelectionCheck()).toBeNull();
  });

  it('replaces its menu entry at every background start, for selections only', async () => {
    const calls: string[] = [];
    const menus = (fakeBrowser as unknown as { contextMenus: Record<string, unknown> }).contextMenus;
    menus.removeAll = vi.fn(async () => void calls.push('removeAll'));
    menus.create = vi.fn(
      (props: { id: string; title: string; contexts: string[] }) =>
        void calls.push(`create ${props.id} "${props.title}" ${props.contexts.join(',')}`),
    );
    menus.onClicked = { addListener: vi.fn() };
    registerContextMenu();
    await vi.waitFor(() =>
      expect(calls).toEqual(['removeAll', `create ${MENU_ID} "Check selection with Consonant" selection`]),
    );
  });
});
