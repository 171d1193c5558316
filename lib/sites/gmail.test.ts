// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountFixture, setEditor } from '../../test/fixtures/dom/load-fixture';
import { rangeFor } from './text-map';
import { TEST_NOW } from '../../test/core/rule-tester';
import { checkDraft } from '../check';
import { exampleProfile } from '../profile';
import { parseQuotedHistory } from '../text/quoted-history';
import { gmail } from './gmail';

const only = () => {
  const composes = gmail.findComposes(document);
  expect(composes).toHaveLength(1);
  return composes[0]!;
};
const byId = (id: string) => document.getElementById(id)!;

describe('gmail adapter on the real compose DOM', () => {
  it.each([
    ['English', 'gmail-compose-new.html'],
    ['Spanish', 'gmail-compose-es.html'],
    ['German, without the Send jslog', 'gmail-compose-de.html'],
  ])('finds the compose, its body and its Send control (%s)', (_lang, file) => {
    mountFixture(file);
    const compose = only();
    expect(compose.kind).toBe('new');
    expect(compose.body).toBe(byId(':8o'));
    expect(compose.sendControl()).toBe(byId(':79'));
    expect(compose.read().text.trim()).toBe('');
  });

  it('falls back to the localized label when no landmark is left', () => {
    mountFixture('gmail-compose-es.html');
    byId(':79').removeAttribute('jslog');
    byId(':75').removeAttribute('aria-haspopup');
    expect(only().sendControl()).toBe(byId(':79'));
  });

  it('knows Send from every other button, wherever the click lands inside it', () => {
    mountFixture('gmail-compose-de.html');
    const send = byId(':79');
    const label = document.createElement('span');
    send.append(label);
    expect(gmail.composeForSendControl(label)?.control).toBe(send);
    expect(gmail.composeForSendControl(byId(':75'))).toBeNull(); // More send options
    expect(gmail.composeForSendControl(document.querySelector('[aria-label^="Bold"]')!)).toBeNull();
    expect(gmail.composeForSendControl(byId(':8o'))).toBeNull();
  });

  it('finds the compose for Ctrl+Enter from the body and the subject, not from elsewhere', () => {
    mountFixture('gmail-compose-new.html');
    const outside = document.createElement('input');
    document.body.prepend(outside);
    expect(gmail.composeForEditor(byId(':8o'))?.body).toBe(byId(':8o'));
    expect(gmail.composeForEditor(document.querySelector('input[name="subjectbox"]')!)?.body).toBe(byId(':8o'));
    expect(gmail.composeForEditor(outside)).toBeNull();
  });

  it('reads what the writer typed with offsets that map back to the DOM', () => {
    mountFixture('gmail-compose-new.html');
    const compose = only();
    setEditor(compose.body, '<div>Team,</div><div><br></div><div>Let us ship the <b>new app</b> ASAP.</div>');
    const draft = compose.read();
    expect(draft.text).toBe('Team,\n\nLet us ship the new app ASAP.');
    const start = draft.text.indexOf('new app ASAP');
    expect(rangeFor(draft, start, start + 12, document)!.toString()).toBe('new app ASAP');
  });

  it('reads the subject the writer typed beside the body, and nothing when it is empty', () => {
    mountFixture('gmail-compose-new.html');
    const compose = only();
    setEditor(compose.body, '<div>Notes attached.</div>');
    expect(compose.read().subject).toBeUndefined();
    document.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value = 'URGENT: the new app';
    const draft = compose.read();
    expect(draft).toMatchObject({ text: 'Notes attached.', subject: 'URGENT: the new app' });
    const report = checkDraft(draft.text, exampleProfile, { now: TEST_NOW, subject: draft.subject! });
    expect(report.findings).toMatchObject([{ rule: 'urgency-on-paused', field: 'subject', text: 'URGENT' }]);
  });

  it('leaves the signature and the quoted history of a reply out', () => {
    mountFixture('gmail-reply.html');
    const compose = only();
    expect(compose.kind).toBe('reply');
    const { text } = compose.read();
    expect(text).toBe(
      'Hi Dev,\n\nThanks for the update. Checkout reliability stays our top priority this quarter.\n\nPlease get the new app out ASAP.',
    );
    expect(text).not.toMatch(/Stripe|urgent requests|drop everything|wrote:|Ana Ruiz/);
  });

  it('reads an inline reply in the thread, not the messages around it', () => {
    mountFixture('gmail-inline-reply.html');
    const compose = only();
    expect(compose.kind).toBe('inline-reply');
    expect(compose.root.contains(document.querySelector('.adn'))).toBe(false);
    expect(compose.read().text).toBe(
      'Hi Dev,\n\nThanks for the update. Checkout reliability stays our top priority this quarter.\n\nPlease get the new app out ASAP.',
    );
  });

  it('keeps two open composes apart', () => {
    mountFixture('gmail-inline-reply.html', 'gmail-compose-new.html');
    const composes = gmail.findComposes(document);
    expect(composes.map((c) => c.kind)).toEqual(['inline-reply', 'new']);
    const [inline, fresh] = composes as [(typeof composes)[0], (typeof composes)[0]];
    expect(inline.root.contains(fresh.root) || fresh.root.contains(inline.root)).toBe(false);
    expect(inline.sendControl()).not.toBe(fresh.sendControl());
    expect(gmail.composeForSendControl(fresh.sendControl()!)?.compose.body).toBe(fresh.body);
    expect(gmail.composeForSendControl(inline.sendControl()!)?.compose.body).toBe(inline.body);
  });

  it('throws naming the selector when the body has left the page', () => {
    mountFixture('gmail-compose-new.html');
    const compose = only();
    compose.body.remove();
    expect(() => compose.read()).toThrow(/compose body \(div\[contenteditable="true"\]\[g_editable="true"\]/);
  });

  it.todo('tells a full-screen compose from a pop-up one because the saved DOM has no full-screen capture');
});

describe('gmail adapter with Send & Archive', () => {
  const archive = () => byId(':9q');

  it.each(['gmail-reply-send-archive.html', 'gmail-reply-send-archive-nojslog.html'])(
    'guards Send & Archive as a send and keeps Send for Send (%s)',
    (fixture) => {
      mountFixture(fixture);
      const [compose] = gmail.findComposes(document);
      expect(compose?.sendControl()).toBe(byId(':79'));
      expect(compose?.sendControls()).toEqual([byId(':79'), archive()]);
      expect(gmail.composeForSendControl(archive())).toMatchObject({ control: archive() });
      expect(gmail.composeForSendControl(byId(':79'))).toMatchObject({ control: byId(':79') });
    },
  );

  it('never sends with Alt+S, which Gmail leaves to the browser', () => {
    expect(gmail.isSendShortcut(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', altKey: true }), 'Win32')).toBe(
      false,
    );
    expect(gmail.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }), 'MacIntel')).toBe(true);
  });
});

describe('gmail adapter: the quoted history of a reply', () => {
  it('hands over the quote block apart from the writer words, with its attribution', () => {
    mountFixture('gmail-reply.html');
    const draft = only().read();
    expect(draft.text).not.toContain('Stripe');
    expect(parseQuotedHistory(draft.quoted ?? '')).toEqual([
      {
        author: 'Dev Patel',
        date: 'Mon, Nov 23, 2026 at 9:14 AM',
        text: 'We decided to go with Stripe, and the 2027 pricing is still open. Everyone drop everything for the redesign.',
      },
    ]);
  });

  it('reads each message of a nested thread, the most recent first', () => {
    mountFixture('gmail-reply-thread.html');
    const draft = only().read();
    expect(draft.text).toBe('Hi all,\n\nI need the Q3 board deck by end of day.');
    expect(parseQuotedHistory(draft.quoted ?? '').map((m) => [m.author, m.text])).toEqual([
      ['Ana Ruiz', 'Thanks Dev. No rush on the board deck, next week is fine.'],
      ['Dev Patel', 'Where are we on the board deck?'],
    ]);
  });

  it('lets the check set the reply against the message it answers', () => {
    mountFixture('gmail-reply-thread.html');
    const draft = only().read();
    const report = checkDraft(draft.text, exampleProfile, { now: TEST_NOW, budgetMs: 60_000, quoted: draft.quoted! });
    const found = report.findings.filter((f) => f.rule === 'thread-mismatch');
    expect(found.map((f) => [f.text, f.thread?.author, f.thread?.text])).toEqual([
      ['by end of day', 'Ana Ruiz', 'No rush on the board deck, next week is fine.'],
    ]);
    expect(found[0]!.message).toBe(
      'Ana Ruiz wrote on Nov 23 that the board deck can wait; your reply says it is urgent.',
    );
  });

  it('reads the message above an inline reply whose quote Gmail keeps out of the editor', () => {
    mountFixture('gmail-inline-reply-trimmed.html');
    const draft = only().read();
    expect(draft.text).toBe('Team, I need the board deck by end of day.');
    expect(parseQuotedHistory(draft.quoted ?? '')).toEqual([
      {
        author: 'Ana Ruiz',
        date: 'Mon, Nov 23, 2026, 9:14 AM',
        text: 'Change of plan: no rush on the board deck, next week is fine.',
      },
    ]);
    const report = checkDraft(draft.text, exampleProfile, { now: TEST_NOW, budgetMs: 60_000, quoted: draft.quoted! });
    expect(report.findings.filter((f) => f.rule === 'thread-mismatch').map((f) => f.thread?.author)).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('reads no conversation around a compose window', () => {
    mountFixture('gmail-compose-new.html');
    expect(only().read().quoted).toBe('');
  });

  it('finds nothing to compare in a reply that agrees with the quoted message', () => {
    mountFixture('gmail-reply.html');
    const draft = only().read();
    const report = checkDraft(draft.text, exampleProfile, { now: TEST_NOW, budgetMs: 60_000, quoted: draft.quoted! });
    expect(report.findings.filter((f) => f.rule === 'thread-mismatch')).toEqual([]);
  });
});
