import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACTIVE_LEASE_MS,
  AWAKE_LEASE_MS,
  AWAKE_PORT,
  LEASE_PING_MS,
  PING_MESSAGE,
  createAwakeLease,
  DOCUMENT_MAX_CHARS,
  documentCheckReply,
  READY_MESSAGE,
  REQUEST_TIMEOUT_MS,
  REWAKE_EVERY_MS,
  requestDocumentCheck,
  type DocumentCheckReply,
} from './document-check';
import { effectiveItem, fallbackState } from './effective';
import { acceptAwakePort, checkDocument, DOCUMENT_BUDGET_MS, registerDocumentCheck } from './document-check-handler';
import { exampleProfile } from '../profile';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('document checks in the background', () => {
  it('checks a document with the stored profile and finds the conflicts', async () => {
    const reply = await checkDocument('The mobile redesign is urgent: we need the first screens ASAP.');
    expect(reply.ok).toBe(true);
    if (reply.ok)
      expect(reply.report.findings.map((f) => [f.rule, f.topic])).toContainEqual([
        'urgency-on-paused',
        'mobile-redesign',
      ]);
  });

  it('says "the document" in its messages, not "the draft"', async () => {
    const reply = await checkDocument('The mobile redesign is urgent: we need the first screens ASAP.');
    const messages = reply.ok ? reply.report.findings.map((f) => `${f.message} ${f.suggestion}`) : [];
    expect(messages.join(' ')).toMatch(/the document says/);
    expect(messages.join(' ')).not.toMatch(/draft/);
  });

  it('checks against a profile the request brings (Try it, before the edit is saved), and refuses an invalid one', async () => {
    const edited = {
      ...exampleProfile,
      priorities: exampleProfile.priorities.map((p) =>
        p.id === 'mobile-redesign' ? { ...p, status: 'active' as const } : p,
      ),
    };
    const text = 'The mobile redesign is urgent: we need the first screens ASAP.';
    const stored = await checkDocument(text);
    const tried = await checkDocument(text, { profile: edited, medium: 'draft' });
    const rules = (reply: typeof stored) => (reply.ok ? reply.report.findings.map((f) => f.rule) : ['failed']);
    expect(rules(stored)).toContain('urgency-on-paused');
    expect(rules(tried)).not.toContain('urgency-on-paused');
    expect(await checkDocument(text, { profile: { ...edited, team: '' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/the profile to check against is not valid: team/),
    });
  });

  it('writes of a mail draft as a draft when the content script says so', async () => {
    const reply = await checkDocument('The mobile redesign is urgent: we need the first screens ASAP.', {
      medium: 'draft',
    });
    expect(reply.ok && reply.report.findings.map((f) => f.message).join(' ')).toMatch(/draft/);
  });

  it('carries a mail draft’s subject through the message channel and reads it', async () => {
    registerDocumentCheck();
    const reply = documentCheckReply.parse(
      await fakeBrowser.runtime.sendMessage({
        type: 'consonant:check-document',
        text: 'The notes from Tuesday are attached.',
        subject: 'URGENT: mobile redesign',
        medium: 'draft',
      }),
    );
    expect(reply.ok && reply.report.findings.map((f) => [f.rule, f.field, f.text])).toEqual([
      ['urgency-on-paused', 'subject', 'URGENT'],
    ]);
  });

  it('answers a valid request through the message channel', async () => {
    registerDocumentCheck();
    const reply = await fakeBrowser.runtime.sendMessage({
      type: 'consonant:check-document',
      text: 'We need the new app ASAP.',
    });
    expect(documentCheckReply.parse(reply).ok).toBe(true);
  });

  it.each([
    ['another feature', { type: 'consonant:sync-now' }],
    ['a malformed request', { type: 'consonant:check-document', text: 42 }],
    ['an oversized document', { type: 'consonant:check-document', text: 'x'.repeat(1_000_001) }],
  ])('leaves %s unanswered', async (_name, message) => {
    registerDocumentCheck();
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
    expect(answers).toEqual([undefined]);
  });

  it.each([
    ['an unreadable answer', () => Promise.resolve({ ok: true, report: 'nope' }), /unreadable answer/],
    ['a rejected message', () => Promise.reject(new Error('Receiving end does not exist.')), /Receiving end/],
  ])('turns %s into an error the page can show, never a throw', async (_name, impl, message) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(impl as never);
    const reply = await requestDocumentCheck('text');
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(message) });
  });

  it('gives up on a background that never answers', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => new Promise(() => {})) as never);
    const pending = requestDocumentCheck('text', 500);
    await vi.advanceTimersByTimeAsync(500);
    await expect(pending).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/no answer/) });
    vi.useRealTimers();
  });

  it('sends an oversized document up to the cap instead of having it refused', async () => {
    registerDocumentCheck();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const reply = await requestDocumentCheck('The new app is urgent. '.repeat(50_000));
    expect((send.mock.calls[0]![0] as unknown as { text: string }).text).toHaveLength(DOCUMENT_MAX_CHARS);
    expect(reply.ok).toBe(true);
  });

  it('waits longer than the background may take, so a slow check ends with a report', () => {
    expect(REQUEST_TIMEOUT_MS).toBeGreaterThan(DOCUMENT_BUDGET_MS);
  });
});

describe('the state in force, held by the background', () => {
  const text = 'The mobile redesign is urgent: we need the first screens ASAP.';
  const rules = (reply: DocumentCheckReply) => (reply.ok ? reply.report.findings.map((f) => f.rule) : ['failed']);

  it('reads storage once for many checks, and checks against a new profile as soon as it is written', async () => {
    await effectiveItem.setValue(fallbackState);
    registerDocumentCheck();
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    for (let i = 0; i < 3; i++)
      expect(rules(await checkDocument(text, { medium: 'draft' }))).toContain('urgency-on-paused');
    expect(reads.mock.calls.length).toBeLessThanOrEqual(1);
    // The team resumes the redesign: the next check, straight after the write, knows.
    const resumed = {
      ...exampleProfile,
      priorities: exampleProfile.priorities.map((p) =>
        p.id === 'mobile-redesign' ? { ...p, status: 'active' as const } : p,
      ),
    };
    await effectiveItem.setValue({ ...fallbackState, profile: resumed });
    expect(rules(await checkDocument(text, { medium: 'draft' }))).not.toContain('urgency-on-paused');
  });

  it('reads storage again after a read that failed', async () => {
    registerDocumentCheck();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage is busy'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await checkDocument(text)).toMatchObject({ ok: false, error: 'storage is busy' });
    expect(rules(await checkDocument(text))).toContain('urgency-on-paused');
  });
});

describe('keeping the background started while a mail page checks drafts', () => {
  /** A port whose worker can be stopped, as Chrome closes it. */
  function fakePorts() {
    const ports: {
      disconnect: ReturnType<typeof vi.fn>;
      postMessage: ReturnType<typeof vi.fn>;
      stop(): void;
      say(message: unknown): void;
    }[] = [];
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((() => {
      const listeners: (() => void)[] = [];
      const heard: ((message: unknown) => void)[] = [];
      const port = {
        name: AWAKE_PORT,
        disconnect: vi.fn(),
        postMessage: vi.fn(),
        onDisconnect: { addListener: (l: () => void) => listeners.push(l) },
        onMessage: { addListener: (l: (message: unknown) => void) => heard.push(l) },
        stop: () => listeners.forEach((l) => l()),
        say: (message: unknown) => heard.forEach((l) => l(message)),
      };
      ports.push(port);
      return port;
    }) as never);
    return { ports, connect };
  }

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts the background again at once when it stops, at most once a second', async () => {
    const { ports, connect } = fakePorts();
    const lease = createAwakeLease();
    lease();
    expect(connect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    ports[0]!.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(connect).toHaveBeenCalledTimes(2);
    // Stopped again straight away: started again a second after the last start, not in a loop.
    ports[1]!.stop();
    await vi.advanceTimersByTimeAsync(REWAKE_EVERY_MS - 1);
    expect(connect).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(connect).toHaveBeenCalledTimes(3);
  });

  it('holds the port while pings come, and lets go after the last one', async () => {
    const { ports, connect } = fakePorts();
    const lease = createAwakeLease();
    lease();
    await vi.advanceTimersByTimeAsync(20_000);
    lease();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(ports[0]!.disconnect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(AWAKE_LEASE_MS - 20_000);
    expect(ports[0]!.disconnect).toHaveBeenCalledTimes(1);
    // No compose asks any more: a stop now starts nothing.
    ports[0]!.stop();
    await vi.advanceTimersByTimeAsync(REWAKE_EVERY_MS);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('says the background is starting until it says it is ready, and again once it stopped', async () => {
    const { ports } = fakePorts();
    const lease = createAwakeLease();
    expect(lease.starting()).toBe(false);
    lease();
    expect(lease.starting()).toBe(true);
    ports[0]!.say({ type: 'something else' });
    expect(lease.starting()).toBe(true);
    ports[0]!.say({ type: READY_MESSAGE });
    expect(lease.starting()).toBe(false);
    // The worker stopped: cold until the port is open again and the new worker says it is ready.
    ports[0]!.stop();
    await vi.advanceTimersByTimeAsync(REWAKE_EVERY_MS);
    expect(ports).toHaveLength(2);
    expect(lease.starting()).toBe(true);
    // A late word from the old port says nothing about the new worker.
    ports[0]!.say({ type: READY_MESSAGE });
    expect(lease.starting()).toBe(true);
    ports[1]!.say({ type: READY_MESSAGE });
    expect(lease.starting()).toBe(false);
    // Let go at the lease's end: no port, nothing starting as far as this page knows.
    await vi.advanceTimersByTimeAsync(AWAKE_LEASE_MS);
    expect(lease.held()).toBe(false);
    expect(lease.starting()).toBe(false);
  });

  it("the writer's activity keeps one port open for as long as it goes on, and lets go after ACTIVE_LEASE_MS without any", async () => {
    vi.resetModules();
    const { wakeOnIntent, backgroundStarting } = await import('./document-check');
    const { ports, connect } = fakePorts();
    wakeOnIntent();
    expect(connect).toHaveBeenCalledTimes(1);
    expect(backgroundStarting()).toBe(true);
    ports[0]!.say({ type: READY_MESSAGE });
    expect(backgroundStarting()).toBe(false);
    // A press every 10 s for two minutes: never a new port, never a release at 30 s.
    for (let t = 0; t < 120_000; t += 10_000) {
      await vi.advanceTimersByTimeAsync(10_000);
      wakeOnIntent();
    }
    expect(connect).toHaveBeenCalledTimes(1);
    expect(ports[0]!.disconnect).not.toHaveBeenCalled();
    // The writer stops: held until ACTIVE_LEASE_MS after the last press, then the port is closed.
    await vi.advanceTimersByTimeAsync(ACTIVE_LEASE_MS - 1);
    expect(ports[0]!.disconnect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ports[0]!.disconnect).toHaveBeenCalledTimes(1);
    // Nothing pings a released lease, and a stop now starts nothing.
    const pinged = ports[0]!.postMessage.mock.calls.length;
    ports[0]!.stop();
    await vi.advanceTimersByTimeAsync(2 * LEASE_PING_MS);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(ports[0]!.postMessage).toHaveBeenCalledTimes(pinged);
    // The next press starts the background again at once.
    wakeOnIntent();
    expect(connect).toHaveBeenCalledTimes(2);
    expect(backgroundStarting()).toBe(true);
  });

  it('pings on the port every LEASE_PING_MS while a lease is held, so Chrome does not stop the worker as idle', async () => {
    const { ports } = fakePorts();
    const lease = createAwakeLease();
    lease(ACTIVE_LEASE_MS);
    await vi.advanceTimersByTimeAsync(LEASE_PING_MS - 1);
    expect(ports[0]!.postMessage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ports[0]!.postMessage).toHaveBeenCalledExactlyOnceWith({ type: PING_MESSAGE });
    await vi.advanceTimersByTimeAsync(4 * LEASE_PING_MS);
    expect(ports[0]!.postMessage).toHaveBeenCalledTimes(5);
    // A port closing under the ping does not throw out of the timer.
    ports[0]!.postMessage.mockImplementation(() => {
      throw new Error('Attempting to use a disconnected port object');
    });
    await vi.advanceTimersByTimeAsync(LEASE_PING_MS);
    expect(ports[0]!.postMessage).toHaveBeenCalledTimes(6);
    // Each ping is one word: no draft text.
    expect(ports[0]!.postMessage.mock.calls.every(([m]) => JSON.stringify(m) === '{"type":"consonant:ping"}')).toBe(
      true,
    );
  });

  it("a draft check's short lease does not cut the writer's longer one short", async () => {
    const { ports } = fakePorts();
    const lease = createAwakeLease();
    lease(ACTIVE_LEASE_MS);
    lease();
    await vi.advanceTimersByTimeAsync(AWAKE_LEASE_MS);
    expect(lease.held()).toBe(true);
    expect(ports[0]!.disconnect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(ACTIVE_LEASE_MS - AWAKE_LEASE_MS);
    expect(lease.held()).toBe(false);
    expect(ports[0]!.disconnect).toHaveBeenCalledTimes(1);
  });

  it('the background listens and says ready on each awake port once its warm-up ran, and not on other ports', async () => {
    let warm = () => {};
    const ready = new Promise<void>((resolve) => (warm = resolve));
    const connected: ((port: unknown) => void)[] = [];
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((l) => connected.push(l as never));
    acceptAwakePort(ready);
    const listens = () => ({ addListener: vi.fn() });
    const awake = { name: AWAKE_PORT, postMessage: vi.fn(), onMessage: listens() };
    const other = { name: 'something-else', postMessage: vi.fn(), onMessage: listens() };
    const closed = {
      name: AWAKE_PORT,
      postMessage: vi.fn(() => {
        throw new Error('Attempting to use a disconnected port object');
      }),
      onMessage: listens(),
    };
    for (const port of [awake, other, closed]) connected.forEach((l) => l(port));
    await vi.advanceTimersByTimeAsync(0);
    expect(awake.postMessage).not.toHaveBeenCalled();
    warm();
    await vi.advanceTimersByTimeAsync(0);
    expect(awake.postMessage).toHaveBeenCalledWith({ type: READY_MESSAGE });
    expect(other.postMessage).not.toHaveBeenCalled();
    expect(closed.postMessage).toHaveBeenCalledTimes(1);
    // It listens on the awake port, so the page's pings reach the worker as events that keep it running.
    expect(awake.onMessage.addListener).toHaveBeenCalledTimes(1);
    expect(other.onMessage.addListener).not.toHaveBeenCalled();
  });

  it('an open compose keeps the background started by the lease alone: its pings on the port, no check sent', async () => {
    vi.resetModules();
    const { holdForCompose } = await import('./document-check');
    const { ports, connect } = fakePorts();
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    // The compose's keep-awake runs every 20 s for two minutes.
    for (let t = 0; t < 6; t += 1) {
      holdForCompose();
      await vi.advanceTimersByTimeAsync(20_000);
    }
    expect(connect).toHaveBeenCalledTimes(1);
    expect(ports[0]!.disconnect).not.toHaveBeenCalled();
    expect(ports[0]!.postMessage.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(sendMessage).not.toHaveBeenCalled();
    // The compose closed: the lease ends AWAKE_LEASE_MS after its last renewal.
    await vi.advanceTimersByTimeAsync(AWAKE_LEASE_MS);
    expect(ports[0]!.disconnect).toHaveBeenCalledTimes(1);
  });

  it('a draft check takes the lease, a page check does not, and no background to connect to still checks', async () => {
    vi.resetModules();
    const { checkInBackground: check } = await import('./document-check');
    const { connect } = fakePorts();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      report: { findings: [], signals: [], stats: { ms: 1, sentences: 1, timedOut: false } },
    } as never);
    await check('The checkout is fine.', 150, { medium: 'page' }).catch(() => undefined);
    expect(connect).not.toHaveBeenCalled();
    connect.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await check('The checkout is fine.', 150).catch(() => undefined);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });
});
