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
});
