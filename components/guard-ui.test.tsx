// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { HeldSend } from '../lib/guard/send-guard';
import type { Compose } from '../lib/sites/types';
import { createGuardUi } from './guard-ui';
import { paused } from './sample-findings';

const host = () => document.querySelector('[data-consonant="send-guard"]');
const shadowText = () => host()?.shadowRoot?.textContent ?? '';

function held(): HeldSend {
  const body = document.createElement('div');
  const compose = { body, root: body } as unknown as Compose;
  return { compose, report: { signals: [], findings: [paused], excluded: [], stats: { elapsedMs: 1, timedOut: false, checkedChars: 1 } }, findings: [paused], canSendAnyway: true, edit() {}, sendAnyway() {} };
}

afterEach(() => document.body.replaceChildren());

describe('guard UI', () => {
  it('knows when the page took its warning away', () => {
    const ui = createGuardUi(document);
    ui.showWarning(held());
    expect(ui.warningShown()).toBe(true);
    host()!.remove();
    expect(ui.warningShown()).toBe(false);
    // Shown again, it is back on the page.
    ui.showWarning(held());
    expect(ui.warningShown()).toBe(true);
    expect(shadowText()).toMatch(/Send anyway/);
  });

  it('leaves nothing on the page once disposed', () => {
    const ui = createGuardUi(document);
    ui.showWarning(held());
    ui.dispose();
    expect(host()).toBeNull();
    expect(ui.warningShown()).toBe(false);
  });
});
