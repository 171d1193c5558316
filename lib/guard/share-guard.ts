import { shareControlFor } from '../sites/gdocs';

export type ShareDecision = 'hold' | 'pass';

export interface ShareGuardOptions {
  /** Asked once per gesture; anything but a sure 'hold' lets the share through (fail open). */
  decide(): ShareDecision;
  /** The share was held; `proceed()` replays it to the page exactly once. `control` is the share button. */
  onHold(proceed: () => void, control: HTMLElement): void;
}

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

/**
 * Treats Share like Send. Docs' share button is a closure-library control that may act on
 * mousedown/mouseup as well as click, so the whole gesture is held in the capture phase before
 * the page sees any of it, and replayed as one mousedown/mouseup/click when the writer chooses
 * Share anyway.
 */
export function installShareGuard(win: Window, options: ShareGuardOptions): () => void {
  let replaying = false;
  /** The decision for the gesture in progress, taken at its first event. */
  let gesture: ShareDecision | null = null;

  const decide = (): ShareDecision => {
    try {
      return options.decide() === 'hold' ? 'hold' : 'pass';
    } catch (error) {
      console.error('[consonant] share guard failed; letting the share through', error);
      return 'pass';
    }
  };

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const hold = (control: HTMLElement) => {
    const proceed = () => {
      replaying = true;
      try {
        const init = { bubbles: true, cancelable: true, composed: true, view: win, button: 0 };
        control.dispatchEvent(new MouseEvent('mousedown', init));
        control.dispatchEvent(new MouseEvent('mouseup', init));
        control.dispatchEvent(new MouseEvent('click', init));
      } finally {
        replaying = false;
      }
    };
    try {
      options.onHold(proceed, control);
    } catch (error) {
      console.error('[consonant] could not show the share warning; sharing', error);
      proceed();
    }
  };

  const onPointer = (event: Event) => {
    if (replaying || !shareControlFor(event.target)) return;
    if (event.type === 'pointerdown') gesture = decide();
    else if (event.type === 'mousedown') gesture ??= decide();
    if (gesture === 'hold') swallow(event);
  };

  const onClick = (event: Event) => {
    if (replaying) return;
    const control = shareControlFor(event.target);
    if (!control) return;
    const decision = gesture ?? decide();
    gesture = null;
    if (decision !== 'hold') return;
    swallow(event);
    hold(control);
  };

  const onKey = (event: KeyboardEvent) => {
    if (replaying || (event.key !== 'Enter' && event.key !== ' ')) return;
    const control = shareControlFor(event.target);
    if (!control || decide() !== 'hold') return;
    swallow(event);
    hold(control);
  };

  for (const type of POINTER_EVENTS) win.addEventListener(type, onPointer, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  return () => {
    for (const type of POINTER_EVENTS) win.removeEventListener(type, onPointer, true);
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
  };
}
