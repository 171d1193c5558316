// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGestureGuard, type GestureGuard } from './gesture';

interface Attempt {
  target: Element;
  via: string;
}

let control: HTMLElement;
let clicks: number;
let decide: () => boolean;
let guard: GestureGuard<Attempt>;

beforeEach(() => {
  document.body.replaceChildren();
  control = document.createElement('button');
  document.body.append(control);
  clicks = 0;
  // The page's own handler: what acts on the control.
  control.addEventListener('click', () => (clicks += 1));
  guard = installGestureGuard<Attempt>(window, {
    action: 'send',
    attemptAt: (target, via) => (target === control ? { target, via } : null),
    shouldHold: () => decide(),
    perform(attempt) {
      (attempt.target as HTMLElement).click();
      return true;
    },
  });
});

afterEach(() => {
  guard.dispose();
  vi.restoreAllMocks();
});

const click = () => {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
    control.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
};

describe('installGestureGuard', () => {
  it('lets the gesture through, and says why, when deciding throws', () => {
    decide = () => {
      throw new Error('boom');
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    click();
    expect(clicks).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('letting the send through'), expect.any(Error));
  });

  it('asks once per gesture, and a replay passes without being asked', () => {
    decide = vi.fn(() => true);
    click();
    expect(clicks).toBe(0);
    expect(decide).toHaveBeenCalledTimes(1);
    expect(guard.replay({ target: control, via: 'pointer' })).toBe(true);
    expect(clicks).toBe(1);
    expect(decide).toHaveBeenCalledTimes(1);
  });

  it('decides a click that no press announced (from the keyboard or a script) by itself', () => {
    decide = () => true;
    control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicks).toBe(0);
    decide = () => false;
    control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicks).toBe(1);
  });
});
