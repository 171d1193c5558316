/**
 * The writer's first signs of intent on a mail page: a press or a key. Opening a compose, a reply
 * or a draft always starts with one, so hearing it is the earliest moment to start the checker. The
 * listeners are passive: they change nothing in what the page sees.
 */
const INTENT = ['pointerdown', 'keydown'] as const;

/** Calls `onIntent` on every press and key down in `win` (it decides whether to act); returns the undo. */
export function watchIntent(win: Window, onIntent: () => void): () => void {
  const listener = () => {
    try {
      onIntent();
    } catch (error) {
      console.warn('[consonant] could not start the checker', error);
    }
  };
  const options = { capture: true, passive: true } as const;
  for (const type of INTENT) win.addEventListener(type, listener, options);
  return () => {
    for (const type of INTENT) win.removeEventListener(type, listener, options);
  };
}
