/**
 * The UI (React and its components) is not part of a content script: the content script asks the
 * background, the first time it needs a badge or a warning, to inject the built UI script into its
 * own frame and isolated world. Nothing is web-accessible, so no page can load the script or learn
 * from it that Consonant is installed; the one message carries no text from the page.
 */
import { browser } from '#imports';

/** Built from entrypoints/overlay-ui.ts. */
export const OVERLAY_UI_FILE = '/overlay-ui.js';
const LOAD_OVERLAY_UI = 'consonant:load-overlay-ui';

/** Long enough for a background woken from idle on a busy machine; past it the content script gives up and says so. */
export const OVERLAY_LOAD_TIMEOUT_MS = 5000;

type LoadReply = { ok: true } | { ok: false; error: string };

/** The answer, checked by hand: this module runs as the page opens, before the content script's zod schemas are built. */
function readReply(raw: unknown): LoadReply | null {
  const reply = raw as { ok?: unknown; error?: unknown } | null;
  if (reply?.ok === true) return { ok: true };
  if (reply?.ok === false && typeof reply.error === 'string') return { ok: false, error: reply.error };
  return null;
}

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Runs the UI script in the sender's frame, in the content scripts' isolated world. Firefox builds
 * MV2, where tabs.executeScript reaches the about:blank pop-out compose windows the content script
 * covers through match_about_blank; Chromium's scripting API climbs to their opener's origin itself.
 */
async function injectInto(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    await browser.tabs.executeScript(tabId, {
      file: OVERLAY_UI_FILE,
      frameId,
      matchAboutBlank: true,
      runAt: 'document_start',
    });
  } else {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_UI_FILE] });
  }
}

/** Background side: answers a content script's request for its UI. */
export async function answerOverlayRequest(sender: Sender): Promise<LoadReply> {
  const tabId = sender.tab?.id;
  // Only this extension's content scripts (in a tab) can ask; extension pages have their own UI.
  if (sender.id !== browser.runtime.id || tabId === undefined)
    return { ok: false, error: 'only a content script in a tab can load the page UI' };
  try {
    await injectInto(tabId, sender.frameId ?? 0);
    return { ok: true };
  } catch (error) {
    console.warn('[consonant] could not load the page UI into a tab', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function registerOverlayInjection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    // Other features answer their own messages; returning nothing leaves them to it.
    if ((message as { type?: unknown } | null)?.type !== LOAD_OVERLAY_UI) return undefined;
    return answerOverlayRequest(sender);
  });
}

/** Content-script side: resolves once the UI script has run in this frame; rejects with the reason when it cannot. */
export async function requestOverlayUi(timeoutMs = OVERLAY_LOAD_TIMEOUT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the extension did not load it within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    const raw: unknown = await Promise.race([browser.runtime.sendMessage({ type: LOAD_OVERLAY_UI }), late]);
    const reply = readReply(raw);
    if (!reply) throw new Error('the extension sent an unreadable answer');
    if (!reply.ok) throw new Error(reply.error);
  } finally {
    clearTimeout(timer);
  }
}
