// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdingFindings } from '../../lib/extension/docs-controller';
import { createDocsStore, type DocsView } from '../../lib/guard/docs-store';
import { fallbackState } from '../../lib/extension/effective';
import type { Finding, Report } from '../../lib/report';
import { paused } from '../sample-findings';
import { DocsApp } from './DocsApp';

afterEach(cleanup);

const note: Finding = {
  ...paused,
  rule: 'stale-profile',
  severity: 'info',
  text: 'profile',
  message: 'The profile is past its review date.',
};
const report = (findings: Finding[]): Report => ({
  signals: [],
  findings,
  excluded: [],
  stats: { elapsedMs: 1, timedOut: false, checkedChars: 40 },
});
const ready = (findings: Finding[]): DocsView => ({
  phase: 'ready',
  text: 'Team, get the new app out ASAP. profile',
  report: report(findings),
});

/** A store as the content script has it once a share was held over a report with a conflict and a note. */
function heldShare() {
  const store = createDocsStore(ready([paused, note]));
  store.state = fallbackState;
  const proceed = vi.fn();
  store.hold(proceed, undefined, holdingFindings(store));
  render(<DocsApp store={store} />);
  return { store, proceed };
}

describe('DocsApp share warning', () => {
  it('lists the findings that held the share, not the notes below the threshold', () => {
    heldShare();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(paused.message);
    expect(dialog.textContent).not.toContain(note.message);
  });

  it('says the document has not been shared, in the words of sharing', () => {
    heldShare();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Nothing has been shared yet.');
    expect(dialog.textContent).not.toContain('sent');
  });

  it.each<[string, DocsView]>([
    ['fails', { phase: 'check-failed', message: 'Consonant could not check this document: no answer' }],
    ['finds nothing any more', ready([])],
    ['is switched off', { phase: 'off' }],
  ])('stays with its reasons when a read behind it %s, so Share anyway still shares once', async (_name, next) => {
    const { store, proceed } = heldShare();
    act(() => store.set(next));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(paused.message);
    await userEvent.click(screen.getByRole('button', { name: 'Share anyway' }));
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('DocsApp findings panel', () => {
  it('says that part of the check failed instead of "nothing conflicts"', async () => {
    const store = createDocsStore({
      phase: 'ready',
      text: 'Lunch is at noon.',
      report: {
        ...report([]),
        stats: { elapsedMs: 1, timedOut: false, checkedChars: 17, error: 'profile names: too many captures' },
      },
    });
    store.state = fallbackState;
    render(<DocsApp store={store} />);
    await userEvent.click(screen.getByRole('button', { name: /Show findings/ }));
    expect(screen.getByRole('alert').textContent).toContain(
      'Part of the check failed, so conflicts may be missing: profile names: too many captures',
    );
    expect(screen.getByRole('heading').textContent).toBe('Not every conflict could be looked for in this document');
    expect(screen.queryByText(/Nothing in this document conflicts/)).toBeNull();
  });
});
