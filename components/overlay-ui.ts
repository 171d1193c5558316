/**
 * What the content scripts and the separately loaded UI script (`entrypoints/overlay-ui.ts`,
 * React and every component) say to each other. The content script carries the site adapter, the
 * send interception and the messaging; the UI script is injected into the same isolated world the
 * first time a badge or a warning is needed, and registers its renderers on that world's global,
 * which the page's own scripts cannot see. Types only on the React side: importing this file adds
 * no UI code to a content script.
 */
import type { ContentScriptContext } from '#imports';
import type { DocsStore } from '../lib/guard/docs-store';
import type { Store } from '../lib/guard/store';
import type { OverlayState } from './GuardOverlay';

/** A UI rendered into its own shadow root on the page. */
export interface Rendered {
  /** Applies `change` and renders its result before returning: a warning is on screen in the frame of the click it answers. */
  renderNow(change: () => void): void;
  /** False once the page removed our host. */
  connected(): boolean;
  /** True for the host and anything inside its shadow root. */
  contains(element: Element): boolean;
  remove(): void;
}

export interface OverlayRenderers {
  /** The send guard's badges, findings lists and warning on a mail site, drawn from `store`. */
  guard(doc: Document, store: Store<OverlayState>): Rendered;
  /** The Docs indicator, findings panel and share warning, drawn from `store`. */
  docs(ctx: ContentScriptContext, store: DocsStore): Promise<Rendered>;
}

const KEY = '__consonantOverlayUi';
type WithOverlay = typeof globalThis & { [KEY]?: OverlayRenderers };

/** Called by the UI script as it runs. */
export function registerOverlayUi(renderers: OverlayRenderers): void {
  (globalThis as WithOverlay)[KEY] = renderers;
}

/** The renderers, once the UI script has run in this isolated world. */
export function loadedOverlayUi(): OverlayRenderers | null {
  return (globalThis as WithOverlay)[KEY] ?? null;
}

/**
 * The renderers, loading the UI script the first time they are asked for. A failed load is
 * forgotten, so the next need tries again.
 */
export function createOverlayLoader(request: () => Promise<void>): () => Promise<OverlayRenderers> {
  let loading: Promise<OverlayRenderers> | null = null;
  return () => {
    const ready = loadedOverlayUi();
    if (ready) return Promise.resolve(ready);
    loading ??= request()
      .then(() => {
        const renderers = loadedOverlayUi();
        if (!renderers) throw new Error('the UI script ran but registered nothing');
        return renderers;
      })
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
    return loading;
  };
}
