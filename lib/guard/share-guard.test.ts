// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installShareGuard, type ShareDecision } from './share-guard';

let shares: number;
let button: HTMLElement;
let uninstall: () => void;
let held: (() => void)[];
let decision: ShareDecision | 'throw';
let onHold: (proceed: () => void) => void;

beforeEach(() => {
  shares = 0;
  held = [];
  onHold = (proceed) => held.push(proceed);
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.id = 'docs-titlebar-share-client-button';
  button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.textContent = 'Share';
  // The page's own handler: what opens the real share dialog.
  button.addEventListener('click', () => (shares += 1));
  container.append(button);
  document.body.append(container);
  uninstall = installShareGuard(window, {
    decide: () => {
      if (decision === 'throw') throw new Error('no report');
      return decision;
    },
    onHold: (proceed) => onHold(proceed),
  });
});

afterEach(() => {
  uninstall();
  vi.restoreAllMocks();
});

const press = (target: HTMLElement, types: string[]) =>
  types.map((type) => {
    const event = new MouseEvent(type, { bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  });

function clickLikeAUser(target: HTMLElement) {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'])
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

describe('installShareGuard', () => {
  it.each<[ShareDecision | 'throw', number, number]>([
    ['pass', 1, 0],
    ['hold', 0, 1],
    ['throw', 1, 0],
  ])('decision %s: the page shares %i time(s) and %i warning(s) show', (d, expectedShares, expectedHolds) => {
    decision = d;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    clickLikeAUser(button);
    expect(shares).toBe(expectedShares);
    expect(held).toHaveLength(expectedHolds);
    // A failure is never silent.
    expect(error).toHaveBeenCalledTimes(d === 'throw' ? 1 : 0);
  });

  it('replays a held share to the page exactly once', () => {
    decision = 'hold';
    clickLikeAUser(button.parentElement!);
    expect(shares).toBe(0);
    held[0]!();
    expect(shares).toBe(1);
    expect(held).toHaveLength(1);
  });

  it('holds Enter on the share button too', () => {
    decision = 'hold';
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(held).toHaveLength(1);
  });

  it('leaves clicks elsewhere alone', () => {
    decision = 'hold';
    clickLikeAUser(document.body);
    expect(held).toHaveLength(0);
  });

  it('keeps the decision taken when the gesture started', () => {
    decision = 'pass';
    button.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    decision = 'hold';
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(shares).toBe(1);
  });

  it('shares once when the writer answers Share anyway between the press and the release', () => {
    decision = 'hold';
    press(button, ['pointerdown', 'mousedown']);
    expect(held).toHaveLength(1);
    held[0]!();
    expect(shares).toBe(1);
    // The rest of the writer's own click must not share a second time.
    const rest = press(button, ['pointerup', 'mouseup', 'click']);
    expect(shares).toBe(1);
    expect(rest.every((event) => event.defaultPrevented)).toBe(true);
  });

  it('replays once however often the answer comes', () => {
    decision = 'hold';
    clickLikeAUser(button);
    held[0]!();
    held[0]!();
    expect(shares).toBe(1);
  });

  it('lets the share through, and says so, when the warning cannot be shown', () => {
    decision = 'hold';
    onHold = () => {
      throw new Error('no warning');
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    clickLikeAUser(button);
    expect(shares).toBe(1);
    expect(error).toHaveBeenCalled();
  });

  it('holds the keypress and keyup of a held Enter as well', () => {
    decision = 'hold';
    const [down, pressed, up] = ['keydown', 'keypress', 'keyup'].map((type) => {
      const event = new KeyboardEvent(type, { key: 'Enter', bubbles: true, cancelable: true });
      button.dispatchEvent(event);
      return event;
    });
    expect([down!.defaultPrevented, pressed!.defaultPrevented, up!.defaultPrevented]).toEqual([true, true, true]);
    expect(held).toHaveLength(1);
  });
});
