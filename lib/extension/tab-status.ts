/**
 * What the send guard in a tab can say about itself, for the popup: how many composes it checks,
 * and each one it cannot check and why. The content script answers; the popup asks the front tab.
 */
import { browser } from '#imports';
import { z } from '../zod';
import type { GuardStatus } from '../guard/send-guard';

const TAB_STATUS = 'consonant:tab-status';

export const tabStatusSchema = z.object({ checked: z.number().int().min(0), problems: z.array(z.string()) });

/** Content script side: answers the popup's question with the guard's status. Returns the unsubscribe. */
export function answerTabStatus(status: () => GuardStatus): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== TAB_STATUS) return undefined;
    return Promise.resolve(status());
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Popup side: the guard's status in the top frame of `tabId`, or null when no guard answers (the
 * page loaded before the extension, or it is not a guarded site).
 */
export async function askTabStatus(tabId: number): Promise<GuardStatus | null> {
  try {
    const reply = await browser.tabs.sendMessage(tabId, { type: TAB_STATUS }, { frameId: 0 });
    const parsed = tabStatusSchema.safeParse(reply);
    return parsed.success ? parsed.data : null;
  } catch {
    // No receiving end: no content script in that tab.
    return null;
  }
}
