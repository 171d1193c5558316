// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INTENT_EVERY_MS, watchIntent } from './intent';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The tab as the browser says it is: in view or hidden, and tells the page when it changes. */
function setVisibility(state: DocumentVisibilityState) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

describe("the writer's intent on a mail page", () => {
  it('is heard on a press and a key, before the page, without changing what the page sees', () => {
    const onIntent = vi.fn();
    let t = 0;
    const stop = watchIntent(window, onIntent, () => (t += INTENT_EVERY_MS));
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

  it('passes on at most one sign a second, the first at once: every key of a fast typist is not a renewal', () => {
    vi.useFakeTimers();
    const onIntent = vi.fn();
    const stop = watchIntent(window, onIntent);
    for (let i = 0; i < 20; i++) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      vi.advanceTimersByTime(100);
    }
    expect(onIntent).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(INTENT_EVERY_MS);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(onIntent).toHaveBeenCalledTimes(3);
    stop();
  });

  it('is heard when the tab is shown again and when the window gets the focus, not when a field does', () => {
    vi.useFakeTimers();
    const onIntent = vi.fn();
    const stop = watchIntent(window, onIntent);
    setVisibility('visible');
    expect(onIntent).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(INTENT_EVERY_MS);
    window.dispatchEvent(new FocusEvent('focus'));
    expect(onIntent).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(INTENT_EVERY_MS);
    const field = document.createElement('input');
    document.body.appendChild(field);
    field.dispatchEvent(new FocusEvent('focus'));
    expect(onIntent).toHaveBeenCalledTimes(2);
    stop();
    setVisibility('visible');
    window.dispatchEvent(new FocusEvent('focus'));
    expect(onIntent).toHaveBeenCalledTimes(2);
    field.remove();
  });

  it('is not heard while the tab is hidden: keys sent to a tab in the background do not keep the checker up', () => {
    vi.useFakeTimers();
    const onIntent = vi.fn();
    const stop = watchIntent(window, onIntent);
    setVisibility('hidden');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    window.dispatchEvent(new FocusEvent('focus'));
    expect(onIntent).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(onIntent).toHaveBeenCalledTimes(1);
    stop();
  });
});
