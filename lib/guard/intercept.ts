/**
 * Catches every way a writer sends — a click on Send (with the pointer and mouse events before
 * it), Ctrl/Cmd+Enter in the compose, Enter or Space on a focused Send button — in the capture
 * phase on window, registered at document_start so it runs before any of the site's listeners.
 * A held send stops its whole event sequence; a replay (Send anyway) passes the guard once.
 */
import type { Compose, SiteAdapter } from '../sites/types';

export type SendVia = 'pointer' | 'shortcut' | 'key';

export interface SendAttempt {
  compose: Compose;
  via: SendVia;
  /** The element the writer acted on (the control that sends, or the editor for a shortcut). */
  target: Element;
  /** The control is an item of the send-options menu ("Schedule send"), not a button of the compose. */
  fromMenu?: boolean;
}

/** A control that sends, and the compose it sends. */
export interface SendControlHit {
  compose: Compose;
  control: HTMLElement;
  fromMenu?: boolean;
}

export interface InterceptHandlers {
  /** Decides synchronously: true holds the send (the caller then shows the warning). */
  shouldHold(attempt: SendAttempt): boolean;
  /** True while the warning is open: every further send attempt is swallowed. */
  isHolding(): boolean;
  /** Our own UI: events inside it are never send attempts. */
  isOwnUi(element: Element): boolean;
  /**
   * A compose seen earlier whose Send control holds `target`, for when the adapter no longer
   * recognises it (its editor was re-rendered or removed): the check then fails and the send goes out.
   */
  known?(target: Element): SendControlHit | null;
}

const POINTER = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick'] as const;
const KEYS = ['keydown', 'keypress', 'keyup'] as const;

export interface Interceptor {
  /**
   * Performs the send the writer asked for, as their own action would, letting it through once.
   * False when it cannot: a menu item ("Schedule send") that closed with its menu is never
   * replaced by a click on Send, which would send now what the writer meant to schedule.
   */
  replay(attempt: SendAttempt): boolean;
  dispose(): void;
}

function hold(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function pointAt(element: Element) {
  const rect = element.getBoundingClientRect();
  return { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
}

/** The pointer and mouse events of one click at the centre of `element`, as a user's click sends them. */
export function clickAsUser(win: Window, element: HTMLElement): void {
  const at = { bubbles: true, cancelable: true, composed: true, view: win, button: 0, ...pointAt(element) };
  const pointer = { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  element.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  element.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  element.dispatchEvent(new PointerEvent('pointerup', pointer));
  element.dispatchEvent(new MouseEvent('mouseup', at));
  element.dispatchEvent(new MouseEvent('click', { ...at, detail: 1 }));
}

/**
 * Performs `attempt` as the writer's own action would: a click on the control they used (Send &
 * Archive stays Send & Archive), or on Send for a shortcut; the shortcut again when Send is gone.
 * False for a menu item that closed with its menu: it is never replaced by a click on Send.
 */
function dispatchSend(win: Window, attempt: SendAttempt): boolean {
  const used = attempt.via === 'shortcut' ? null : attempt.target;
  if (attempt.fromMenu && !used?.isConnected) return false;
  const control = used?.isConnected ? (used as HTMLElement) : attempt.compose.sendControl();
  if (control) {
    clickAsUser(win, control);
    return true;
  }
  // No control to click (the site moved it): repeat the shortcut where it was pressed.
  const target = attempt.target.isConnected ? attempt.target : attempt.compose.body;
  const key = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: win,
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    ctrlKey: true,
  };
  target.dispatchEvent(new KeyboardEvent('keydown', key));
  target.dispatchEvent(new KeyboardEvent('keypress', { ...key, charCode: 13 }));
  target.dispatchEvent(new KeyboardEvent('keyup', key));
  return true;
}

/**
 * The Send control of a pointer gesture held at its start. Its later events are held too, even
 * when the hold ended before the writer let go: a clean answer that came between the press and the
 * release has replayed the click already, and the writer's own click must not send a second time.
 */
function createHeldGesture() {
  let held: Element | null = null;
  return {
    start(control: Element, type: string) {
      // A click is a whole gesture by itself: nothing of it is left to come.
      held = type === 'click' ? null : control;
    },
    holds(control: Element, type: string): boolean {
      if (held !== control) return false;
      if (type === 'click') held = null;
      return true;
    },
    end() {
      held = null;
    },
  };
}

export function installInterceptor(win: Window, adapter: SiteAdapter, handlers: InterceptHandlers): Interceptor {
  let replaying = 0;
  /**
   * The Send control of a pointer gesture already let through, so its later events are not
   * checked twice. It lasts one gesture: the next pointerdown (or a mousedown that no pointerdown
   * announced) decides afresh, so a press dragged off Send leaves nothing behind.
   */
  let allowed: Element | null = null;
  const heldGesture = createHeldGesture();
  /** The type of the last pointer event seen, to tell a gesture's own mousedown from a new one. */
  let lastPointerType = '';
  /** A key held on keydown: its keypress and keyup are held too. */
  let heldKey: string | null = null;

  const targetOf = (event: Event): Element | null => {
    const first = event.composedPath()[0];
    return first instanceof Element ? first : event.target instanceof Element ? event.target : null;
  };

  const sendControlAt = (target: Element): SendControlHit | null =>
    // `known` is optional: without it only composes the adapter recognises now are guarded.
    adapter.composeForSendControl(target) ?? handlers.known?.(target) ?? null;

  const onPointer = (event: Event) => {
    if (replaying > 0) return;
    const previous = lastPointerType;
    lastPointerType = event.type;
    const startsGesture = event.type === 'pointerdown' || (event.type === 'mousedown' && previous !== 'pointerdown');
    if (startsGesture) allowed = null;
    if (startsGesture) heldGesture.end();
    const target = targetOf(event);
    if (!target || handlers.isOwnUi(target)) return;
    const hit = sendControlAt(target);
    if (!hit) return;
    const { compose, control, fromMenu } = hit;
    if (heldGesture.holds(control, event.type) || handlers.isHolding()) return hold(event);
    if (allowed === control) {
      if (event.type === 'click') allowed = null;
      return;
    }
    // The first event of a gesture decides for the whole sequence; a click without one (from the
    // keyboard or a script) decides for itself.
    if (event.type !== 'pointerdown' && event.type !== 'mousedown' && event.type !== 'click') return;
    if (handlers.shouldHold({ compose, via: 'pointer', target: control, fromMenu })) {
      heldGesture.start(control, event.type);
      return hold(event);
    }
    allowed = event.type === 'click' ? null : control;
  };

  const onKey = (event: Event) => {
    if (replaying > 0) return;
    const key = event as KeyboardEvent;
    if (event.type !== 'keydown') {
      if (heldKey !== null && key.key === heldKey) {
        hold(event);
        if (event.type === 'keyup') heldKey = null;
      }
      return;
    }
    const target = targetOf(event);
    if (!target || handlers.isOwnUi(target)) return;
    let attempt: SendAttempt | null = null;
    if (adapter.isSendShortcut(key, win.navigator.platform)) {
      const compose = adapter.composeForEditor(target);
      if (compose) attempt = { compose, via: 'shortcut', target };
    } else if ((key.key === 'Enter' || key.key === ' ') && !key.ctrlKey && !key.metaKey && !key.altKey) {
      const hit = sendControlAt(target);
      if (hit) attempt = { compose: hit.compose, via: 'key', target: hit.control, fromMenu: hit.fromMenu };
    }
    if (!attempt) return;
    if (handlers.isHolding() || handlers.shouldHold(attempt)) {
      heldKey = key.key;
      hold(event);
    }
  };

  const options = { capture: true } as const;
  for (const type of POINTER) win.addEventListener(type, onPointer, options);
  for (const type of KEYS) win.addEventListener(type, onKey, options);

  return {
    replay(attempt) {
      replaying++;
      try {
        return dispatchSend(win, attempt);
      } finally {
        replaying--;
      }
    },
    dispose() {
      for (const type of POINTER) win.removeEventListener(type, onPointer, options);
      for (const type of KEYS) win.removeEventListener(type, onKey, options);
    },
  };
}
