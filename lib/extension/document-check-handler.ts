/** The background half of document checks: runs the core on the text a content script sent. */
import { browser } from '#imports';
import { checkDraft, warmUp } from '../index';
import { readEffectiveState } from './effective';
import { documentCheckRequest, type DocumentCheckReply } from './document-check';

/** Whole documents are read in full; the budget is per check, well past what 10,000 words need. */
export const DOCUMENT_BUDGET_MS = 4000;

export async function checkDocument(text: string): Promise<DocumentCheckReply> {
  try {
    const state = await readEffectiveState();
    const report = checkDraft(text, state.profile, { budgetMs: DOCUMENT_BUDGET_MS, syncedAt: state.profileSyncedAt });
    return { ok: true, report };
  } catch (error) {
    console.error('[consonant] document check failed', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Background side. onMessage only carries this extension's own messages (no externally_connectable). */
export function registerDocumentCheck(): void {
  // Loading the NLP lexicons once now keeps that cost out of the first document's check.
  setTimeout(() => warmUp(), 0);
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: DocumentCheckReply) => void) => {
    const parsed = documentCheckRequest.safeParse(message);
    // Other features answer their own messages; returning nothing leaves them to it.
    if (!parsed.success) return undefined;
    void checkDocument(parsed.data.text).then(sendResponse);
    return true;
  });
}

