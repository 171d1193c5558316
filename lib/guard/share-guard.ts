import { shareControlFor } from '../sites/gdocs';
import { clickAsUser, installGestureGuard } from './gesture';

export type ShareDecision = 'hold' | 'pass';

export interface ShareGuardOptions {
  /** Asked once per gesture; anything but a sure 'hold' lets the share through (fail open). */
  decide(): ShareDecision;
  /** The share was held; `proceed()` replays it to the page exactly once. `control` is the share button. */
  onHold(proceed: () => void, control: HTMLElement): void;
}

interface ShareAttempt {
  /** The share button the page listens on. */
  target: HTMLElement;
}

/**
 * Treats Share like Send, with the same gesture guard (`gesture.ts`). Docs' share button is a
 * closure-library control that may act on mousedown/mouseup as well as click, so the whole gesture
 * (or Enter/Space on the button) is held in the capture phase before the page sees any of it, and
 * replayed as one click when the writer chooses Share anyway. No keyboard shortcut shares.
 */
export function installShareGuard(win: Window, options: ShareGuardOptions): () => void {
  const guard = installGestureGuard<ShareAttempt>(win, {
    action: 'share',
    attemptAt(target) {
      const control = shareControlFor(target);
      return control && { target: control };
    },
    shouldHold(attempt) {
      if (options.decide() !== 'hold') return false;
      let replayed = false;
      const proceed = () => {
        if (replayed) return;
        replayed = true;
        guard.replay(attempt);
      };
      try {
        options.onHold(proceed, attempt.target);
        return true;
      } catch (error) {
        // Nothing on screen could answer: the writer's own gesture goes on to the page.
        console.error('[consonant] could not show the share warning; sharing', error);
        return false;
      }
    },
    perform(attempt) {
      clickAsUser(win, attempt.target);
      return true;
    },
  });
  return () => guard.dispose();
}
