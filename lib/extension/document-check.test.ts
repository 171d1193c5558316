import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENT_MAX_CHARS, documentCheckReply, REQUEST_TIMEOUT_MS, requestDocumentCheck, type DocumentCheckReply } from './document-check';
import { effectiveItem, fallbackState } from './effective';
import { checkDocument, DOCUMENT_BUDGET_MS, registerDocumentCheck } from './document-check-handler';
import { exampleProfile } from '../profile';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('document checks in the background', () => {
  it('checks a document with the stored profile and finds the conflicts', async () => {
    const reply = await checkDocument('The mobile redesign is urgent: we need the first screens ASAP.');
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.report.findings.map((f) => [f.rule, f.topic])).toContainEqual(['urgency-on-paused', 'mobile-redesign']);
  });

  it('says "the document" in its messages, not "the draft"', async () => {
    const reply = await checkDocument('The mobile redesign is urgent: we need the first screens ASAP.');
    const messages = reply.ok ? reply.report.findings.map((f) => `${f.message} ${f.suggestion}`) : [];
    expect(messages.join(' ')).toMatch(/the document says/);
    expect(messages.join(' ')).not.toMatch(/draft/);
  });

  it('checks against a profile the request brings (Try it, before the edit is saved), and refuses an invalid one', async () => {
    const edited = { ...exampleProfile, priorities: exampleProfile.priorities.map((p) => (p.id === 'mobile-redesign' ? { ...p, status: 'active' as const } : p)) };
    const text = 'The mobile redesign is urgent: we need the first screens ASAP.';
    const stored = await checkDocument(text);
    const tried = await checkDocument(text, { profile: edited, medium: 'draft' });
    const rules = (reply: typeof stored) => (reply.ok ? reply.report.findings.map((f) => f.rule) : ['failed']);
    expect(rules(stored)).toContain('urgency-on-paused');
    expect(rules(tried)).not.toContain('urgency-on-paused');
    expect(await checkDocument(text, { profile: { ...edited, team: '' } })).toMatchObject({ ok: false, error: expect.stringMatching(/the profile to check against is not valid: team/) });
  });

  it('writes of a mail draft as a draft when the content script says so', async () => {
    const reply = await checkDocument('The mobile redesign is urgent: we need the first screens ASAP.', { medium: 'draft' });
    expect(reply.ok && reply.report.findings.map((f) => f.message).join(' ')).toMatch(/draft/);
  });

  it('answers a valid request through the message channel', async () => {
    registerDocumentCheck();
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'consonant:check-document', text: 'We need the new app ASAP.' });
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
    for (let i = 0; i < 3; i++) expect(rules(await checkDocument(text, { medium: 'draft' }))).toContain('urgency-on-paused');
    expect(reads.mock.calls.length).toBeLessThanOrEqual(1);
    // The team resumes the redesign: the next check, straight after the write, knows.
    const resumed = { ...exampleProfile, priorities: exampleProfile.priorities.map((p) => (p.id === 'mobile-redesign' ? { ...p, status: 'active' as const } : p)) };
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
