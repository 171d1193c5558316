/**
 * Holding one send at a time: the warning is shown, and the writer's choice (Edit, or Send
 * anyway) is taken once. While a send is held every further attempt is swallowed — unless the page
 * took the warning away, in which case nothing on screen could answer, so the next attempt is
 * judged afresh. A send that could not be replayed (its menu closed) passes once when tried again.
 */
export interface Warning<T> {
  /** Shows the warning; a promise when it is still on its way, which rejects when it cannot be shown. */
  show(held: T): void | Promise<void>;
  close(): void;
  /** Whether the warning is still on the page. */
  shown(): boolean;
}

export interface Hold<T> {
  /**
   * Shows the warning for `held`; false when it cannot be shown (then the send must go out). A
   * warning still on its way that then cannot be shown calls `failed`, which lets the send go out.
   */
  offer(held: T, failed?: () => void): boolean;
  /** Whether `held` is still the send being held (its choice was not taken yet). */
  isCurrent(held: T): boolean;
  /** True while a held send waits for its choice and its warning is on the page. */
  holding(): boolean;
  /** The send being held, if any. */
  current(): T | null;
  /** Takes the warning down and forgets the held send. */
  release(): void;
  /** The next attempt from `key` passes unchecked, once. */
  passNext(key: object): void;
  /** Whether an attempt from `key` should pass unchecked (and uses up that pass). */
  takePass(key: object): boolean;
}

export function createHold<T>(warning: Warning<T>, warn: (message: string, error: unknown) => void): Hold<T> {
  let held: T | null = null;
  let pass: object | null = null;
  return {
    offer(next, failed) {
      held = next;
      // No warning on screen means no way to choose: holding would swallow this send and every later one.
      const giveUp = (error: unknown) => {
        held = null;
        warn('could not show the warning; the message was sent unchecked', error);
      };
      try {
        const shown = warning.show(next);
        shown?.catch((error: unknown) => {
          if (held !== next) return;
          giveUp(error);
          failed?.();
        });
        return true;
      } catch (error) {
        giveUp(error);
        return false;
      }
    },
    isCurrent: (candidate) => held !== null && held === candidate,
    holding() {
      if (held !== null && !warning.shown()) held = null;
      return held !== null;
    },
    current: () => held,
    release() {
      held = null;
      warning.close();
    },
    passNext(key) {
      pass = key;
    },
    takePass(key) {
      if (pass !== key) return false;
      pass = null;
      return true;
    },
  };
}
