/**
 * Checks a whole document in the background service worker: the extension's own process, so a
 * long document never blocks the page it came from and the text never leaves the browser.
 */
import { browser } from '#imports';
import { checkDraft, warmUp } from '../index';
import { reportSchema, type Report } from '../report';
import { z } from '../zod';
import { readEffectiveState } from './effective';

/** Whole documents are read in full; the budget is per check, well past what 10,000 words need. */
export const DOCUMENT_BUDGET_MS = 4000;
/** What the background accepts: a document export, not arbitrary megabytes. */
export const DOCUMENT_MAX_CHARS = 1_000_000;

export const documentCheckRequest = z.object({
  type: z.literal('consonant:check-document'),
  text: z.string().max(DOCUMENT_MAX_CHARS),
});

export const documentCheckReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: reportSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type DocumentCheckRequest = z.infer<typeof documentCheckRequest>;
export type DocumentCheckReply = z.infer<typeof documentCheckReply>;

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

/** Content-script side: asks the background; a missing, late or malformed answer is an error, never a hold. */
export async function requestDocumentCheck(text: string, timeoutMs = 8000): Promise<DocumentCheckReply> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DocumentCheckReply>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `no answer from the extension within ${timeoutMs / 1000} s` }), timeoutMs);
  });
  const request: DocumentCheckRequest = { type: 'consonant:check-document', text };
  const answer = browser.runtime
    .sendMessage(request)
    .then((raw: unknown): DocumentCheckReply => {
      const parsed = documentCheckReply.safeParse(raw);
      return parsed.success ? parsed.data : { ok: false, error: 'the extension sent an unreadable answer' };
    })
    .catch((error: unknown): DocumentCheckReply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type { Report };
