import type { MailSiteId } from './index';
import type { DraftText } from './text-map';

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
  /** Every control in the compose that sends: Send first, then the others ("Send & Archive"). */
  sendControls(): HTMLElement[];
  /** Whether the compose's send-options menu is open (its items may send: "Schedule send"). */
  menuOpen(): boolean;
  /** The button that opens the send-options menu beside Send, if the compose has one. */
  sendMenu(): HTMLElement | null;
  /** The writer's new words, without quoted history and signatures. Throws when the body is gone. */
  read(): DraftText;
  /** The subject field the writer types in, when the compose has one (mail sites). */
  subjectField?(): HTMLInputElement | null;
}

/** What every mail-site adapter offers the send guard (one file per site, DOM only). */
export interface SiteAdapter {
  site: MailSiteId;
  /** Every compose surface currently in the document. */
  findComposes(doc: Document): Compose[];
  /** Editors of composes whose Send cannot be found (the site changed its page), and what is missing. */
  findUncheckable(doc: Document, found?: ReadonlySet<Element>): { body: HTMLElement; missing: string }[];
  /**
   * When `element` is in a control that sends (Send, Send & Archive, a "Schedule send" menu item):
   * that control and the compose it sends.
   */
  composeForSendControl(element: Element): { compose: Compose; control: HTMLElement } | null;
  /** Whether a keydown in a compose sends it on this site (Ctrl/Cmd+Enter everywhere). */
  isSendShortcut(event: KeyboardEvent, platform: string): boolean;
  /** The compose whose editor holds `element` (for Ctrl/Cmd+Enter), if any. */
  composeForEditor(element: Element): Compose | null;
}
