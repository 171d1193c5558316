import { describe, expect, it, vi } from 'vitest';
import { createDocsStore } from './docs-store';

describe('createDocsStore', () => {
  it.each([
    ['Share anyway continues the share once', true, 1],
    ['Edit drops it', false, 0],
  ])('%s', (_name, share, calls) => {
    const store = createDocsStore();
    const proceed = vi.fn();
    const listener = vi.fn();
    store.subscribe(listener);
    store.hold(proceed);
    expect(store.held()).toBe(proceed);
    store.release(share);
    store.release(true);
    expect(proceed).toHaveBeenCalledTimes(calls);
    expect(store.held()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('returns focus to the Share button after Edit, not after Share anyway', () => {
    for (const [share, focused] of [
      [false, 1],
      [true, 0],
    ] as const) {
      const store = createDocsStore();
      const control = { focus: vi.fn() } as unknown as HTMLElement;
      store.hold(() => {}, control);
      store.release(share);
      expect(control.focus).toHaveBeenCalledTimes(focused);
    }
  });
});
