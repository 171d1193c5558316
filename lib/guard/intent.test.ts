// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchIntent } from './intent';

afterEach(() => vi.restoreAllMocks());

describe("the writer's intent on a mail page", () => {
  it('is heard on every press and key, before the page, without changing what the page sees', () => {
    const onIntent = vi.fn();
    const stop = watchIntent(window, onIntent);
    const pageSaw: boolean[] = [];
    document.body.addEventListener('pointerdown', (e) => pageSaw.push(e.defaultPrevented));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    expect(onIntent).toHaveBeenCalledTimes(2);
    expect(pageSaw).toEqual([false]);
    stop();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(onIntent).toHaveBeenCalledTimes(2);
  });

  it('lets the press through and says so in the console when starting the checker throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = watchIntent(window, () => {
      throw new Error('Extension context invalidated.');
    });
    const seen = vi.fn();
    document.body.addEventListener('keydown', seen);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('[consonant] could not start the checker', expect.any(Error));
    stop();
  });
});
