import { requestOverlayUi } from '../lib/extension/overlay-injection';
import { watchIntent } from '../lib/guard/intent';
import { startMailGuard } from '../lib/guard/start-mail-guard';
import type { SiteAdapter } from '../lib/sites/types';
import { createGuardUi } from './guard-ui';
import { createOverlayLoader } from './overlay-ui';

type Messaging = typeof import('../lib/extension/mail-messaging');

/**
 * The messaging (and the schemas it validates with) is evaluated a task after the content script
 * starts: the task that runs as the page opens only puts the guard's listeners in place. Sends go
 * out unchecked until the settings have loaded, as they always did.
 */
function loadMessagingSoon(): Promise<Messaging> {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(() => import('../lib/extension/mail-messaging'));
}

/** Subscribes once `messaging` is here; the returned function unsubscribes, before or after. */
function later(messaging: Promise<Messaging>, subscribe: (m: Messaging) => () => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  void messaging.then((m) => {
    if (!stopped) stop = subscribe(m);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * What a mail site's content script does, whichever the site: the send guard with its UI (whose
 * code is loaded into the page when a compose first needs a badge or a warning), the state
 * from storage, checks in the extension's background (the page loads no model and no parser), and
 * answers to the popup's "is this tab checked?". Stops when the extension is turned off or updated.
 */
export function startMailContent(ctx: { onInvalidated(callback: () => void): void }, adapter: SiteAdapter): void {
  const messaging = loadMessagingSoon();
  let loaded: Messaging | null = null;
  // The background starts as the mail page opens (in view), and stays up while the writer presses,
  // types or comes back to the tab: a compose always opens after one, and finds the checker up.
  const unwatch = later(messaging, (m) => {
    loaded = m;
    if (document.visibilityState !== 'hidden') m.wakeOnIntent();
    return watchIntent(window, m.wakeOnIntent);
  });
  const loadUi = createOverlayLoader(requestOverlayUi);
  const ping = () => void messaging.then((m) => m.checkInBackground('', 50)).catch(() => {});
  const guard = startMailGuard({
    window,
    adapter,
    ui: createGuardUi(document, loadUi),
    readState: () => messaging.then((m) => m.readEffectiveState()),
    watchState: (callback) => later(messaging, (m) => m.watchEffectiveState(callback)),
    check: (text, _state, budgetMs, quoted, subject) =>
      messaging.then((m) =>
        m.checkInBackground(text, budgetMs, { ...(quoted ? { quoted } : {}), ...(subject ? { subject } : {}) }),
      ),
    // When a compose opens, wake the background and have it read the model before the first Send,
    // and load the badge's and warning's code while the first check runs (a failure here is tried
    // again, and reported, when the badge asks); while a compose is open, keep the background awake.
    warmUp: () => {
      ping();
      loadUi().catch(() => {});
    },
    keepAwake: () => void messaging.then((m) => m.holdForCompose()).catch(() => {}),
    checkerStarting: () => loaded?.backgroundStarting() ?? false,
  });
  const unanswer = later(messaging, (m) => m.answerTabStatus(guard.status));
  ctx.onInvalidated(() => {
    unwatch();
    unanswer();
    guard.dispose();
  });
}
