// @vitest-environment happy-dom
import type { ContentScriptContext } from '#imports';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocsStore } from '../../lib/guard/docs-store';
import type { OverlayRenderers } from '../overlay-ui';
import { createDocsUi } from './docs-ui';

const ctx = { isInvalid: false } as unknown as ContentScriptContext;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('Docs UI loading', () => {
  it('loads nothing while Docs checks are off, and the UI once there is something to show', async () => {
    const store = createDocsStore({ phase: 'off' });
    const rendered = { renderNow: vi.fn(), connected: () => true, contains: () => false, remove: vi.fn() };
    const renderers: OverlayRenderers = { guard: () => rendered, docs: vi.fn(() => Promise.resolve(rendered)) };
    const load = vi.fn(() => Promise.resolve(renderers));
    const ui = createDocsUi(ctx, store, load);
    await settle();
    expect(load).not.toHaveBeenCalled();
    store.set({ phase: 'reading' });
    store.set({ phase: 'unreadable', message: 'no export' });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(renderers.docs).toHaveBeenCalledWith(ctx, store);
    ui.dispose();
    expect(rendered.remove).toHaveBeenCalled();
  });

  it('lets a held share go on, says so, and holds no more shares when the UI cannot load', async () => {
    const store = createDocsStore({ phase: 'off' });
    let fail: (error: Error) => void = () => {};
    const ui = createDocsUi(ctx, store, () => new Promise((_, reject) => (fail = reject)));
    const proceed = vi.fn();
    store.hold(proceed);
    expect(ui.canHold()).toBe(true);
    fail(new Error('no answer from the extension'));
    await settle();
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(store.held()).toBeNull();
    expect(ui.canHold()).toBe(false);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/could not load the document indicator and warning; shares go ahead unchecked/),
      expect.any(Error),
    );
  });
});
