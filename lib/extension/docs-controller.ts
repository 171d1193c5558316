import type { ContentScriptContext } from '#imports';
import { readEffectiveState, watchEffectiveState, type EffectiveState } from './effective';
import { requestDocumentCheck } from './document-check';
import {
  classifyExport,
  classifyFetchError,
  EDITOR_CONTAINER,
  exportUrl,
  TEXT_EVENT_IFRAME,
  type ExportResult,
} from '../sites/gdocs';
import { createRereadScheduler } from '../sites/reread-scheduler';
import type { Finding } from '../report';
import { holdingFindings as atOrAboveMinimum } from '../guard/holding';
import type { DocsStore } from '../guard/docs-store';
import type { ShareDecision } from '../guard/share-guard';

/** Re-read after a 2 s pause in typing, at least every 15 s while typing goes on. */
const REREAD = { quietMs: 2000, maxWaitMs: 15_000, staleMs: 10_000 };

export async function readExport(url: string): Promise<ExportResult> {
  const target = exportUrl(url);
  if (!target)
    return {
      ok: false,
      problem: 'unexpected',
      message: "Consonant can't read this document: this address is not a Google Docs document.",
    };
  try {
    // Same origin, the writer's own session; the response goes nowhere but the check.
    const response = await fetch(target, { credentials: 'include', cache: 'no-store' });
    const body = await response.text();
    return classifyExport({
      status: response.status,
      contentType: response.headers.get('content-type'),
      body,
      redirected: response.redirected,
      url: response.url,
    });
  } catch (error) {
    return classifyFetchError(error);
  }
}

export function isEnabled(state: EffectiveState): boolean {
  return state.settings.mode !== 'off' && state.settings.sites.docs;
}

/** The findings that hold a share: those of a finished report at or above the configured severity. */
export function holdingFindings(store: DocsStore): Finding[] {
  const state = store.state;
  const view = store.get();
  if (!state || !isEnabled(state) || view.phase !== 'ready') return [];
  return atOrAboveMinimum(view.report.findings, state.settings.minSeverity);
}

export function shareDecision(store: DocsStore): ShareDecision {
  return holdingFindings(store).length > 0 ? 'hold' : 'pass';
}

/** Reads the document, checks it in the background and keeps the store current. */
export async function startDocs(ctx: ContentScriptContext, store: DocsStore): Promise<void> {
  store.state = await readEffectiveState();
  let lastText: string | null = null;
  let generation = 0;

  const check = async (text: string) => {
    const mine = ++generation;
    const reply = await requestDocumentCheck(text);
    if (mine !== generation || ctx.isInvalid) return;
    if (reply.ok) store.set({ phase: 'ready', text, report: reply.report });
    else store.set({ phase: 'check-failed', message: `Consonant could not check this document: ${reply.error}` });
  };

  const read = async () => {
    if (!store.state || !isEnabled(store.state)) {
      store.set({ phase: 'off' });
      return;
    }
    const result = await readExport(location.href);
    if (ctx.isInvalid) return;
    if (!result.ok) {
      generation++;
      lastText = null;
      store.set({ phase: 'unreadable', message: result.message });
      return;
    }
    if (result.text === lastText && store.get().phase === 'ready') return;
    lastText = result.text;
    await check(result.text);
  };

  const scheduler = createRereadScheduler(read, REREAD);
  ctx.onInvalidated(() => scheduler.dispose());

  const stopWatching = watchEffectiveState((state) => {
    store.state = state;
    if (!isEnabled(state)) store.set({ phase: 'off' });
    else if (lastText !== null) void check(lastText);
    else scheduler.readNow();
  });
  ctx.onInvalidated(stopWatching);

  const edited = () => scheduler.edited();
  ctx.addEventListener(document, 'keydown', edited, { capture: true });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') scheduler.visible();
  });
  ctx.addEventListener(window, 'online', () => scheduler.visible());
  watchEditor(ctx, edited);
  scheduler.readNow();
}

/** Docs types into an offscreen iframe and repaints the editor; both mean "the text may have changed". */
function watchEditor(ctx: ContentScriptContext, edited: () => void) {
  const observer = new MutationObserver(edited);
  const attach = () => {
    const editor = document.querySelector(EDITOR_CONTAINER);
    if (editor) observer.observe(editor, { childList: true, subtree: true, characterData: true });
    const frame = document.querySelector<HTMLIFrameElement>(TEXT_EVENT_IFRAME);
    try {
      frame?.contentDocument?.addEventListener('keydown', edited, { capture: true });
    } catch {
      // The text-event frame is same-origin today; if that changes, mutations still catch edits.
    }
    return Boolean(editor);
  };
  if (!attach()) {
    // The editor renders after document_idle on slow loads; try again once it exists.
    const late = new MutationObserver(() => {
      if (attach()) late.disconnect();
    });
    late.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => late.disconnect());
  }
  ctx.onInvalidated(() => observer.disconnect());
}
