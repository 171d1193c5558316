/**
 * "Check selection with Consonant" in the page's context menu. The click grants activeTab, so
 * the exact selection (with its line breaks) is read in the page; the browser's own
 * `selectionText` is the fallback where pages cannot be scripted. The text is kept in
 * storage.session — memory only, extension pages only — and never put in a URL.
 */
import { browser, storage, type Browser } from '#imports';
import { z } from '../zod';
import { extractFromTab } from './page-check';

export const MENU_ID = 'consonant-check-selection';
export const RESULTS_PAGE = '/results.html';

export const selectionCheckSchema = z.object({
  text: z.string(),
  /** Where the selection came from, shown as the page's title; never sent anywhere. */
  title: z.string(),
  capturedAt: z.string(),
});
export type SelectionCheck = z.infer<typeof selectionCheckSchema>;

/** Trusted contexts only (storage.session's default): content scripts cannot read it. */
export const selectionItem = storage.defineItem<unknown>('session:selectionCheck', { fallback: null });

export async function readSelectionCheck(): Promise<SelectionCheck | null> {
  const parsed = selectionCheckSchema.safeParse(await selectionItem.getValue());
  return parsed.success ? parsed.data : null;
}

async function exactSelection(tab: Browser.tabs.Tab | undefined, fallback: string): Promise<string> {
  if (tab?.id === undefined) return fallback;
  try {
    const page = await extractFromTab(tab.id);
    return page.source === 'selection' && page.text.trim() ? page.text : fallback;
  } catch {
    // PDFs, the browser's own pages and cross-origin frames cannot be scripted; the menu's text still can be checked.
    return fallback;
  }
}

export async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const text = await exactSelection(tab, info.selectionText ?? '');
  const record: SelectionCheck = { text, title: tab?.title ?? '', capturedAt: new Date().toISOString() };
  await selectionItem.setValue(record);
  await browser.windows.create({ url: browser.runtime.getURL(RESULTS_PAGE), type: 'popup', width: 480, height: 640 });
}

/**
 * Called once from the background, at every start: Firefox forgets menus when the browser
 * restarts and Chromium keeps them, so the entry is replaced rather than added on install only.
 */
export function registerContextMenu(): void {
  browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: 'Check selection with Consonant', contexts: ['selection'] }),
    )
    .catch((error: unknown) => console.error('[consonant] could not add the selection menu', error));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClick(info, tab).catch((error: unknown) => console.error('[consonant] selection check failed', error));
  });
}
