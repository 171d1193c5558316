/** The background half of document checks: runs the core on the text a content script sent. */
import { browser } from '#imports';
import { checkDraft, warmUp } from '../index';
import { readEffectiveState } from './effective';
import { loadShippedModel } from './model';
import { documentCheckRequest, type DocumentCheckReply } from './document-check';

/** Whole documents are read in full, off the page's thread; the budget only stops a runaway check. */
export const DOCUMENT_BUDGET_MS = 10_000;

const WARM_UP_TEXT = 'We decided to ship the new app ASAP; it is our top priority, though pricing is still open.';

export async function checkDocument(text: string, options: { budgetMs?: number; quoted?: string; medium?: 'draft' | 'document' } = {}): Promise<DocumentCheckReply> {
  try {
    const [state] = await Promise.all([readEffectiveState(), loadShippedModel()]);
    const report = checkDraft(text, state.profile, {
      budgetMs: options.budgetMs ?? DOCUMENT_BUDGET_MS,
      syncedAt: state.profileSyncedAt,
      // A mail draft is a draft; anything else sent here is a document.
      medium: options.medium ?? 'document',
      ...(options.quoted ? { quoted: options.quoted } : {}),
    });
    // The page shows findings, not the raw cues; leaving the signals out keeps the page's share of the work small.
    return { ok: true, report: { ...report, signals: [] } };
  } catch (error) {
    console.error('[consonant] document check failed', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Background side. onMessage only carries this extension's own messages (no externally_connectable). */
export function registerDocumentCheck(): void {
  // Loading the lexicons and running one short check now keeps that start-up cost out of the first document's check.
  setTimeout(() => {
    warmUp();
    void checkDocument(WARM_UP_TEXT);
  }, 0);
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: DocumentCheckReply) => void) => {
    const parsed = documentCheckRequest.safeParse(message);
    // Other features answer their own messages; returning nothing leaves them to it.
    if (!parsed.success) return undefined;
    const { text, budgetMs, quoted, medium } = parsed.data;
    void checkDocument(text, { ...(budgetMs !== undefined ? { budgetMs } : {}), ...(quoted !== undefined ? { quoted } : {}), ...(medium ? { medium } : {}) }).then(sendResponse);
    return true;
  });
}

