/**
 * The message a content script sends to have a whole document checked in the background service
 * worker: the extension's own process, so a long document never blocks the page it came from
 * and the text never leaves the browser. This half stays small (no NLP) for the content script.
 */
import { browser } from '#imports';
import type { Profile } from '../profile';
import { reportSchema, type Report } from '../report';
import { z } from '../zod';

/** What the background accepts: a document export, not arbitrary megabytes. */
export const DOCUMENT_MAX_CHARS = 1_000_000;
/** Longer than the background's own time budget, so a slow check ends there with a report, not here. */
export const REQUEST_TIMEOUT_MS = 15_000;

export const documentCheckRequest = z.object({
  type: z.literal('consonant:check-document'),
  text: z.string().max(DOCUMENT_MAX_CHARS),
  /** A mail draft's check has the guard's budget (a send waits for it); a document's has the background's. */
  budgetMs: z.number().int().min(1).max(60_000).optional(),
  /** A reply's quoted history, read by the page's adapter, for the thread rule. */
  quoted: z.string().max(DOCUMENT_MAX_CHARS).optional(),
  /** What the text is, for the words of the findings ("your draft", "the document", "the page"). */
  medium: z.enum(['draft', 'document', 'page', 'selection']).optional(),
  /** A profile to check against instead of the one in force (the options page's Try it, before saving). */
  profile: z.unknown().optional(),
  syncedAt: z.string().nullable().optional(),
});

export const documentCheckReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: reportSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type DocumentCheckRequest = z.infer<typeof documentCheckRequest>;

/** What a check may ask beyond the text: its budget, a reply's quote, what the text is, another profile. */
export interface CheckRequestOptions {
  budgetMs?: number;
  quoted?: string;
  medium?: NonNullable<DocumentCheckRequest['medium']>;
  profile?: Profile;
  syncedAt?: string | null;
}
export type DocumentCheckReply = z.infer<typeof documentCheckReply>;

/** Content-script side: asks the background; a missing, late or malformed answer is an error, never a hold. */
export async function requestDocumentCheck(text: string, timeoutMs = REQUEST_TIMEOUT_MS, extra: CheckRequestOptions = {}): Promise<DocumentCheckReply> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DocumentCheckReply>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `no answer from the extension within ${timeoutMs / 1000} s` }), timeoutMs);
  });
  // The core reads far less than this anyway; a longer document is sent up to the cap rather than refused.
  const request: DocumentCheckRequest = {
    type: 'consonant:check-document',
    text: text.slice(0, DOCUMENT_MAX_CHARS),
    ...(extra.budgetMs !== undefined ? { budgetMs: Math.max(1, Math.min(60_000, Math.round(extra.budgetMs))) } : {}),
    ...(extra.quoted ? { quoted: extra.quoted.slice(0, DOCUMENT_MAX_CHARS) } : {}),
    ...(extra.medium ? { medium: extra.medium } : {}),
    ...(extra.profile ? { profile: extra.profile, syncedAt: extra.syncedAt ?? null } : {}),
  };
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

/**
 * A mail draft checked in the extension's background rather than in the page: the content script
 * carries no NLP, and a long check never blocks the page. Rejects with the reason when there is no
 * report, so the guard says it could not check (and never holds a send for it).
 */
export async function checkInBackground(text: string, budgetMs: number, options: Omit<CheckRequestOptions, 'budgetMs'> = {}): Promise<Report> {
  const reply = await requestDocumentCheck(text, REQUEST_TIMEOUT_MS, { medium: 'draft', ...options, budgetMs });
  if (!reply.ok) throw new Error(reply.error);
  return reply.report;
}

export type { Report };
