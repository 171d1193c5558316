// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installShareGuard, type ShareDecision } from './share-guard';

let shares: number;
let button: HTMLElement;
let uninstall: () => void;
let held: (() => void)[];
let decision: ShareDecision | 'throw';

beforeEach(() => {
  shares = 0;
  held = [];
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
    onHold: (proceed) => held.push(proceed),
  });
});

afterEach(() => uninstall());

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
    clickLikeAUser(button);
    expect(shares).toBe(expectedShares);
    expect(held).toHaveLength(expectedHolds);
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
});
