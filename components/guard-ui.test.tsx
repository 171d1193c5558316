// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldSend } from '../lib/guard/send-guard';
import type { Report } from '../lib/report';
import type { Compose } from '../lib/sites/types';
import { createGuardUi } from './guard-ui';
import type { OverlayRenderers } from './overlay-ui';
import { renderGuardOverlay } from './render-guard-overlay';
import { paused } from './sample-findings';

const host = () => document.querySelector('[data-consonant="send-guard"]');
const shadowText = () => host()?.shadowRoot?.textContent ?? '';
const renderers: OverlayRenderers = {
  guard: renderGuardOverlay,
  docs: () => Promise.reject(new Error('not on a mail site')),
};

const report = (findings = [paused]): Report => ({
  signals: [],
  findings,
  excluded: [],
  stats: { elapsedMs: 1, timedOut: false, checkedChars: 1 },
});

function compose(): Compose {
  const body = document.createElement('div');
  document.body.append(body);
  return { body, root: body } as unknown as Compose;
}

function held(): HeldSend {
  return { compose: compose(), report: report(), findings: [paused], canSendAnyway: true, edit() {}, sendAnyway() {} };
}

/** A loader the test answers by hand, counting how often it was asked. */
function manualLoader() {
  const calls: { resolve(r: OverlayRenderers): void; reject(e: Error): void }[] = [];
  const load = vi.fn(() => new Promise<OverlayRenderers>((resolve, reject) => calls.push({ resolve, reject })));
  return { load, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('guard UI', () => {
  it('loads no UI code until a badge or a warning is needed, and then once', async () => {
    const { load, calls } = manualLoader();
    const ui = createGuardUi(document, load);
    const c = compose();
    // Checks off for this site: nothing to draw.
    ui.showIndicator(c, null);
    ui.removeIndicator(c);
    expect(load).not.toHaveBeenCalled();
    ui.showIndicator(c, report([]));
    ui.showIndicator(c, report());
    expect(load).toHaveBeenCalledTimes(1);
    expect(host()).toBeNull();
    calls[0]!.resolve(renderers);
    await settle();
    expect(shadowText()).toMatch(/1 conflict/);
  });

  it('holds a warning asked for while its code loads, and shows it when the code arrives', async () => {
    const { load, calls } = manualLoader();
    const ui = createGuardUi(document, load);
    const shown = ui.showWarning(held());
    expect(shown).toBeInstanceOf(Promise);
    // On its way: the guard keeps the send held rather than judging the next press afresh.
    expect(ui.warningShown()).toBe(true);
    calls[0]!.resolve(renderers);
    await expect(shown).resolves.toBeUndefined();
    expect(ui.warningShown()).toBe(true);
    expect(shadowText()).toMatch(/Send anyway/);
  });

  it('fails a warning whose code cannot load, says so, throws at once for the next and tries loading again', async () => {
    const { load, calls } = manualLoader();
    const ui = createGuardUi(document, load);
    const shown = ui.showWarning(held());
    calls[0]!.reject(new Error('no answer from the extension'));
    await expect(shown).rejects.toThrow('no answer from the extension');
    expect(ui.warningShown()).toBe(false);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/could not load the badge and warning; sends go out unchecked/),
      expect.any(Error),
    );
    // The next send cannot wait for another attempt: it is refused at once (and goes out) while the code is asked for again.
    expect(() => ui.showWarning(held())).toThrow(/could not be loaded/);
    expect(load).toHaveBeenCalledTimes(2);
    calls[1]!.resolve(renderers);
    await settle();
    ui.showWarning(held());
    expect(ui.warningShown()).toBe(true);
    expect(shadowText()).toMatch(/Send anyway/);
  });

  it('knows when the page took its warning away', async () => {
    const ui = createGuardUi(document, () => Promise.resolve(renderers));
    await ui.showWarning(held());
    expect(ui.warningShown()).toBe(true);
    host()!.remove();
    expect(ui.warningShown()).toBe(false);
    // Shown again, it is back on the page, synchronously now that the code is here.
    expect(ui.showWarning(held())).toBeUndefined();
    expect(ui.warningShown()).toBe(true);
    expect(shadowText()).toMatch(/Send anyway/);
  });

  it('leaves nothing on the page once disposed, even when the code arrives after', async () => {
    const { load, calls } = manualLoader();
    const ui = createGuardUi(document, load);
    ui.showIndicator(compose(), report());
    ui.dispose();
    calls[0]!.resolve(renderers);
    await settle();
    expect(host()).toBeNull();
    expect(ui.warningShown()).toBe(false);
  });

  it('says on the badge that a send waits for Consonant to start, then shows the result again', async () => {
    const ui = createGuardUi(document, () => Promise.resolve(renderers));
    const c = compose();
    c.body.getBoundingClientRect = () =>
      ({ top: 10, bottom: 200, left: 10, right: 300, width: 290, height: 190 }) as DOMRect;
    ui.showStarting!(c, true);
    // The drawing code loads first, then React draws: on a busy machine that takes more than two ticks.
    await vi.waitFor(() => expect(shadowText()).toMatch(/Starting Consonant…/));
    ui.showStarting!(c, false);
    await settle();
    expect(shadowText()).not.toMatch(/Starting Consonant/);
    ui.showIndicator(c, report());
    await settle();
    expect(shadowText()).toMatch(/1 conflict/);
    // Not starting, and no badge yet: nothing to take back.
    const other = compose();
    ui.showStarting!(other, false);
    await settle();
    expect(shadowText()).not.toMatch(/Checking/);
  });
});
