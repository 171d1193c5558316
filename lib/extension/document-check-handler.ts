/** The background half of document checks: runs the core on the text a content script sent. */
import { browser } from '#imports';
import { checkDraft, formatErrors, parseProfile, warmUp } from '../index';
import { readEffectiveState, watchEffectiveState, type EffectiveState } from './effective';
import { loadShippedModel } from './model';
import { documentCheckRequest, type DocumentCheckReply, type DocumentCheckRequest } from './document-check';

/** Whole documents are read in full, off the page's thread; the budget only stops a runaway check. */
export const DOCUMENT_BUDGET_MS = 10_000;

const WARM_UP_TEXT = 'We decided to ship the new app ASAP; it is our top priority, though pricing is still open.';

/** Where checks get the state in force: storage, until the background holds it in memory. */
let stateInForce: () => Promise<EffectiveState> = readEffectiveState;

/**
 * The state in force, read from storage once and then kept as every write hands it over. A check
 * racing a Send then neither waits on a storage read and a validation of the whole profile, nor
 * gets a new profile object each time (whose name index the core would build again).
 */
function holdStateInForce(): () => Promise<EffectiveState> {
  let held: Promise<EffectiveState> | null = null;
  watchEffectiveState((state) => (held = Promise.resolve(state)));
  return () =>
    (held ??= readEffectiveState().catch((error: unknown) => {
      held = null;
      throw error;
    }));
}

/**
 * Checks text for a content script or an extension page: against the profile in force, or against
 * one the request brings (the options page trying an edit before it is saved).
 */
export async function checkDocument(text: string, options: Omit<DocumentCheckRequest, 'type' | 'text'> = {}): Promise<DocumentCheckReply> {
  try {
    const [state] = await Promise.all([stateInForce(), loadShippedModel()]);
    let profile = state.profile;
    let syncedAt = state.profileSyncedAt;
    if (options.profile !== undefined) {
      const parsed = parseProfile(options.profile);
      if (!parsed.ok) return { ok: false, error: `the profile to check against is not valid: ${formatErrors(parsed.errors)}` };
      profile = parsed.value;
      syncedAt = options.syncedAt ?? null;
    }
    const report = checkDraft(text, profile, {
      budgetMs: options.budgetMs ?? DOCUMENT_BUDGET_MS,
      syncedAt,
      // A document unless the sender says what it is (a mail draft, a page, a selection).
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
  stateInForce = holdStateInForce();
  // Loading the lexicons and running one short check now keeps that start-up cost out of the first document's check.
  setTimeout(() => {
    warmUp();
    void checkDocument(WARM_UP_TEXT);
  }, 0);
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: DocumentCheckReply) => void) => {
    const parsed = documentCheckRequest.safeParse(message);
    // Other features answer their own messages; returning nothing leaves them to it.
    if (!parsed.success) return undefined;
    const { type: _type, text, ...options } = parsed.data;
    void checkDocument(text, options).then(sendResponse);
    return true;
  });
}

/**
 * Background side of the mail pages' awake port (createAwakeLease): a page holds it open to hear
 * when the worker stops, and its connecting again is what starts the worker. Accepting the port is
 * all there is to do here; without a listener Chrome would refuse it at once.
 */
export function acceptAwakePort(): void {
  browser.runtime.onConnect.addListener(() => {});
}

