/**
 * Gmail: new message, reply, inline reply, pop-out and full screen share one compose DOM.
 * Landmarks come from the real compose markup (test/fixtures/dom/README.md): attributes Gmail
 * keeps across languages and redesigns first, obfuscated class names and labels last.
 */
import { bySelector, labelSaysSend, type Landmark } from './dom-query';
import { defineMailAdapter, REPLY_SUBJECT } from './mail-adapter';
import { readDraftText } from './text-map';
import { readGmailQuote } from './quoted-history-dom';
import type { ComposeKind } from './types';

/** The editor: `g_editable` is Gmail's own marker and carries no language. */
export const BODY =
  'div[contenteditable="true"][g_editable="true"], div[contenteditable="true"][role="textbox"].editable';

const BUTTON = '[role="button"], button';

export const SEND_LANDMARKS: readonly Landmark[] = [
  // Gmail's visual-element id for Send leads the jslog attribute in every language.
  bySelector('jslog 32601 (Send visual element)', '[role="button"][jslog^="32601;"]'),
  // The send group: Send is its first button, followed by the "More send options" menu.
  { name: 'first button of the send group', find: sendGroupButton },
  {
    name: 'localized label',
    find: (root) => [...root.querySelectorAll<HTMLElement>(BUTTON)].find(labelSaysSend) ?? null,
  },
];

function sendGroupButton(root: ParentNode): HTMLElement | null {
  for (const group of root.querySelectorAll('[role="group"]')) {
    const first = group.querySelector<HTMLElement>('[role="button"]');
    // A group may have no button, or nothing after its first one (formatting groups).
    if (first?.nextElementSibling?.matches('[role="button"][aria-haspopup="true"]')) return first;
  }
  return null;
}

/** Not the writer's new words: quoted history and signatures, as Gmail marks them in the editor. */
const SKIP =
  '.gmail_quote, .gmail_extra, blockquote[type="cite"], .gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"]';

const subjectBox = (root: Element) => root.querySelector<HTMLInputElement>('input[name="subjectbox"]');

function kind(root: Element, body: HTMLElement): ComposeKind {
  const view = root.ownerDocument.defaultView;
  // A pop-out compose is its own window opened at ?view=cm (a document without a window, as in tests, has no URL).
  if (/[?&]view=cm(&|$)/.test(view?.location.search ?? '')) return 'popout';
  if (!root.closest('[role="dialog"]')) return 'inline-reply';
  // Optional: the subject box is absent in some reply layouts; then the quote block tells.
  const subject = subjectBox(root);
  if (body.querySelector('.gmail_quote') || (subject && REPLY_SUBJECT.test(subject.value))) return 'reply';
  return 'new';
}

export const gmail = defineMailAdapter({
  site: 'gmail',
  body: BODY,
  send: SEND_LANDMARKS,
  button: BUTTON,
  kind,
  // The compose region holds the recipients and subject too (a dialog for pop-ups, the thread for inline replies).
  container: (body) => body.closest('[role="region"]'),
  read: (body) => ({ ...readDraftText(body, { skip: (el) => el.matches(SKIP) }), quoted: readGmailQuote(body) }),
  subject: subjectBox,
});
