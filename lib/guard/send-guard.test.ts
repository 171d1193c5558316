// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountFixture, setEditor } from '../../test/fixtures/dom/load-fixture';
import type { EffectiveState } from '../extension/effective';
import { exampleProfile } from '../profile/example';
import type { Finding, Report } from '../report';
import { defaultSettings, type Settings } from '../settings/schema';
import { gmail } from '../sites/gmail';
import { KEEP_AWAKE_MS } from './live-checks';
import {
  COLD_START_BUDGET_MS,
  SEND_BUDGET_MS,
  startSendGuard,
  type Checker,
  type GuardUi,
  type HeldSend,
  type SendGuard,
} from './send-guard';

const finding = (severity: Finding['severity'], text = 'ASAP'): Finding => ({
  rule: 'urgency-on-paused',
  severity,
  start: 0,
  end: 0,
  text,
  topic: 'mobile-redesign',
  message: 'paused',
  suggestion: 'say when it resumes',
});

const report = (findings: Finding[], stats: Partial<Report['stats']> = {}): Report => ({
  signals: [],
  findings,
  excluded: [],
  stats: { elapsedMs: 1, timedOut: false, checkedChars: 10, ...stats },
});

/** A checker that finds "ASAP" where it is, like the core would. */
const findsAsap: Checker = (text) => {
  const start = text.indexOf('ASAP');
  return report(start < 0 ? [] : [{ ...finding('error'), start, end: start + 4 }]);
};

const state = (settings: Partial<Settings> = {}): EffectiveState => ({
  profile: exampleProfile,
  profileSource: 'example',
  profileSyncedAt: null,
  settings: { ...defaultSettings, ...settings },
  locked: [],
  signature: { state: 'unsigned' },
  keysPinned: false,
  refused: [],
});

let guard: SendGuard;
let shown: HeldSend[];
let siteSaw: string[];
let ui: GuardUi;
let site: AbortController;
/** Whether the warning is on the page, as the UI would say. */
let onPage: boolean;
let problems: string[];
let uiDisposed: boolean;

/** What the UI was told about a send waiting for the checker to start, in order. */
let startingSaid: boolean[];

function start(check: Checker, options: { now?: () => number; checkerStarting?: () => boolean } = {}) {
  guard = startSendGuard({ window, adapter: gmail, check, warmUp: () => {}, ui, ...options });
  guard.scan();
  return guard;
}

const send = () => document.getElementById(':79')!;
const body = () => document.getElementById(':8o')!;

function click(target: Element) {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
    target.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true }));
  }
}
const key = (target: Element, type: string, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));
const ctrlEnter = (target: Element) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }),
  );

beforeEach(() => {
  mountFixture('gmail-compose-new.html');
  setEditor(body(), '<div>Team, get the new app out ASAP.</div>');
  shown = [];
  siteSaw = [];
  onPage = false;
  problems = [];
  uiDisposed = false;
  startingSaid = [];
  ui = {
    showWarning: (held) => {
      onPage = true;
      shown.push(held);
    },
    closeWarning: () => {
      onPage = false;
    },
    warningShown: () => onPage,
    showProblem: (_body, problem) => problems.push(problem),
    dispose: () => {
      uiDisposed = true;
      onPage = false;
    },
    isOwnUi: () => false,
    showIndicator: () => {},
    removeIndicator: () => {},
    showStarting: (_compose, starting) => startingSaid.push(starting),
  };
  // The site's own listeners, after ours as on the real page.
  site = new AbortController();
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'keydown', 'keyup']) {
    document.addEventListener(type, () => siteSaw.push(type), { signal: site.signal });
  }
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  guard?.dispose();
  site.abort();
  vi.restoreAllMocks();
});

describe('send guard', () => {
  it("hands the reply's quoted history to the check beside the writer's words, and checks again when the quote changes", () => {
    const seen: [string, string | undefined][] = [];
    start((text, _state, _budget, quoted) => {
      seen.push([text, quoted]);
      return report([]);
    }).setState(state());
    const quote = (words: string) =>
      `<div>I need the board deck today.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz &lt;ana@example.com&gt; wrote:<br></div><blockquote class="gmail_quote"><div>${words}</div></blockquote></div>`;
    setEditor(body(), quote('No rush on the board deck.'));
    click(send());
    click(send());
    setEditor(body(), quote('The board deck is urgent.'));
    click(send());
    expect(seen).toEqual([
      [
        'I need the board deck today.',
        'On Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:\nNo rush on the board deck.',
      ],
      [
        'I need the board deck today.',
        'On Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:\nThe board deck is urgent.',
      ],
    ]);
  });

  it('holds the whole click on Send when the draft conflicts, and shows the warning', () => {
    start(findsAsap).setState(state());
    click(send());
    expect(siteSaw).toEqual([]);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.findings.map((f) => f.text)).toEqual(['ASAP']);
    expect(shown[0]!.canSendAnyway).toBe(true);
  });

  it('holds Ctrl+Enter in the compose', () => {
    start(findsAsap).setState(state());
    ctrlEnter(body());
    expect(siteSaw).toEqual([]);
    expect(shown).toHaveLength(1);
  });

  it('holds Enter and Space on a focused Send, with the rest of their key sequence', () => {
    start(findsAsap).setState(state());
    for (const k of ['Enter', ' ']) {
      key(send(), 'keydown', { key: k });
      key(send(), 'keyup', { key: k });
      shown.at(-1)!.edit();
    }
    expect(siteSaw).toEqual([]);
    expect(shown).toHaveLength(2);
  });

  it('lets other keys and other buttons through untouched', () => {
    start(findsAsap).setState(state());
    key(body(), 'keydown', { key: 'Enter' });
    click(document.getElementById(':75')!);
    expect(siteSaw).toEqual(['keydown', 'pointerdown', 'mousedown', 'mouseup', 'click']);
    expect(shown).toEqual([]);
  });

  it('swallows further sends while the warning is open, without checking again', () => {
    const check = vi.fn(findsAsap);
    start(check).setState(state());
    click(send());
    click(send());
    ctrlEnter(body());
    expect(siteSaw).toEqual([]);
    expect(shown).toHaveLength(1);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('Send anyway replays the click exactly once, past the guard', () => {
    start(findsAsap).setState(state());
    click(send());
    shown[0]!.sendAnyway();
    shown[0]!.sendAnyway();
    expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
  });

  it('Edit sends nothing, keeps the text, and puts the caret at the first finding', () => {
    start(findsAsap).setState(state());
    click(send());
    shown[0]!.edit();
    shown[0]!.sendAnyway();
    expect(siteSaw).toEqual([]);
    expect(body().textContent).toBe('Team, get the new app out ASAP.');
    const selection = getSelection()!;
    expect((selection.anchorNode as Text).data.slice(selection.anchorOffset)).toBe('ASAP.');
  });

  it('offers no Send anyway in block mode or when policy turns it off', () => {
    for (const settings of [{ mode: 'block' as const }, { allowSendAnyway: false }]) {
      shown = [];
      start(findsAsap).setState(state(settings));
      click(send());
      expect(shown[0]!.canSendAnyway).toBe(false);
      shown[0]!.sendAnyway();
      expect(siteSaw).toEqual([]);
      shown[0]!.edit();
      guard.dispose();
    }
  });

  it('uses the live check’s report when the draft has not changed since', () => {
    vi.useFakeTimers();
    const check = vi.fn(findsAsap);
    start(check).setState(state());
    vi.runAllTimers();
    expect(check).toHaveBeenCalledTimes(1);
    click(send());
    expect(check).toHaveBeenCalledTimes(1);
    expect(shown).toHaveLength(1);
    vi.useRealTimers();
  });

  it('checks again while the writer types in the subject line, and hands the subject to the check', () => {
    vi.useFakeTimers();
    const subjects: (string | undefined)[] = [];
    start((text, st, budget, _quoted, subject) => {
      subjects.push(subject);
      return findsAsap(text, st, budget);
    }).setState(state());
    vi.runAllTimers();
    const box = document.querySelector<HTMLInputElement>('input[name="subjectbox"]')!;
    box.value = 'URGENT: the new app';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    vi.runAllTimers();
    expect(subjects).toEqual([undefined, 'URGENT: the new app']);
    vi.useRealTimers();
  });

  it('holds on a finished live check of the same text even when that check was slow', () => {
    vi.useFakeTimers();
    let clock = 0;
    const check = vi.fn((text: string) => {
      clock += 400;
      return findsAsap(text, state(), 600);
    });
    start(check, { now: () => clock }).setState(state());
    vi.runAllTimers();
    click(send());
    expect(check).toHaveBeenCalledTimes(1);
    expect(shown).toHaveLength(1);
    vi.useRealTimers();
  });

  it('checks again at send time when the live check ran out of time', () => {
    vi.useFakeTimers();
    const check = vi.fn((text: string) =>
      check.mock.calls.length === 1 ? report([], { timedOut: true }) : findsAsap(text, state(), 150),
    );
    start(check).setState(state());
    vi.runAllTimers();
    click(send());
    expect(check).toHaveBeenCalledTimes(2);
    expect(shown).toHaveLength(1);
    vi.useRealTimers();
  });

  it.each<[string, () => void, Checker]>([
    ['a clean draft', () => {}, () => report([])],
    ['findings below the minimum severity', () => {}, () => report([finding('info')])],
    ['mode off', () => guard.setState(state({ mode: 'off' })), findsAsap],
    [
      'Gmail turned off',
      () => guard.setState(state({ sites: { gmail: false, outlook: true, docs: true } })),
      findsAsap,
    ],
  ])('lets the send through with %s', (_name, arrange, check) => {
    start(check).setState(state());
    arrange();
    click(send());
    expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
    expect(shown).toEqual([]);
  });

  it('closes the warning when its compose goes away (sent or discarded from another tab)', () => {
    const closeWarning = vi.fn();
    ui.closeWarning = closeWarning;
    start(findsAsap).setState(state());
    click(send());
    expect(shown).toHaveLength(1);
    document.getElementById(':8o')!.closest('[role="region"]')!.remove();
    guard.scan();
    expect(closeWarning).toHaveBeenCalledTimes(1);
    shown[0]!.sendAnyway();
    expect(siteSaw).toEqual([]);
  });

  it('keeps the warning when only the editor is re-rendered, and Send anyway still sends', () => {
    const closeWarning = vi.fn();
    ui.closeWarning = closeWarning;
    start(findsAsap).setState(state());
    click(send());
    body().remove();
    guard.scan();
    expect(closeWarning).not.toHaveBeenCalled();
    shown[0]!.sendAnyway();
    expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
  });

  it('leaves no badge behind when disposed, and stays stopped when the settings arrive late', () => {
    vi.useFakeTimers();
    const indicators = new Set<unknown>();
    ui.showIndicator = (compose) => indicators.add(compose);
    ui.removeIndicator = (compose) => indicators.delete(compose);
    start(findsAsap).setState(state());
    vi.runAllTimers();
    expect(indicators.size).toBe(1);
    guard.dispose();
    expect(indicators.size).toBe(0);
    guard.setState(state());
    guard.scan();
    vi.runAllTimers();
    expect(indicators.size).toBe(0);
    vi.useRealTimers();
  });

  it('lets the send through before the settings have loaded', () => {
    start(findsAsap);
    click(send());
    expect(siteSaw).toHaveLength(4);
  });

  describe('fails open and says so', () => {
    it.each<[string, Checker]>([
      [
        'the check throws',
        () => {
          throw new Error('boom');
        },
      ],
      ['the check ran out of time', () => report([finding('error')], { timedOut: true })],
    ])('when %s', (_name, check) => {
      start(check).setState(state());
      click(send());
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
      expect(shown).toEqual([]);
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringMatching(/^\[consonant\] .*sent unchecked/),
        ...(_name === 'the check throws' ? [expect.any(Error)] : []),
      );
    });

    it('when reading and checking take longer than the budget', () => {
      let clock = 0;
      start(
        (text) => {
          clock += 200;
          return findsAsap(text, state(), 150);
        },
        { now: () => clock },
      ).setState(state());
      click(send());
      expect(siteSaw).toHaveLength(4);
      expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/150 ms budget/));
    });

    it('when the warning cannot be shown, for this send and every later one', () => {
      ui.showWarning = () => {
        throw new Error('render failed');
      };
      start(findsAsap).setState(state());
      click(send());
      ctrlEnter(body());
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click', 'keydown']);
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringMatching(/could not show the warning; the message was sent unchecked/),
        expect.any(Error),
      );
    });

    it('when the warning was still loading and then could not be loaded, even in block mode', async () => {
      let fail: (error: Error) => void = () => {};
      ui.showWarning = (held) => {
        shown.push(held);
        onPage = true;
        return new Promise((_, reject) => (fail = reject));
      };
      start(findsAsap).setState(state({ mode: 'block' }));
      click(send());
      // Held while the warning's code loads; a second press is swallowed, not sent twice.
      click(send());
      expect(siteSaw).toEqual([]);
      onPage = false;
      fail(new Error('the UI script did not load'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringMatching(/could not show the warning; the message was sent unchecked/),
        expect.any(Error),
      );
    });

    it('holds a send whose warning arrives after its code has loaded, and its choice still works', async () => {
      ui.showWarning = (held) => {
        shown.push(held);
        onPage = true;
        return Promise.resolve();
      };
      start(findsAsap).setState(state());
      click(send());
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(siteSaw).toEqual([]);
      shown[0]!.sendAnyway();
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
    });

    it('when the editor has left the page', () => {
      start(findsAsap).setState(state());
      body().remove();
      click(send());
      expect(siteSaw).toHaveLength(4);
      expect(shown).toEqual([]);
      expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/could not read or check/), expect.any(Error));
    });
  });

  describe('never leaves a send behind', () => {
    const press = (target: Element, types: string[]) => {
      for (const type of types)
        target.dispatchEvent(
          new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, {
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
    };

    it('checks again after a press on Send dragged off it, when the draft changed by keyboard since', () => {
      setEditor(body(), '<div>Team, the new app can wait.</div>');
      start(findsAsap).setState(state());
      // Pressed on Send while the draft was clean, released elsewhere: no click, no send.
      press(send(), ['pointerdown', 'mousedown']);
      press(document.body, ['pointerup', 'mouseup']);
      setEditor(body(), '<div>Team, get the new app out ASAP.</div>');
      siteSaw = [];
      click(send());
      expect(shown).toHaveLength(1);
      expect(siteSaw).toEqual([]);
    });

    it('shows the warning again when the page removed it while a send was held', () => {
      start(findsAsap).setState(state());
      click(send());
      expect(shown).toHaveLength(1);
      // The site re-rendered its body and took our host with it.
      onPage = false;
      click(send());
      expect(shown).toHaveLength(2);
      shown[1]!.sendAnyway();
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
    });

    it('takes the warning and its UI off the page when the extension is turned off or updated', () => {
      start(findsAsap).setState(state());
      click(send());
      guard.dispose();
      expect(uiDisposed).toBe(true);
      expect(onPage).toBe(false);
      // The listeners are gone too: the site's own Send works as if Consonant had never been there.
      click(send());
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
    });
  });

  describe('every way the site sends', () => {
    it('holds Send & Archive and replays it, not Send, on Send anyway', () => {
      mountFixture('gmail-reply-send-archive-nojslog.html');
      start(findsAsap).setState(state());
      const archive = document.getElementById(':9q')!;
      const clicked: string[] = [];
      for (const el of [archive, send()]) el.addEventListener('click', () => clicked.push(el.id));
      click(archive);
      expect(shown).toHaveLength(1);
      expect(clicked).toEqual([]);
      shown[0]!.sendAnyway();
      expect(clicked).toEqual([':9q']);
    });

    it("holds Schedule send from the compose's open menu; never turns it into Send now", () => {
      start(findsAsap).setState(state());
      document.getElementById(':75')!.setAttribute('aria-expanded', 'true');
      const menu = document.createElement('div');
      menu.setAttribute('role', 'menu');
      setEditor(menu, '<div role="menuitem" id="schedule">Schedule send</div>');
      document.body.append(menu);
      const sent: string[] = [];
      send().addEventListener('click', () => sent.push('send'));
      click(document.getElementById('schedule')!);
      expect(shown).toHaveLength(1);
      // The menu closed while the warning was open: Send anyway must not click Send instead.
      menu.remove();
      const reopened: string[] = [];
      document.getElementById(':75')!.addEventListener('click', () => reopened.push('menu'));
      shown[0]!.sendAnyway();
      expect(sent).toEqual([]);
      // It opens the send options again, so the writer can choose Schedule send there.
      expect(reopened).toEqual(['menu']);
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringMatching(/send options were opened again: choose Schedule send/),
      );
      // Chosen again, it passes once.
      document.body.append(menu);
      siteSaw = [];
      click(document.getElementById('schedule')!);
      expect(shown).toHaveLength(1);
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
    });
  });

  it('keeps the checker awake while a compose is open, and stops when it closes', () => {
    vi.useFakeTimers();
    const keepAwake = vi.fn();
    guard = startSendGuard({ window, adapter: gmail, check: findsAsap, warmUp: () => {}, keepAwake, ui });
    guard.setState(state());
    guard.scan();
    vi.advanceTimersByTime(KEEP_AWAKE_MS * 3);
    expect(keepAwake).toHaveBeenCalledTimes(3);
    document.getElementById(':8o')!.closest('[role="region"]')!.remove();
    guard.scan();
    vi.advanceTimersByTime(KEEP_AWAKE_MS * 3);
    vi.useRealTimers();
    expect(keepAwake).toHaveBeenCalledTimes(3);
  });

  describe('never silently unguarded', () => {
    it('says on the editor and in the console when a compose has no Send it can find', () => {
      vi.useFakeTimers();
      let clock = 0;
      send().remove();
      start(findsAsap, { now: () => clock }).setState(state());
      // A compose renders its editor before its toolbar: not reported at once.
      expect(problems).toEqual([]);
      clock = 2000;
      vi.runAllTimers();
      expect(problems).toEqual(["can't find Send"]);
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^\[consonant\] gmail: found a compose editor but not its Send \(looked for: jslog 32601/,
        ),
      );
      expect(guard.status()).toEqual({ checked: 0, problems: [expect.stringMatching(/^can't find Send/)] });
      vi.useRealTimers();
    });

    it.each<[string, string]>([
      ['the draft cannot be read', "can't read the draft"],
      ['the check fails', 'the check failed: boom'],
    ])('says on the editor when %s', (what, problem) => {
      vi.useFakeTimers();
      const find = gmail.findComposes.bind(gmail);
      const fail = () => {
        throw new Error('boom');
      };
      if (what === 'the draft cannot be read')
        vi.spyOn(gmail, 'findComposes').mockImplementation((doc) => find(doc).map((c) => ({ ...c, read: fail })));
      start(what === 'the check fails' ? fail : findsAsap).setState(state());
      vi.runAllTimers();
      vi.useRealTimers();
      expect(problems).toEqual([problem]);
      expect(guard.status()).toEqual({ checked: 0, problems: [problem] });
    });

    it('lists a compose whose check failed in part, since its findings may be missing', () => {
      vi.useFakeTimers();
      start(() => report([], { error: 'profile names: too many captures' })).setState(state());
      vi.runAllTimers();
      vi.useRealTimers();
      expect(guard.status()).toEqual({
        checked: 1,
        problems: ['part of the check failed: profile names: too many captures'],
      });
    });
  });

  describe("with the check in the extension's background (a checker that answers later)", () => {
    const later = (answer: (text: string) => Report) => (text: string) => Promise.resolve(answer(text));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    it('holds a send whose draft changed since the last check, and warns when the answer has findings', async () => {
      start(later((text) => findsAsap(text, state(), 150) as Report)).setState(state());
      click(send());
      expect(siteSaw).toEqual([]);
      expect(shown).toEqual([]);
      // Further sends while the check runs are swallowed, not sent twice.
      click(send());
      await settle();
      expect(shown).toHaveLength(1);
      expect(siteSaw).toEqual([]);
    });

    it('sends once when the answer comes between the press and the release of the same click', async () => {
      start(later(() => report([]))).setState(state());
      const events = (types: string[]) => {
        for (const type of types)
          send().dispatchEvent(
            new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, {
              bubbles: true,
              cancelable: true,
              composed: true,
            }),
          );
      };
      events(['pointerdown', 'mousedown']);
      await settle();
      // The clean answer replayed the click; the rest of the writer's own click must not send again.
      events(['pointerup', 'mouseup', 'click']);
      expect(siteSaw.filter((type) => type === 'click')).toEqual(['click']);
    });

    it('sends a clean draft once the answer comes, exactly once', async () => {
      start(later(() => report([]))).setState(state());
      click(send());
      expect(siteSaw).toEqual([]);
      await settle();
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
      expect(shown).toEqual([]);
    });

    it.each<[string, () => Promise<Report>]>([
      ['never answers', () => new Promise<Report>(() => {})],
      ['fails', () => Promise.reject(new Error('background gone'))],
    ])('sends the message when the check %s, within the send budget', async (_name, answer) => {
      vi.useFakeTimers();
      start(answer).setState(state());
      click(send());
      expect(siteSaw).toEqual([]);
      await vi.advanceTimersByTimeAsync(SEND_BUDGET_MS + 1);
      vi.useRealTimers();
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
      expect(shown).toEqual([]);
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringMatching(/sent unchecked/),
        ...(_name === 'fails' ? [expect.any(Error)] : []),
      );
    });

    it('uses the live check at once when the draft has not changed since', async () => {
      vi.useFakeTimers();
      const check = vi.fn(later((text) => findsAsap(text, state(), 150) as Report));
      start(check).setState(state());
      await vi.runAllTimersAsync();
      vi.useRealTimers();
      click(send());
      expect(shown).toHaveLength(1);
      expect(check).toHaveBeenCalledTimes(1);
    });

    it('uses the live check at once when storage handed out an equal state since', async () => {
      vi.useFakeTimers();
      const check = vi.fn(later((text) => findsAsap(text, state(), 150) as Report));
      start(check).setState(state());
      await vi.runAllTimersAsync();
      // The background rewrote the state with nothing changed: a new object, the same content.
      guard.setState(state());
      await vi.runAllTimersAsync();
      vi.useRealTimers();
      click(send());
      expect(shown).toHaveLength(1);
      expect(check).toHaveBeenCalledTimes(1);
    });

    describe('while the checker is starting (the browser had stopped it)', () => {
      const clickEvents = ['pointerdown', 'mousedown', 'mouseup', 'click'];
      const answersAfter = (ms: number, answer: Report) => () =>
        new Promise<Report>((resolve) => setTimeout(() => resolve(answer), ms));
      const withFindings = report([{ ...finding('error'), start: 27, end: 31 }]);
      beforeEach(() => vi.useFakeTimers());
      afterEach(() => vi.useRealTimers());

      it('waits for the check past the send budget, says so on the badge, and warns when it comes', async () => {
        start(answersAfter(400, withFindings), { now: Date.now, checkerStarting: () => true }).setState(state());
        click(send());
        await vi.advanceTimersByTimeAsync(SEND_BUDGET_MS + 1);
        expect(siteSaw).toEqual([]);
        expect(startingSaid).toEqual([true]);
        await vi.advanceTimersByTimeAsync(400 - SEND_BUDGET_MS);
        expect(shown).toHaveLength(1);
        expect(siteSaw).toEqual([]);
        expect(startingSaid).toEqual([true, false]);
        expect(console.warn).not.toHaveBeenCalled();
      });

      it('sends a clean draft as soon as the late answer comes', async () => {
        start(answersAfter(300, report([])), { now: Date.now, checkerStarting: () => true }).setState(state());
        click(send());
        await vi.advanceTimersByTimeAsync(299);
        expect(siteSaw).toEqual([]);
        await vi.advanceTimersByTimeAsync(1);
        expect(siteSaw).toEqual(clickEvents);
        expect(shown).toEqual([]);
      });

      it('sends unchecked past the cold-start budget, and says why in the console', async () => {
        start(() => new Promise<Report>(() => {}), { now: Date.now, checkerStarting: () => true }).setState(state());
        click(send());
        await vi.advanceTimersByTimeAsync(COLD_START_BUDGET_MS - 1);
        expect(siteSaw).toEqual([]);
        await vi.advanceTimersByTimeAsync(1);
        expect(siteSaw).toEqual(clickEvents);
        expect(shown).toEqual([]);
        expect(startingSaid).toEqual([true, false]);
        expect(console.warn).toHaveBeenCalledWith(
          `[consonant] the check took longer than its ${COLD_START_BUDGET_MS} ms budget while Consonant was starting; the message was sent unchecked`,
        );
      });

      it('keeps the send budget once the checker said it is ready, even when it was starting at the click', async () => {
        let starting = true;
        start(() => new Promise<Report>(() => {}), { now: Date.now, checkerStarting: () => starting }).setState(
          state(),
        );
        click(send());
        await vi.advanceTimersByTimeAsync(SEND_BUDGET_MS - 50);
        starting = false;
        await vi.advanceTimersByTimeAsync(51);
        expect(siteSaw).toEqual(clickEvents);
        expect(startingSaid).toEqual([]);
        expect(console.warn).toHaveBeenCalledWith(
          `[consonant] the check took longer than its ${SEND_BUDGET_MS} ms budget; the message was sent unchecked`,
        );
      });

      it('fails open when asking whether the checker is starting throws', async () => {
        const checkerStarting = () => {
          throw new Error('the messaging is gone');
        };
        start(() => new Promise<Report>(() => {}), { now: Date.now, checkerStarting }).setState(state());
        click(send());
        await vi.advanceTimersByTimeAsync(SEND_BUDGET_MS + 1);
        expect(siteSaw).toEqual(clickEvents);
      });
    });

    it('sends a send still waiting for its check when the extension is turned off', () => {
      start(() => new Promise<Report>(() => {})).setState(state());
      click(send());
      guard.dispose();
      expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
    });
  });
});
