import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverlayLoader, registerOverlayUi, type OverlayRenderers } from '../../components/overlay-ui';
import { answerOverlayRequest, OVERLAY_UI_FILE, requestOverlayUi } from './overlay-injection';

const scripting = () => (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting;
const renderers = { guard: vi.fn(), docs: vi.fn() } as unknown as OverlayRenderers;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>).__consonantOverlayUi;
});

describe('loading the page UI', () => {
  it("injects the UI script into the asking content script's own frame, and nowhere else", async () => {
    const executeScript = vi.fn().mockResolvedValue([{ frameId: 3, result: undefined }]);
    scripting().executeScript = executeScript;
    await expect(answerOverlayRequest({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3 })).resolves.toEqual({
      ok: true,
    });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [OVERLAY_UI_FILE] });
    // Not from a tab (an extension page), or not from this extension: nothing is injected.
    await expect(answerOverlayRequest({ id: fakeBrowser.runtime.id })).resolves.toMatchObject({ ok: false });
    await expect(answerOverlayRequest({ id: 'another-extension', tab: { id: 7 }, frameId: 0 })).resolves.toMatchObject({
      ok: false,
    });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it("answers with the browser's refusal in words", async () => {
    scripting().executeScript = vi.fn().mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(answerOverlayRequest({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0 })).resolves.toEqual({
      ok: false,
      error: 'Cannot access contents of the page',
    });
  });

  it('the content script waits for the background, and gives up with a reason when it does not answer', async () => {
    // The fake's sendMessage is typed as answering nothing; the real one carries the background's answer.
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as ReturnType<
      typeof vi.fn<(message: unknown) => Promise<unknown>>
    >;
    send.mockResolvedValueOnce({ ok: true });
    await expect(requestOverlayUi()).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledWith({ type: 'consonant:load-overlay-ui' });
    send.mockResolvedValueOnce({ ok: false, error: 'No tab with id: 7' });
    await expect(requestOverlayUi()).rejects.toThrow('No tab with id: 7');
    send.mockResolvedValueOnce('something else');
    await expect(requestOverlayUi()).rejects.toThrow('unreadable answer');
    vi.useFakeTimers();
    send.mockReturnValue(new Promise(() => {}));
    const late = requestOverlayUi(1000);
    const failed = expect(late).rejects.toThrow('the extension did not load it within 1 s');
    await vi.advanceTimersByTimeAsync(1001);
    await failed;
  });

  it('asks once, hands out what the UI script registered, and asks again after a failure', async () => {
    const request = vi
      .fn()
      .mockRejectedValueOnce(new Error('background asleep'))
      .mockImplementation(async () => registerOverlayUi(renderers));
    const load = createOverlayLoader(request);
    await expect(load()).rejects.toThrow('background asleep');
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(renderers);
    expect(b).toBe(renderers);
    await load();
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('fails when the script ran but registered nothing', async () => {
    await expect(createOverlayLoader(async () => {})()).rejects.toThrow('registered nothing');
  });
});
