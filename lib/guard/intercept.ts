/**
 * Catches every way a writer sends — a click on Send (with the pointer and mouse events before
 * it), Ctrl/Cmd+Enter in the compose, Enter or Space on a focused Send button — with the one
 * gesture guard (`gesture.ts`), registered at document_start so it runs before any of the site's
 * listeners. A held send stops its whole event sequence; a replay (Send anyway) passes the guard once.
 */
import type { Compose, SiteAdapter } from '../sites/types';
import { clickAsUser, installGestureGuard } from './gesture';

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

export interface Interceptor {
  /**
   * Performs the send the writer asked for, as their own action would, letting it through once.
   * False when it cannot: a menu item ("Schedule send") that closed with its menu is never
   * replaced by a click on Send, which would send now what the writer meant to schedule.
   */
  replay(attempt: SendAttempt): boolean;
  dispose(): void;
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

export function installInterceptor(win: Window, adapter: SiteAdapter, handlers: InterceptHandlers): Interceptor {
  const sendControlAt = (target: Element): SendControlHit | null =>
    // `known` is optional: without it only composes the adapter recognises now are guarded.
    adapter.composeForSendControl(target) ?? handlers.known?.(target) ?? null;

  return installGestureGuard<SendAttempt>(win, {
    action: 'send',
    attemptAt(target, via) {
      const hit = sendControlAt(target);
      return hit && { compose: hit.compose, via, target: hit.control, fromMenu: hit.fromMenu };
    },
    shortcut(event, target) {
      if (!adapter.isSendShortcut(event, win.navigator.platform)) return null;
      const compose = adapter.composeForEditor(target);
      return compose && { compose, via: 'shortcut', target };
    },
    shouldHold: (attempt) => handlers.shouldHold(attempt),
    isHolding: () => handlers.isHolding(),
    isOwnUi: (element) => handlers.isOwnUi(element),
    perform: (attempt) => dispatchSend(win, attempt),
  });
}
