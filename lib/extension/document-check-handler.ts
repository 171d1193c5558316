/** The background half of document checks: runs the core on the text a content script sent. */
import { browser } from '#imports';
import { checkDraft, warmUp } from '../index';
import { readEffectiveState } from './effective';
import { loadShippedModel } from './model';
import { documentCheckRequest, type DocumentCheckReply } from './document-check';

/** Whole documents are read in full, off the page's thread; the budget only stops a runaway check. */
export const DOCUMENT_BUDGET_MS = 10_000;

const WARM_UP_TEXT = 'We decided to ship the new app ASAP; it is our top priority, though pricing is still open.';

export async function checkDocument(text: string): Promise<DocumentCheckReply> {
  try {
    const [state] = await Promise.all([readEffectiveState(), loadShippedModel()]);
    const report = checkDraft(text, state.profile, { budgetMs: DOCUMENT_BUDGET_MS, syncedAt: state.profileSyncedAt, medium: 'document' });
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
    void checkDocument(parsed.data.text).then(sendResponse);
    return true;
  });
}

