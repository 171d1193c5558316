/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.cloud.microsoft,
 * outlook.live.com): new message,
 * reply in the reading pane and pop-out share one compose DOM. Landmarks and their sources are in
 * test/fixtures/dom/README.md: test ids and ARIA first, Fluent class names and labels last.
 */
import { bySelector, labelSaysSend, type Landmark } from './dom-query';
import { defineMailAdapter, REPLY_SUBJECT } from './mail-adapter';
import { readDraftText } from './text-map';
import { readOutlookQuote } from './quoted-history-dom';
import type { ComposeKind } from './types';

/**
 * The editor is the multi-line textbox; the recipient wells are contenteditable textboxes too,
 * but single-line. `editorParent_N` is the editor's id in the layouts we know.
 */
export const BODY = [
  '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  'div[id^="editorParent"][contenteditable="true"]',
  'div[id^="editorParent"] > [contenteditable="true"]',
].join(', ');

const BUTTON = 'button, [role="button"]';

/**
 * The element with Outlook's Send test id: Send itself in the Fluent v8 layout; in the Fluent v9
 * layout (2025 on) the wrapper of a split button, whose primary half is Send and whose other half
 * opens the send options. Clicking the wrapper sends nothing.
 */
function testIdSend(root: ParentNode): HTMLElement | null {
  const marked = root.querySelector<HTMLElement>('[data-testid="ComposeSendButton"]');
  if (!marked || marked.matches(BUTTON)) return marked;
  return (
    marked.querySelector<HTMLElement>('.fui-SplitButton__primaryActionButton') ??
    marked.querySelector<HTMLElement>('button:not([aria-haspopup])')
  );
}

export const SEND_LANDMARKS: readonly Landmark[] = [
  // The test id Outlook's own UI tests use; it carries no language.
  { name: "data-testid ComposeSendButton (or its split button's primary half)", find: testIdSend },
  // Fluent's primary button: Send is the only one in the compose toolbar (its menu half has aria-haspopup).
  bySelector('primary toolbar button', '[role="toolbar"] button.ms-Button--primary:not([aria-haspopup="true"])'),
  {
    name: 'localized label',
    find: (root) => [...root.querySelectorAll<HTMLElement>(BUTTON)].find(labelSaysSend) ?? null,
  },
];

/** Signatures sit in the editor with a fixed id (copies carry an x_ prefix). */
const SKIP = '[id="Signature"], [id="signature"], [id$="_Signature"]';

/** Where the quoted message starts: Outlook inserts these above the original, in this order. */
const QUOTE_START = '#appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container';

function quoteStart(body: Element): Element | null {
  // Optional: a new message has no quoted history.
  const marker = body.querySelector(QUOTE_START);
  // The rule Outlook draws above the header belongs to the quote (older layouts draw none).
  if (marker?.id === 'divRplyFwdMsg' && marker.previousElementSibling?.tagName === 'HR')
    return marker.previousElementSibling;
  return marker;
}

const subjectField = (root: Element) => root.querySelector<HTMLInputElement>('input[maxlength="255"]');

function kind(root: Element, body: HTMLElement): ComposeKind {
  const view = root.ownerDocument.defaultView;
  // A pop-out is its own window at /mail/deeplink/compose (a document without a window, as in tests, has no URL).
  if (/\/deeplink\/compose|\/popout/i.test(view?.location.pathname ?? '')) return 'popout';
  // The newer pop-out: an about:blank window Outlook opened and renders the compose into.
  if (view?.location.href === 'about:blank' && view.opener) return 'popout';
  // Optional: the subject field is missing in the compact inline reply.
  const subject = subjectField(root);
  if (quoteStart(body) || (subject && REPLY_SUBJECT.test(subject.value))) return 'reply';
  return 'new';
}

export const outlook = defineMailAdapter({
  site: 'outlook',
  body: BODY,
  send: SEND_LANDMARKS,
  button: BUTTON,
  // Outlook on the web sends with Alt+S as well as Ctrl+Enter (its Outlook keyboard shortcuts).
  altSSends: true,
  // Mail (and the pop-out's about:blank window); the calendar's editors save events, they have no Send.
  composePages: /^\/(mail\b|blank$|$)|^blank$/,
  kind,
  subject: subjectField,
  read: (body) => {
    const start = quoteStart(body);
    return {
      ...readDraftText(body, { skip: (el) => el.matches(SKIP), stopAt: start }),
      quoted: readOutlookQuote(body, start),
    };
  },
});
