// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountFixture, setEditor } from '../../test/fixtures/dom/load-fixture';
import { rangeFor } from './text-map';
import { TEST_NOW } from '../../test/core/rule-tester';
import { checkDraft } from '../check';
import { exampleProfile } from '../profile';
import { parseQuotedHistory } from '../text/quoted-history';
import { outlook } from './outlook';

const only = () => {
  const composes = outlook.findComposes(document);
  expect(composes).toHaveLength(1);
  return composes[0]!;
};
const q = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const send = () => q('[data-testid="ComposeSendButton"]');

describe('outlook adapter on the compose fixture', () => {
  it('finds the message body, not the recipient wells, and the Send button', () => {
    mountFixture('outlook-compose-new.html');
    const compose = only();
    expect(compose.kind).toBe('new');
    expect(compose.body).toBe(q('#editorParent_1'));
    expect(compose.sendControl()).toBe(send());
    // Only the signature is there, and it is not the writer's new words.
    expect(compose.read().text).toBe('');
  });

  it.each([
    [
      'the Fluent primary button when the test id is gone',
      (button: HTMLElement) => button.removeAttribute('data-testid'),
    ],
    [
      'the localized label when nothing else is left',
      (button: HTMLElement) => {
        button.removeAttribute('data-testid');
        button.classList.remove('ms-Button--primary');
        button.setAttribute('aria-label', 'Enviar');
        button.setAttribute('title', 'Enviar (Ctrl+Entrar)');
      },
    ],
  ])('falls back to %s', (_name, churn: (button: HTMLElement) => void) => {
    mountFixture('outlook-compose-new.html');
    const button = send();
    churn(button);
    expect(only().sendControl()).toBe(button);
  });

  it('knows Send from the other toolbar buttons, wherever the click lands inside it', () => {
    mountFixture('outlook-compose-new.html');
    expect(outlook.composeForSendControl(q('[data-testid="ComposeSendButton"] .ms-Button-label'))?.control).toBe(
      send(),
    );
    expect(outlook.composeForSendControl(q('[aria-label="More send options"]'))).toBeNull();
    expect(outlook.composeForSendControl(q('[aria-label="Discard"]'))).toBeNull();
  });

  it('finds the compose for Ctrl+Enter from the body and the subject', () => {
    mountFixture('outlook-compose-new.html');
    expect(outlook.composeForEditor(q('#editorParent_1 .elementToProof'))?.body).toBe(q('#editorParent_1'));
    expect(outlook.composeForEditor(q('input[aria-label="Add a subject"]'))?.body).toBe(q('#editorParent_1'));
  });

  it('reads what the writer typed with offsets that map back to the DOM', () => {
    mountFixture('outlook-compose-new.html');
    const compose = only();
    setEditor(
      compose.body,
      '<div class="elementToProof">Hi all,</div><div class="elementToProof">The <b>new app</b> is urgent.</div>',
    );
    const draft = compose.read();
    expect(draft.text).toBe('Hi all,\nThe new app is urgent.');
    const start = draft.text.indexOf('new app is urgent');
    expect(rangeFor(draft, start, start + 17, document)!.toString()).toBe('new app is urgent');
  });

  it('reads the subject the writer typed beside the body', () => {
    mountFixture('outlook-compose-new.html');
    const compose = only();
    setEditor(compose.body, '<div class="elementToProof">Notes attached.</div>');
    expect(compose.read().subject).toBeUndefined();
    (q('input[aria-label="Add a subject"]') as HTMLInputElement).value = 'The new app is urgent';
    expect(compose.read()).toMatchObject({ text: 'Notes attached.', subject: 'The new app is urgent' });
  });

  it('leaves the signature and everything from the quoted header on out of a reply', () => {
    mountFixture('outlook-reply.html');
    const compose = only();
    expect(compose.kind).toBe('reply');
    const draft = compose.read();
    expect(draft.text).toBe('Hi Dev,\n\nCheckout reliability stays our top priority. Please get the new app out ASAP.');
    expect(draft.text).not.toMatch(/Stripe|From:|urgent requests|drop everything/);
    expect(draft.skippedChars).toBeGreaterThan(100);
  });

  it('starts the quote at the header when Outlook left no #appendonsend', () => {
    mountFixture('outlook-reply.html');
    q('#appendonsend').remove();
    expect(only().read().text).not.toMatch(/Stripe|From:/);
  });

  it('throws naming the selector when the body has left the page', () => {
    mountFixture('outlook-compose-new.html');
    const compose = only();
    compose.body.remove();
    expect(() => compose.read()).toThrow(/compose body \(\[contenteditable="true"\]\[role="textbox"\]/);
  });
});

const keydown = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('outlook adapter on the Fluent v9 split Send', () => {
  const primary = () => q('.fui-SplitButton__primaryActionButton');
  const arrow = () => q('.fui-SplitButton__menuButton');

  it("takes the split button's primary half for Send, never its wrapper", () => {
    mountFixture('outlook-compose-split.html');
    expect(q('[data-testid="ComposeSendButton"]').tagName).toBe('DIV');
    expect(only().sendControl()).toBe(primary());
    expect(outlook.composeForSendControl(primary())?.control).toBe(primary());
  });

  it('does not take the send-options arrow, or the wrapper around both halves, for a send', () => {
    mountFixture('outlook-compose-split.html');
    expect(outlook.composeForSendControl(arrow())).toBeNull();
    expect(outlook.composeForSendControl(arrow().querySelector('i')!)).toBeNull();
    expect(outlook.composeForSendControl(q('[data-testid="ComposeSendButton"]'))).toBeNull();
  });

  it('reads a reply under the split layout without its quoted history', () => {
    mountFixture('outlook-reply-split.html');
    expect(only().read().text).not.toMatch(/Stripe|From:/);
    expect(only().sendControl()).toBe(primary());
  });

  it('takes "Schedule send" in the open send-options menu for a send of that compose', () => {
    mountFixture('outlook-compose-split.html');
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    setEditor(menu, '<div role="menuitem"><span>Schedule send</span></div><div role="menuitem">Set importance</div>');
    document.body.append(menu);
    const schedule = menu.querySelector<HTMLElement>('[role=menuitem]')!;
    // The menu is closed: an item left in the page from another menu is not a send.
    expect(outlook.composeForSendControl(schedule)).toBeNull();
    arrow().setAttribute('aria-expanded', 'true');
    const hit = outlook.composeForSendControl(schedule.querySelector('span')!);
    expect(hit).toMatchObject({ control: schedule, fromMenu: true });
    expect(hit?.compose.body).toBe(q('#editorParent_1'));
    expect(outlook.composeForSendControl(menu.children[1]!)).toBeNull();
  });

  it('reports an editor whose Send it cannot find, naming the landmarks it tried', () => {
    mountFixture('outlook-compose-split.html');
    expect(outlook.findUncheckable(document)).toEqual([]);
    q('[data-testid="ComposeSendButton"]').remove();
    const [missing] = outlook.findUncheckable(document);
    expect(missing?.body).toBe(q('#editorParent_1'));
    expect(missing?.missing).toMatch(/Send \(looked for: data-testid ComposeSendButton.*localized label\)/);
    expect(outlook.findComposes(document)).toEqual([]);
  });

  it('sends with Alt+S as well as Ctrl+Enter, except on a Mac where Option+S types a letter', () => {
    expect(outlook.isSendShortcut(keydown({ key: 'Enter', ctrlKey: true }), 'Win32')).toBe(true);
    expect(outlook.isSendShortcut(keydown({ key: 's', code: 'KeyS', altKey: true }), 'Win32')).toBe(true);
    expect(outlook.isSendShortcut(keydown({ key: 'ß', code: 'KeyS', altKey: true }), 'MacIntel')).toBe(false);
    expect(outlook.isSendShortcut(keydown({ key: 's', code: 'KeyS', altKey: true, ctrlKey: true }), 'Win32')).toBe(
      false,
    );
    expect(outlook.isSendShortcut(keydown({ key: 's', code: 'KeyS' }), 'Win32')).toBe(false);
  });
});

describe('outlook adapter: the quoted history of a reply', () => {
  it('hands over the header block and the message apart from the writer words', () => {
    mountFixture('outlook-reply.html');
    const draft = outlook.findComposes(document)[0]!.read();
    expect(draft.text).not.toContain('Stripe');
    expect(parseQuotedHistory(draft.quoted ?? '')).toEqual([
      {
        author: 'Dev Patel',
        date: 'Monday, November 23, 2026 9:14 AM',
        text: 'We decided to go with Stripe, and the 2027 pricing is still open.\nEveryone drop everything for the redesign, it is our top priority.',
      },
    ]);
  });

  it('sets a reply that contradicts the quoted message against it, and a consistent one not', () => {
    mountFixture('outlook-reply.html');
    const compose = outlook.findComposes(document)[0]!;
    const check = () => {
      const draft = compose.read();
      return checkDraft(draft.text, exampleProfile, {
        now: TEST_NOW,
        budgetMs: 60_000,
        quoted: draft.quoted!,
      }).findings.filter((f) => f.rule === 'thread-mismatch');
    };
    expect(check()).toEqual([]);
    compose.body.querySelector('.elementToProof')!.textContent = "Let's put the redesign on hold for now.";
    const [finding] = check();
    expect(finding).toMatchObject({
      text: 'on hold',
      topic: 'mobile-redesign',
      thread: {
        author: 'Dev Patel',
        date: 'Monday, November 23, 2026 9:14 AM',
        text: 'Everyone drop everything for the redesign, it is our top priority.',
      },
    });
    expect(finding!.message).toBe(
      'Dev Patel wrote on Nov 23 that Mobile redesign is a top priority; your reply says it is paused.',
    );
  });
});
