/**
 * Holds a gesture on a guarded control — a click with the pointer and mouse events before it,
 * Enter or Space on the focused control, a keyboard shortcut — in the capture phase on window,
 * before any of the page's listeners see it. The first event of a gesture decides for all of it;
 * a held gesture is swallowed to its end, and a replay passes the guard exactly once. Used for
 * mail Send (`intercept.ts`) and Docs Share (`share-guard.ts`).
 */

/** What an attempt needs for its gesture to be followed: the element the writer acted on. */
export interface GestureAttempt {
  /** The control for a click or Enter/Space; the editor for a shortcut. */
  target: Element;
}

export interface GestureSpec<A extends GestureAttempt> {
  /** Names the action in the console when deciding fails ("send", "share"). */
  action: string;
  /** The attempt a click, or Enter/Space, on `target` makes: null when it is not on a guarded control. */
  attemptAt(target: Element, via: 'pointer' | 'key'): A | null;
  /** The attempt a keyboard shortcut makes; absent when the action has none. */
  shortcut?(event: KeyboardEvent, target: Element): A | null;
  /** Decides synchronously: true holds the gesture. A throw lets it through (fail open). */
  shouldHold(attempt: A): boolean;
  /** True while the warning is open: every further attempt is swallowed. */
  isHolding?(): boolean;
  /** Our own UI: events inside it are never attempts. */
  isOwnUi?(element: Element): boolean;
  /** Performs the attempt as the writer's own action would; false when it cannot. */
  perform(attempt: A): boolean;
}

export interface GestureGuard<A> {
  /** Performs `attempt` through `perform`, letting it past the guard once. */
  replay(attempt: A): boolean;
  dispose(): void;
}

const POINTER = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick'] as const;
const KEYS = ['keydown', 'keypress', 'keyup'] as const;

function swallow(event: Event) {
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

function targetOf(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : event.target instanceof Element ? event.target : null;
}

/**
 * The control of a pointer gesture held at its start. Its later events are held too, even when the
 * hold ended before the writer let go: a clean answer that came between the press and the release
 * has replayed the click already, and the writer's own click must not act a second time.
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

/** The decision of `spec`, failing open: a throw is reported and lets the attempt through. */
function failOpen<A extends GestureAttempt>(spec: GestureSpec<A>): (attempt: A) => boolean {
  return (attempt) => {
    try {
      return spec.shouldHold(attempt) === true;
    } catch (error) {
      console.error(`[consonant] the ${spec.action} guard failed; letting the ${spec.action} through`, error);
      return false;
    }
  };
}

/** Follows pointer gestures: which control's gesture is held or let through, decided at its start. */
function pointerListener<A extends GestureAttempt>(spec: GestureSpec<A>, shouldHold: (attempt: A) => boolean) {
  /**
   * The control of a pointer gesture already let through, so its later events are not checked
   * twice. It lasts one gesture: the next pointerdown (or a mousedown that no pointerdown
   * announced) decides afresh, so a press dragged off the control leaves nothing behind.
   */
  let allowed: Element | null = null;
  const heldGesture = createHeldGesture();
  /** The type of the last pointer event seen, to tell a gesture's own mousedown from a new one. */
  let lastPointerType = '';

  return (event: Event) => {
    const previous = lastPointerType;
    lastPointerType = event.type;
    const startsGesture = event.type === 'pointerdown' || (event.type === 'mousedown' && previous !== 'pointerdown');
    if (startsGesture) allowed = null;
    if (startsGesture) heldGesture.end();
    const target = targetOf(event);
    if (!target || spec.isOwnUi?.(target)) return;
    const attempt = spec.attemptAt(target, 'pointer');
    if (!attempt) return;
    const control = attempt.target;
    if (heldGesture.holds(control, event.type) || spec.isHolding?.()) return swallow(event);
    if (allowed === control) {
      if (event.type === 'click') allowed = null;
      return;
    }
    // The first event of a gesture decides for the whole sequence; a click without one (from the
    // keyboard or a script) decides for itself.
    if (event.type !== 'pointerdown' && event.type !== 'mousedown' && event.type !== 'click') return;
    if (shouldHold(attempt)) {
      heldGesture.start(control, event.type);
      return swallow(event);
    }
    allowed = event.type === 'click' ? null : control;
  };
}

/** Follows keys: a shortcut, or Enter/Space on a focused control; a key held on keydown is held to its keyup. */
function keyListener<A extends GestureAttempt>(spec: GestureSpec<A>, shouldHold: (attempt: A) => boolean) {
  let heldKey: string | null = null;
  return (event: Event) => {
    const key = event as KeyboardEvent;
    if (event.type !== 'keydown') {
      if (heldKey !== null && key.key === heldKey) {
        swallow(event);
        if (event.type === 'keyup') heldKey = null;
      }
      return;
    }
    const target = targetOf(event);
    if (!target || spec.isOwnUi?.(target)) return;
    let attempt = spec.shortcut?.(key, target) ?? null;
    if (!attempt && (key.key === 'Enter' || key.key === ' ') && !key.ctrlKey && !key.metaKey && !key.altKey) {
      attempt = spec.attemptAt(target, 'key');
    }
    if (!attempt) return;
    if (spec.isHolding?.() || shouldHold(attempt)) {
      heldKey = key.key;
      swallow(event);
    }
  };
}

export function installGestureGuard<A extends GestureAttempt>(win: Window, spec: GestureSpec<A>): GestureGuard<A> {
  let replaying = 0;
  const shouldHold = failOpen(spec);
  const onPointerEvent = pointerListener(spec, shouldHold);
  const onKeyEvent = keyListener(spec, shouldHold);
  // Events dispatched by a replay are the writer's own action carried out: they pass untouched.
  const onPointer = (event: Event) => replaying > 0 || onPointerEvent(event);
  const onKey = (event: Event) => replaying > 0 || onKeyEvent(event);

  const options = { capture: true } as const;
  for (const type of POINTER) win.addEventListener(type, onPointer, options);
  for (const type of KEYS) win.addEventListener(type, onKey, options);

  return {
    replay(attempt) {
      replaying++;
      try {
        return spec.perform(attempt);
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
