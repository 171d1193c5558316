import type { Compose, ComposeKind, SiteAdapter } from '../sites/types';
import { closestHolding, findByLandmarks, type Landmark } from './dom-query';
import type { DraftText } from './text-map';

/** A reply or forward subject, with the prefixes Gmail and Outlook write in the languages they ship. */
export const REPLY_SUBJECT = /^\s*(re|aw|sv|vs|ref|r|fw|fwd|wg|tr|rv|enc|i)\s*:/i;

/** What differs between mail sites; the way composes are found from it is the same everywhere. */
export interface MailSiteSpec {
  site: SiteAdapter['site'];
  /** Matches the editor of every compose, and nothing else. */
  body: string;
  /** Send, from the most stable landmark to the least. */
  send: readonly Landmark[];
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
}

/**
 * A compose is the smallest subtree that holds an editor and a Send control: Gmail and Outlook
 * both keep them together, and composes never nest, so two open composes never mix.
 */
export function defineMailAdapter(spec: MailSiteSpec): SiteAdapter {
  const fromBody = (body: HTMLElement): Compose | null => {
    const holdsSend = (el: Element) => el !== body && findByLandmarks(el, spec.send) !== null;
    // Optional: only sites with a compose container of their own name one.
    const container = spec.container?.(body);
    const root = container && holdsSend(container) && container.querySelectorAll(spec.body).length === 1 ? container : closestHolding(body, holdsSend);
    if (!root) return null;
    return {
      root,
      body,
      kind: spec.kind(root, body),
      sendControl: () => findByLandmarks(root, spec.send),
      read() {
        if (!body.isConnected) throw new Error(`[consonant] ${spec.site}: the compose body (${spec.body}) left the document`);
        return spec.read(body);
      },
    };
  };
  const bodyNear = (element: Element): HTMLElement | null => {
    const holder = closestHolding(element, (el) => el.querySelector(spec.body) !== null);
    // No holder when no compose is open anywhere on the page.
    return holder?.querySelector<HTMLElement>(spec.body) ?? null;
  };
  return {
    site: spec.site,
    findComposes(doc) {
      return [...doc.querySelectorAll<HTMLElement>(spec.body)].map(fromBody).filter((c): c is Compose => c !== null);
    },
    composeForSendControl(element) {
      const control = element.closest<HTMLElement>(spec.button);
      // A button outside any compose (toolbars, the message list) is never Send.
      const body = control && bodyNear(control);
      if (!control || !body) return null;
      const compose = fromBody(body);
      return compose && compose.sendControl() === control ? compose : null;
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
