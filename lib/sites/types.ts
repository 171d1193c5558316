import type { DraftText } from '../guard/text-map';

export type ComposeKind = 'new' | 'reply' | 'inline-reply' | 'popout';

/** One open compose surface: a new message, a reply, an inline reply or a pop-out window. */
export interface Compose {
  /** The element that holds the editor and its Send control; stable while the compose is open. */
  root: Element;
  /** The writer's editable body. */
  body: HTMLElement;
  kind: ComposeKind;
  /** The Send control, or null while the site has not rendered it yet. */
  sendControl(): HTMLElement | null;
  /** The writer's new words, without quoted history and signatures. Throws when the body is gone. */
  read(): DraftText;
}

/** What every mail-site adapter offers the send guard (one file per site, DOM only). */
export interface SiteAdapter {
  site: 'gmail' | 'outlook';
  /** Every compose surface currently in the document. */
  findComposes(doc: Document): Compose[];
  /** The compose whose Send control is `element` or holds it, if `element` is a Send control. */
  composeForSendControl(element: Element): Compose | null;
  /** The compose whose editor holds `element` (for Ctrl/Cmd+Enter), if any. */
  composeForEditor(element: Element): Compose | null;
}
