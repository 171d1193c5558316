import type { Compose, ComposeKind, SiteAdapter } from '../sites/types';
import { closestHolding, findByLandmarks, labelSaysSchedule, labelSaysSendAnd, type Landmark } from './dom-query';
import type { DraftText } from './text-map';

export { REPLY_SUBJECT } from '../text/subject';

/** What differs between mail sites; the way composes are found from it is the same everywhere. */
export interface MailSiteSpec {
  site: SiteAdapter['site'];
  /** Matches the editor of every compose, and nothing else. */
  body: string;
  /** Send, from the most stable landmark to the least. */
  send: readonly Landmark[];
  /**
   * Pages where every editor is a compose that must have a Send (Outlook's calendar has editors
   * that save instead); an editor elsewhere without Send is not reported. Default: every page.
   */
  composePages?: RegExp;
  /** Alt+S sends too (Outlook's keyboard shortcuts); never on a Mac, where Option+S types "ß". */
  altSSends?: boolean;
  /** Buttons as the site renders them. */
  button: string;
  kind(root: Element, body: HTMLElement): ComposeKind;
  /**
   * The site's own compose container around `body`, when it has one that is wider than the
   * smallest subtree holding the editor and Send (so the subject and recipients belong to it).
   */
  container?(body: HTMLElement): Element | null;
  /** The writer's new words in `body`. */
  read(body: HTMLElement): DraftText;
  /** The compose's subject field, when it has one (an inline reply may not). */
  subject?(root: Element): HTMLInputElement | null;
}

/**
 * The send-options menu button beside Send ("More send options"): the split button's other half
 * in both sites, marked as opening a menu. Its menu (Schedule send…) is drawn outside the compose.
 */
function menuOpener(send: HTMLElement | null): HTMLElement | null {
  // No Send, no menu beside it.
  const siblings = send?.parentElement ? [...send.parentElement.children] : [];
  return (
    (siblings.find((el) => el !== send && el.matches('[aria-haspopup]:not([aria-haspopup="false"])')) as
      HTMLElement | undefined) ?? null
  );
}

/**
 * The compose around `body`: the site's own container when it holds this one editor and its Send,
 * else the smallest subtree holding both; null when no Send is near.
 */
function composeFromBody(spec: MailSiteSpec, body: HTMLElement): Compose | null {
  const holdsSend = (el: Element) => el !== body && findByLandmarks(el, spec.send) !== null;
  // Optional: only sites with a compose container of their own name one.
  const container = spec.container?.(body);
  const root =
    container && holdsSend(container) && container.querySelectorAll(spec.body).length === 1
      ? container
      : closestHolding(body, holdsSend);
  if (!root) return null;
  return {
    root,
    body,
    kind: spec.kind(root, body),
    sendControl: () => findByLandmarks(root, spec.send),
    sendControls() {
      const send = findByLandmarks(root, spec.send);
      // Send & Archive (Gmail, when the writer turned it on) is labelled as a send joined to another action.
      const also = [...root.querySelectorAll<HTMLElement>(spec.button)].filter(
        (el) => el !== send && labelSaysSendAnd(el),
      );
      return [...(send ? [send] : []), ...also];
    },
    sendMenu: () => menuOpener(findByLandmarks(root, spec.send)),
    menuOpen() {
      return menuOpener(findByLandmarks(root, spec.send))?.getAttribute('aria-expanded') === 'true';
    },
    subjectField: () => spec.subject?.(root) ?? null,
    read() {
      if (!body.isConnected)
        throw new Error(`[consonant] ${spec.site}: the compose body (${spec.body}) left the document`);
      const draft = spec.read(body);
      // Optional: some reply layouts have no subject field; then the body is the whole draft.
      const subject = spec.subject?.(root)?.value;
      return subject ? { ...draft, subject } : draft;
    },
  };
}

/**
 * A compose is the smallest subtree that holds an editor and a Send control: Gmail and Outlook
 * both keep them together, and composes never nest, so two open composes never mix.
 */
export function defineMailAdapter(spec: MailSiteSpec): SiteAdapter {
  const fromBody = (body: HTMLElement): Compose | null => composeFromBody(spec, body);
  const bodyNear = (element: Element): HTMLElement | null => {
    const holder = closestHolding(element, (el) => el.querySelector(spec.body) !== null);
    // No holder when no compose is open anywhere on the page.
    return holder?.querySelector<HTMLElement>(spec.body) ?? null;
  };
  return {
    site: spec.site,
    isSendShortcut(key, platform) {
      if (key.key === 'Enter' && (key.ctrlKey || key.metaKey) && !key.altKey) return true;
      const altS =
        key.altKey &&
        !key.ctrlKey &&
        !key.metaKey &&
        !key.shiftKey &&
        (key.code === 'KeyS' || key.key.toLowerCase() === 's');
      return spec.altSSends === true && altS && !/mac|iphone|ipad/i.test(platform);
    },
    findUncheckable(doc, found = new Set()) {
      const path = doc.defaultView?.location.pathname ?? '';
      if (spec.composePages && !spec.composePages.test(path)) return [];
      const tried = spec.send.map((landmark) => landmark.name).join('; ');
      // Editors the caller already found as composes have their Send: no need to look again.
      const editors = [...doc.querySelectorAll<HTMLElement>(spec.body)].filter((body) => !found.has(body));
      return editors
        .filter((body) => fromBody(body) === null)
        .map((body) => ({ body, missing: `Send (looked for: ${tried})` }));
    },
    findComposes(doc) {
      return [...doc.querySelectorAll<HTMLElement>(spec.body)].map(fromBody).filter((c): c is Compose => c !== null);
    },
    composeForSendControl(element) {
      const item = element.closest<HTMLElement>('[role="menuitem"], [role="menuitemradio"]');
      if (item && labelSaysSchedule(item)) {
        // The item sends the compose whose menu is open; with none open it is some other menu.
        const open = [...element.ownerDocument.querySelectorAll<HTMLElement>(spec.body)]
          .map(fromBody)
          .filter((c) => c?.menuOpen());
        return open.length === 1 ? { compose: open[0]!, control: item, fromMenu: true } : null;
      }
      const control = element.closest<HTMLElement>(spec.button);
      // A button outside any compose (toolbars, the message list) is never Send.
      const body = control && bodyNear(control);
      if (!control || !body) return null;
      const compose = fromBody(body);
      return compose && compose.sendControls().includes(control) ? { compose, control } : null;
    },
    composeForEditor(element) {
      const own = element.closest<HTMLElement>(spec.body);
      if (own) return fromBody(own);
      // Ctrl/Cmd+Enter also sends from the subject and recipient fields of the same compose.
      const body = bodyNear(element);
      const compose = body && fromBody(body);
      return compose && compose.root.contains(element) ? compose : null;
    },
  };
}
