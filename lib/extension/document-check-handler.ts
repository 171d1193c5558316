/** The background half of document checks: runs the core on the text a content script sent. */
import { browser, type Browser } from '#imports';
import { checkDraft, formatErrors, parseProfile, warmUp } from '../index';
import { SignalCache } from '../signals';
import { readEffectiveState, watchEffectiveState, type EffectiveState } from './effective';
import { loadShippedModel } from './model';
import {
  AWAKE_PORT,
  documentCheckRequest,
  READY_MESSAGE,
  type DocumentCheckReply,
  type DocumentCheckRequest,
} from './document-check';

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

/** Pages whose analysis is kept at once: each holds up to DEFAULT_CACHE_CHARS (about three long drafts). */
export const MAX_CACHED_PAGES = 4;

/**
 * The analysis of sentences already read, one cache per page that sends checks (a tab's frame, or
 * an extension page), so a re-check after a pause in typing parses only what changed. Results
 * depend on a sentence's own text, never on which draft held it; keeping pages apart keeps one
 * busy page from pushing out another's. Held in memory only, for the least recently used pages;
 * a closed tab's goes at once.
 */
export class PageCaches {
  #caches = new Map<string, SignalCache>();

  constructor(readonly maxPages = MAX_CACHED_PAGES) {}

  get size(): number {
    return this.#caches.size;
  }

  for(sender: Pick<Browser.runtime.MessageSender, 'tab' | 'frameId' | 'url'>): SignalCache {
    const key =
      sender.tab?.id !== undefined
        ? `tab ${sender.tab.id} ${sender.frameId ?? 0}`
        : `page ${(sender.url ?? '').split(/[?#]/)[0]}`;
    const cache = this.#caches.get(key) ?? new SignalCache();
    this.#caches.delete(key);
    this.#caches.set(key, cache);
    for (const oldest of this.#caches.keys()) {
      if (this.#caches.size <= this.maxPages) break;
      this.#caches.delete(oldest);
    }
    return cache;
  }

  forgetTab(tabId: number): void {
    for (const key of [...this.#caches.keys()]) if (key.startsWith(`tab ${tabId} `)) this.#caches.delete(key);
  }
}

/**
 * Checks text for a content script or an extension page: against the profile in force, or against
 * one the request brings (the options page trying an edit before it is saved).
 */
export async function checkDocument(
  text: string,
  options: Omit<DocumentCheckRequest, 'type' | 'text'> = {},
  cache?: SignalCache,
): Promise<DocumentCheckReply> {
  try {
    const [state] = await Promise.all([stateInForce(), loadShippedModel()]);
    let profile = state.profile;
    let syncedAt = state.profileSyncedAt;
    if (options.profile !== undefined) {
      const parsed = parseProfile(options.profile);
      if (!parsed.ok)
        return { ok: false, error: `the profile to check against is not valid: ${formatErrors(parsed.errors)}` };
      profile = parsed.value;
      syncedAt = options.syncedAt ?? null;
    }
    const report = checkDraft(text, profile, {
      budgetMs: options.budgetMs ?? DOCUMENT_BUDGET_MS,
      syncedAt,
      // A document unless the sender says what it is (a mail draft, a page, a selection).
      medium: options.medium ?? 'document',
      ...(options.quoted ? { quoted: options.quoted } : {}),
      ...(options.subject ? { subject: options.subject } : {}),
      ...(cache ? { cache } : {}),
    });
    // The report is whole without the cache, but a fault in it should not pass unseen.
    if (cache?.fault) console.warn('[consonant] the sentence cache failed; the check read the whole text', cache.fault);
    // The page shows findings, not the raw cues; leaving the signals out keeps the page's share of the work small.
    return { ok: true, report: { ...report, signals: [] } };
  } catch (error) {
    console.error('[consonant] document check failed', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Loads the lexicons and the model and runs one short check; settles (never rejects) once done, or failed. */
function warmUpSoon(): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      try {
        warmUp();
      } catch (error) {
        console.error('[consonant] could not warm up the checker', error);
      }
      void checkDocument(WARM_UP_TEXT).finally(resolve);
    }, 0),
  );
}

/**
 * Background side. onMessage only carries this extension's own messages (no externally_connectable).
 * Returns when the checker is warm: the model in, one check run.
 */
export function registerDocumentCheck(): Promise<void> {
  stateInForce = holdStateInForce();
  // Loading the lexicons and running one short check now keeps that start-up cost out of the first document's check.
  const warm = warmUpSoon();
  const caches = new PageCaches();
  browser.tabs.onRemoved.addListener((tabId) => caches.forgetTab(tabId));
  browser.runtime.onMessage.addListener(
    (message: unknown, sender, sendResponse: (reply: DocumentCheckReply) => void) => {
      const parsed = documentCheckRequest.safeParse(message);
      // Other features answer their own messages; returning nothing leaves them to it.
      if (!parsed.success) return undefined;
      const { type: _type, text, ...options } = parsed.data;
      void checkDocument(text, options, caches.for(sender)).then(sendResponse);
      return true;
    },
  );
  return warm;
}

/**
 * Background side of the mail pages' awake port (createAwakeLease): a page holds it open to hear
 * when the worker stops, and its connecting again is what starts the worker. Once `ready` (the
 * checker warm), each port is told so: until then the page knows a Send's check waits on a start.
 */
export function acceptAwakePort(ready: Promise<void>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== AWAKE_PORT) return;
    // The page's pings need no answer; hearing them is what keeps the worker from being stopped as idle.
    port.onMessage.addListener(() => {});
    void ready.then(() => {
      try {
        port.postMessage({ type: READY_MESSAGE });
      } catch {
        // The page closed the port (it left, or its lease ended) before the checker was ready.
      }
    });
  });
}
