/**
 * "Check this page": read the current tab in the page itself (injected on demand through the
 * activeTab grant the toolbar click gives, no host permission), then check the text here in the
 * extension page. Only the text comes back; nothing is sent anywhere.
 */
import { browser } from '#imports';
import { checkInBackground } from './document-check';
import type { CheckOptions } from '../check';
import type { Report } from '../report';
import { z } from '../zod';

/** Built from entrypoints/page-extract.ts; it returns what lib/sites/generic.ts reads. */
export const PAGE_EXTRACT_SCRIPT = '/page-extract.js';
export const PAGE_BUDGET_MS = 3000;

export const pageTextSchema = z.object({
  source: z.enum(['selection', 'editor', 'article', 'page']),
  editor: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  totalChars: z.number().int().nonnegative(),
  capped: z.boolean(),
});

export type ExtractedPage = z.infer<typeof pageTextSchema>;

export interface PageCheck {
  page: ExtractedPage;
  report: Report;
}

export class PageCheckError extends Error {
  override name = 'PageCheckError';
}

/** Turns the browser's refusal into words the writer can act on. */
export function describeInjectionError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/chrome:\/\/|edge:\/\/|about:|extensions gallery|webstore|chrome-extension:\/\/|moz-extension:\/\//i.test(raw)) {
    return "Consonant can't read this page: the browser does not let extensions read its own pages or the extension store.";
  }
  if (/permission|Cannot access/i.test(raw)) {
    return "Consonant can't read this page: it has no access to it. Open Consonant from the toolbar while the page is in front, then choose Check this page.";
  }
  if (/No tab with id|Frame with ID|tab was closed/i.test(raw))
    return "Consonant can't read this page: the tab is gone.";
  return `Consonant can't read this page: ${raw}`;
}

export async function extractFromTab(tabId: number): Promise<ExtractedPage> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_EXTRACT_SCRIPT] });
  } catch (error) {
    throw new PageCheckError(describeInjectionError(error));
  }
  const parsed = pageTextSchema.safeParse(results[0]?.result);
  if (!parsed.success) throw new PageCheckError("Consonant can't read this page: the page returned no readable text.");
  return parsed.data;
}

/** Checks text the writer chose, with the profile and settings every other check uses. */
/** How messages name what was read: the writer's own editor holds a draft; a page's text is the page's. */
const MEDIUM = { selection: 'selection', editor: 'draft', article: 'page', page: 'page' } as const;

export async function checkText(
  text: string,
  medium: NonNullable<CheckOptions['medium']> = 'selection',
): Promise<Report> {
  // In the background, with the profile in force: this page carries no NLP of its own.
  return checkInBackground(text, PAGE_BUDGET_MS, { medium });
}

export async function checkTab(tabId: number): Promise<PageCheck> {
  const page = await extractFromTab(tabId);
  // Pages drawn on a canvas (Sheets, Slides, Figma) or made of images have no text to read:
  // "no conflicts" there would claim a check that never happened.
  if (!page.text.trim()) {
    throw new PageCheckError(
      'Consonant found no text to check on this page. Select the words you want checked, or click into the editor you are writing in, then choose Check this page again.',
    );
  }
  const report = await checkText(page.text, MEDIUM[page.source]);
  return { page, report };
}

/** The tab the popup was opened over. `?tab=<id>` names it explicitly (a detached popup window, tests). */
export async function targetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  const explicit = z.coerce.number().int().positive().safeParse(param);
  if (param !== null && explicit.success) return explicit.data;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
