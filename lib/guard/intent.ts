/**
 * The writer's signs of activity on a mail page: a press or a key, and the tab shown or focused
 * again. Opening a compose, a reply or a draft always starts with one, so hearing them keeps the
 * checker up while the writer is there. The listeners are passive: they change nothing in what the
 * page sees.
 */
const INTENT = ['pointerdown', 'keydown'] as const;
/**
 * At most one call a second: a lease lasts minutes, so renewing it on every key of a fast typist
 * would only repeat itself. The first sign after a quiet second is passed on at once.
 */
export const INTENT_EVERY_MS = 1_000;

/**
 * Calls `onIntent` on a press, a key down, the page becoming visible and the window's focus in
 * `win`, at most once every INTENT_EVERY_MS, and never while the tab is hidden (a key sent to a
 * tab in the background is not the writer there). Returns the undo.
 */
export function watchIntent(win: Window, onIntent: () => void, now: () => number = Date.now): () => void {
  let last = -Infinity;
  const listener = () => {
    if (win.document.visibilityState === 'hidden') return;
    const t = now();
    if (t - last < INTENT_EVERY_MS) return;
    last = t;
    try {
      onIntent();
    } catch (error) {
      console.warn('[consonant] could not start the checker', error);
    }
  };
  const options = { capture: true, passive: true } as const;
  for (const type of INTENT) win.addEventListener(type, listener, options);
  // Not captured: only the window's own focus, not every field's on the page.
  win.addEventListener('focus', listener, { passive: true });
  win.document.addEventListener('visibilitychange', listener, { passive: true });
  return () => {
    for (const type of INTENT) win.removeEventListener(type, listener, options);
    win.removeEventListener('focus', listener);
    win.document.removeEventListener('visibilitychange', listener);
  };
}
