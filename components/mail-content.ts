import { checkInBackground } from '../lib/extension/document-check';
import { readEffectiveState, watchEffectiveState } from '../lib/extension/effective';
import { requestOverlayUi } from '../lib/extension/overlay-injection';
import { answerTabStatus } from '../lib/extension/tab-status';
import { startMailGuard } from '../lib/guard/start-mail-guard';
import type { SiteAdapter } from '../lib/sites/types';
import { createGuardUi } from './guard-ui';
import { createOverlayLoader } from './overlay-ui';

/**
 * What a mail site's content script does, whichever the site: the send guard with its UI (whose
 * code is loaded into the page when a compose first needs a badge or a warning), the state
 * from storage, checks in the extension's background (the page loads no model and no parser), and
 * answers to the popup's "is this tab checked?". Stops when the extension is turned off or updated.
 */
const ping = () => void checkInBackground('', 50).catch(() => {});

export function startMailContent(ctx: { onInvalidated(callback: () => void): void }, adapter: SiteAdapter): void {
  const guard = startMailGuard({
    window,
    adapter,
    ui: createGuardUi(document, createOverlayLoader(requestOverlayUi)),
    readState: readEffectiveState,
    watchState: watchEffectiveState,
    check: (text, _state, budgetMs, quoted) => checkInBackground(text, budgetMs, quoted ? { quoted } : {}),
    // When a compose opens, wake the background and have it read the model before the first Send;
    // while one is open, keep it from being stopped as idle.
    warmUp: ping,
    keepAwake: ping,
  });
  const unanswer = answerTabStatus(guard.status);
  ctx.onInvalidated(() => {
    unanswer();
    guard.dispose();
  });
}
