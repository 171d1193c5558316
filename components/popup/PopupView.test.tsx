// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackState, type EffectiveState } from '../../lib/extension/effective';
import { exampleProfile } from '../../lib/profile';
import { PopupView, type PopupViewProps } from './PopupView';

afterEach(cleanup);

const NOW = new Date('2026-11-24T12:00:00Z');
const URL_A = 'https://intranet.example.com/team.json';
const urlState: EffectiveState = {
  ...fallbackState,
  profile: {
    ...exampleProfile,
    team: 'Platform leadership',
    version: '2026-11-20.3',
    updatedAt: '2026-11-24T09:00:00Z',
    reviewBy: '2027-01-01',
  },
  profileSource: 'url',
  profileSyncedAt: '2026-11-24T11:00:00Z',
  settings: { ...fallbackState.settings, profileUrl: URL_A },
};

function show(patch: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    state: urlState,
    status: null,
    changes: null,
    report: null,
    tabUrl: undefined,
    now: NOW,
    onSyncNow: vi.fn(),
    onDismissChanges: vi.fn(),
    onOpenOptions: vi.fn(),
    ...patch,
  };
  render(<PopupView {...props} />);
  return props;
}

const text = () => screen.getByRole('main').textContent ?? '';

describe('PopupView', () => {
  it('shows the team, version, who updated it and when, and the source', () => {
    show();
    expect(text()).toMatch(/Platform leadership/);
    expect(text()).toMatch(/Version2026-11-20\.3/);
    expect(text()).toMatch(/3 hours ago by Ana Ruiz/);
    expect(text()).toMatch(/SourceTeam URL/);
    expect(screen.queryByText('Managed')).toBeNull();
  });

  it.each([
    ['updated', undefined, /Last sync 1 hour ago: downloaded a new version/],
    ['not-modified', undefined, /up to date/],
    [
      'failed',
      'the server answered 500 Internal Server Error',
      /failed: the server answered 500 Internal Server Error\. The last good profile is still in use/,
    ],
  ] as const)('shows the last sync result (%s)', (result, reason, expected) => {
    show({ status: { url: URL_A, at: '2026-11-24T11:00:00Z', result, reason, errors: [] } });
    expect(text()).toMatch(expected);
  });

  it('lists each validation error with its path when a sync fails on an invalid file', () => {
    const errors = [
      { path: 'priorities[2].rank', message: 'rank starts at 1 (got 0)' },
      {
        path: 'decisions[0].status',
        message: 'should be one of "decided", "open", "revisiting" (got "decidd")',
        line: 12,
        column: 13,
      },
    ];
    show({
      status: {
        url: URL_A,
        at: '2026-11-24T11:00:00Z',
        result: 'failed',
        reason: 'the file is not a valid profile (2 problems):\n...',
        errors,
      },
    });
    const items = within(screen.getByRole('alert'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'priorities[2].rank rank starts at 1 (got 0)',
      'decisions[0].status should be one of "decided", "open", "revisiting" (got "decidd") (line 12, column 13)',
    ]);
  });

  it('asks the background to sync on Sync now', async () => {
    const props = show();
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(props.onSyncNow).toHaveBeenCalledOnce();
  });

  it.each([
    [
      'review date passed',
      { ...urlState, profile: { ...urlState.profile, reviewBy: '2026-11-01' } },
      /out of date: the team planned to review it by 2026-11-01/,
    ],
    [
      'no sync for 9 days',
      { ...urlState, profileSyncedAt: '2026-11-15T10:00:00Z' },
      /out of date: it has not synced for 9 days/,
    ],
  ])('warns when the profile is stale: %s', (_name, state, expected) => {
    show({ state });
    expect(text()).toMatch(expected);
  });

  it('does not warn about a current profile', () => {
    show();
    expect(text()).not.toMatch(/out of date/);
  });

  it('lists what changed until dismissed', async () => {
    const props = show({
      changes: {
        team: 'Platform leadership',
        fromVersion: 'v1',
        toVersion: 'v2',
        at: NOW.toISOString(),
        lines: ['Mobile redesign: active → paused'],
        base: exampleProfile,
      },
    });
    expect(screen.getByRole('heading', { name: 'What changed (v1 → v2)' })).toBeTruthy();
    expect(text()).toMatch(/Mobile redesign: active → paused/);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(props.onDismissChanges).toHaveBeenCalledOnce();
  });

  it('marks a profile set by policy as managed and offers no sync', () => {
    show({ state: { ...urlState, profileSource: 'managed', profileSyncedAt: null, locked: ['profile', 'mode'] } });
    expect(screen.getByText('Managed')).toBeTruthy();
    expect(text()).toMatch(/SourceSet by your organization/);
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
  });

  it('lists policy values that were ignored', () => {
    show({ report: { problems: [{ key: 'mode', message: 'should be one of "off", "warn", "block"' }], keys: [] } });
    expect(screen.getByRole('alert').textContent).toMatch(/ignored because they are invalid[\s\S]*mode/);
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', {}, /Gmail is checked: Consonant warns before a conflicting send/],
    [
      'https://outlook.office.com/mail/',
      { mode: 'block' as const },
      /Outlook is checked: Consonant holds a conflicting send/,
    ],
    [
      'https://docs.google.com/document/d/1/edit',
      { sites: { gmail: true, outlook: true, docs: false } },
      /Google Docs: checks are turned off for this site/,
    ],
    ['https://mail.google.com/', { mode: 'off' as const }, /Gmail: checks are off/],
    [
      'https://docs.google.com/document/u/1/d/1e2eConsonantPlanDoc/edit',
      {},
      /Google Docs is checked: Consonant warns before a conflicting share/,
    ],
    ['https://docs.google.com/spreadsheets/d/1e2eConsonantPlanDoc/edit', {}, /not one Consonant checks as you write/],
    ['https://docs.google.com/document/', {}, /not one Consonant checks as you write/],
    ['https://example.com/', {}, /not one Consonant checks as you write/],
    [undefined, {}, /not one Consonant checks as you write/],
  ])('says whether %s is a checked site', (tabUrl, settings, expected) => {
    show({ tabUrl, state: { ...urlState, settings: { ...urlState.settings, ...settings } } });
    expect(text()).toMatch(expected);
  });

  it('lists each compose it cannot check in this tab, and why', () => {
    show({
      tabUrl: 'https://outlook.cloud.microsoft/mail/',
      guardStatus: { checked: 1, problems: ["can't find Send (looked for: data-testid ComposeSendButton)"] },
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /Outlook: Consonant can't fully check a compose in this tab, so conflicts may go out unwarned:.*can't find Send \(looked for: data-testid ComposeSendButton\)/,
    );
  });

  it('says when no guard answers in a mail tab (opened before Consonant was installed or updated)', () => {
    show({ tabUrl: 'https://mail.google.com/mail/u/0/', guardStatus: null });
    expect(text()).toMatch(/Gmail: Consonant is not running in this tab. Reload the page/);
  });

  it('says when checks are off by policy rather than by the writer', () => {
    show({
      tabUrl: 'https://mail.google.com/',
      state: { ...urlState, settings: { ...urlState.settings, mode: 'off' }, locked: ['mode'] },
    });
    expect(text()).toMatch(/Gmail: checks are off by your organization\./);
  });
});
