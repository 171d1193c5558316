import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackState } from './effective';
import type { Finding, Report, Severity } from '../report';
import type { Settings } from '../settings/schema';
import { readExport, shareDecision } from './docs-controller';
import { createDocsStore, type DocsView } from '../guard/docs-store';

const URL_ = 'https://docs.google.com/document/d/1e2eConsonantPlanDoc_abcdefghij/edit';

afterEach(() => vi.unstubAllGlobals());

describe('readExport', () => {
  it('reads the same-origin export with the writer’s session', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(new Response('\uFEFFHello\r\n', { status: 200, headers: { 'content-type': 'text/plain' } }));
    vi.stubGlobal('fetch', fetch);
    await expect(readExport(URL_)).resolves.toEqual({ ok: true, text: 'Hello\n' });
    expect(fetch).toHaveBeenCalledWith(
      'https://docs.google.com/document/d/1e2eConsonantPlanDoc_abcdefghij/export?format=txt',
      { credentials: 'include', cache: 'no-store' },
    );
  });

  it.each([
    ['offline', () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
    [
      'a sign-in page',
      () =>
        Promise.resolve(
          new Response('<!doctype html><title>Sign in</title>', {
            status: 200,
            headers: { 'content-type': 'text/html' },
          }),
        ),
      'signed-out',
    ],
    ['a 403', () => Promise.resolve(new Response('', { status: 403 })), 'no-access'],
  ])('names %s', async (_name, impl, problem) => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation(impl));
    await expect(readExport(URL_)).resolves.toMatchObject({ ok: false, problem });
  });

  it('does not fetch for a page that is not a document', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await expect(
      readExport('https://docs.google.com/spreadsheets/d/1e2eConsonantPlanDoc_abcdefghij/edit'),
    ).resolves.toMatchObject({ ok: false });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('shareDecision', () => {
  const finding = (severity: Severity): Finding => ({
    rule: 'x',
    severity,
    start: 0,
    end: 1,
    text: 'x',
    topic: null,
    message: 'm',
    suggestion: 's',
  });
  const report = (severities: Severity[]): Report => ({
    signals: [],
    findings: severities.map(finding),
    excluded: [],
    stats: { elapsedMs: 1, timedOut: false, checkedChars: 1 },
  });
  const ready = (severities: Severity[]): DocsView => ({ phase: 'ready', text: 'x', report: report(severities) });
  const settings = (patch: Partial<Settings>): Settings => ({ ...fallbackState.settings, ...patch });

  it.each<[string, DocsView, Partial<Settings> | null, 'hold' | 'pass']>([
    ['an error at the default threshold', ready(['error']), {}, 'hold'],
    ['a warning at the default threshold', ready(['warning']), {}, 'hold'],
    ['only a note at the default threshold', ready(['info']), {}, 'pass'],
    ['a warning when only errors hold', ready(['warning']), { minSeverity: 'error' }, 'pass'],
    ['no findings', ready([]), {}, 'pass'],
    ['an error with checks off', ready(['error']), { mode: 'off' }, 'pass'],
    [
      'an error with Docs switched off',
      ready(['error']),
      { sites: { gmail: true, outlook: true, docs: false } },
      'pass',
    ],
    ['no report yet', { phase: 'reading' }, {}, 'pass'],
    ['an unreadable document', { phase: 'unreadable', message: 'x' }, {}, 'pass'],
    ['a failed check', { phase: 'check-failed', message: 'x' }, {}, 'pass'],
    ['settings not loaded yet', ready(['error']), null, 'pass'],
  ])('%s → %s', (_name, view, patch, expected) => {
    const store = createDocsStore(view);
    store.state = patch ? { ...fallbackState, settings: settings(patch) } : null;
    expect(shareDecision(store)).toBe(expected);
  });
});
