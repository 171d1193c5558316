import type { EffectiveState } from '../extension/effective';
import type { SiteAdapter } from '../sites/types';
import { startSendGuard, type Checker, type GuardUi, type SendGuard } from './send-guard';

export interface MailGuardOptions {
  window: Window;
  adapter: SiteAdapter;
  ui: GuardUi;
  readState(): Promise<EffectiveState>;
  /** Checks a draft: in the extension's background on the real sites, so the page carries no NLP. */
  check: Checker;
  /** Pays the checker's start-up cost while the writer types (the background's, or nothing). */
  warmUp?(): void;
  /** Keeps the checker loaded while a compose is open. */
  keepAwake?(): void;
  /** Whether the checker is still starting: a send's check then may take the cold-start budget. */
  checkerStarting?(): boolean;
  /** Calls back with every new state (a profile edited in the options page, a sync, a policy change). */
  watchState(callback: (state: EffectiveState) => void): () => void;
}

/** How often at most the page is searched for composes while it changes. */
const SCAN_EVERY_MS = 200;

/** Whether a change happened inside an editable region (the writer typing), not around it. */
function insideEditor(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  return target?.closest('[contenteditable="true"], [contenteditable=""]') != null;
}

/**
 * Wires the send guard on a mail site: state from storage, the checker it is handed, and a
 * MutationObserver that finds composes as they open and close. Until the state has loaded,
 * sends go out unchecked.
 */
export function startMailGuard(options: MailGuardOptions): SendGuard {
  const { window: win } = options;
  const guard = startSendGuard({
    window: win,
    adapter: options.adapter,
    ui: options.ui,
    warmUp: options.warmUp ?? (() => {}),
    ...(options.keepAwake ? { keepAwake: options.keepAwake } : {}),
    ...(options.checkerStarting ? { checkerStarting: options.checkerStarting } : {}),
    check: options.check,
  });

  let scheduled: number | null = null;
  const scan = () => {
    scheduled = null;
    guard.scan();
  };
  const observer = new MutationObserver((records) => {
    // Typing changes only the editor's own nodes; composes open, close and re-render outside it.
    if (records.every(insideEditor)) return;
    if (scheduled === null) scheduled = win.setTimeout(scan, SCAN_EVERY_MS);
  });
  observer.observe(win.document, { childList: true, subtree: true });

  const unwatch = options.watchState((state) => guard.setState(state));
  options.readState().then(
    (state) => {
      guard.setState(state);
      guard.scan();
    },
    (error: unknown) => console.warn('[consonant] could not read the settings; sends go out unchecked', error),
  );

  return {
    setState: guard.setState,
    scan: guard.scan,
    status: guard.status,
    dispose() {
      observer.disconnect();
      unwatch();
      if (scheduled !== null) win.clearTimeout(scheduled);
      guard.dispose();
    },
  };
}
