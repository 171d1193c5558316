import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SignalCache } from '../signals';
import type { DocumentCheckReply } from './document-check';
import { PageCaches, registerDocumentCheck } from './document-check-handler';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const tab = (id: number, frameId = 0) => ({ tab: { id } as never, frameId });

describe('the caches of the pages that send checks', () => {
  it('keeps one per tab and frame, and one per extension page whatever its query or hash', () => {
    const caches = new PageCaches();
    expect(caches.for(tab(1))).toBe(caches.for(tab(1)));
    expect(caches.for(tab(1, 3))).not.toBe(caches.for(tab(1)));
    expect(caches.for(tab(2))).not.toBe(caches.for(tab(1)));
    expect(caches.for({ url: 'chrome-extension://id/options.html#profile' })).toBe(
      caches.for({ url: 'chrome-extension://id/options.html?tab=2' }),
    );
  });

  it('keeps only the most recently used pages', () => {
    const caches = new PageCaches(2);
    const first = caches.for(tab(1));
    caches.for(tab(2));
    caches.for(tab(1));
    caches.for(tab(3));
    expect(caches.size).toBe(2);
    expect(caches.for(tab(1))).toBe(first);
    expect(caches.for(tab(2))).toBeInstanceOf(SignalCache);
    expect(caches.size).toBe(2);
  });

  it("forgets a closed tab's drafts, in every frame", () => {
    const caches = new PageCaches();
    const kept = caches.for(tab(12));
    const frame = caches.for(tab(1, 4));
    caches.for(tab(1));
    caches.forgetTab(1);
    expect(caches.size).toBe(1);
    expect(caches.for(tab(12))).toBe(kept);
    expect(caches.for(tab(1, 4))).not.toBe(frame);
  });
});

describe('re-checks in the background', () => {
  const ask = (text: string, sender: object) =>
    new Promise<DocumentCheckReply>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        { type: 'consonant:check-document', text, medium: 'draft' },
        sender,
        resolve,
      );
    });
  const draft = 'The mobile redesign is urgent. We need the first screens ASAP. Thanks for the help.';

  it('read only what changed since the same page last asked, with the same findings', async () => {
    registerDocumentCheck();
    const read = vi.spyOn(SignalCache.prototype, 'keepReading');
    const first = await ask(draft, tab(5));
    expect(read).toHaveBeenCalledTimes(3);
    read.mockClear();
    const again = await ask(draft.replace('Thanks for', 'Thanks a lot for'), tab(5));
    expect(read).toHaveBeenCalledTimes(1);
    const findings = (reply: DocumentCheckReply) =>
      reply.ok ? reply.report.findings.map((f) => [f.rule, f.start, f.end]) : 'failed';
    expect(findings(again)).toEqual(findings(first));
    read.mockClear();
    await ask(draft, tab(6));
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('read a closed tab’s next draft afresh', async () => {
    registerDocumentCheck();
    const read = vi.spyOn(SignalCache.prototype, 'keepReading');
    await ask(draft, tab(7));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    read.mockClear();
    await ask(draft, tab(7));
    expect(read).toHaveBeenCalledTimes(3);
  });
});
