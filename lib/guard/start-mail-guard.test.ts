// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFixture } from '../../test/fixtures/dom/load-fixture';
import { fallbackState } from '../extension/effective';
import { gmail } from '../sites/gmail';
import type { GuardUi } from './send-guard';
import { startMailGuard } from './start-mail-guard';

const ui: GuardUi = {
  showWarning: () => {},
  closeWarning: () => {},
  warningShown: () => false,
  showProblem: () => {},
  dispose: () => {},
  isOwnUi: () => false,
  showIndicator: () => {},
  removeIndicator: () => {},
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

afterEach(() => vi.restoreAllMocks());

describe('startMailGuard', () => {
  it('does not search the page for composes while the writer types, and does when a compose opens', async () => {
    mountFixture('gmail-compose-new.html');
    const findComposes = vi.spyOn(gmail, 'findComposes');
    const guard = startMailGuard({
      window,
      adapter: gmail,
      ui,
      readState: async () => fallbackState,
      watchState: () => () => {},
      check: () => ({
        signals: [],
        findings: [],
        excluded: [],
        stats: { elapsedMs: 0, timedOut: false, checkedChars: 0 },
      }),
    });
    await settle();
    const before = findComposes.mock.calls.length;

    const editor = document.querySelector('[g_editable="true"]')!;
    editor.append(document.createTextNode('Please get the new app out ASAP.'));
    editor.append(document.createElement('br'));
    await settle();
    expect(findComposes.mock.calls.length).toBe(before);

    document.body.append(document.createElement('div'));
    await settle();
    expect(findComposes.mock.calls.length).toBe(before + 1);
    guard.dispose();
  });
});
