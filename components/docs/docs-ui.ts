import type { ContentScriptContext } from '#imports';
import type { DocsStore } from '../../lib/guard/docs-store';
import type { OverlayRenderers } from '../overlay-ui';

export interface DocsUi {
  /** False once the UI could not be loaded: a share must not be held with nothing on screen to answer it. */
  canHold(): boolean;
  dispose(): void;
}

/** Whether the store has anything to show: the indicator (from the first read on) or a held share; nothing while Docs checks are off. */
function hasContent(store: DocsStore): boolean {
  return store.held() !== null || store.get().phase !== 'off';
}

/**
 * The Docs overlay as the content script holds it: the store says what to show, and the code that
 * draws it (React, `load`) is asked for when there is something to show — the "checking" indicator
 * as the first read starts — in its own task after the content script's, not with it. If it cannot
 * come, a held share goes on to Google's share dialog, later shares are not held, and the console
 * says why.
 */
export function createDocsUi(
  ctx: ContentScriptContext,
  store: DocsStore,
  load: () => Promise<OverlayRenderers>,
): DocsUi {
  let state: 'waiting' | 'loading' | 'shown' | 'failed' = 'waiting';
  let remove: (() => void) | null = null;
  const start = () => {
    state = 'loading';
    load()
      .then((renderers) => renderers.docs(ctx, store))
      .then(
        (rendered) => {
          state = 'shown';
          remove = () => rendered.remove();
          // The extension was turned off or updated while the code loaded.
          if (ctx.isInvalid) remove();
        },
        (error: unknown) => {
          state = 'failed';
          if (ctx.isInvalid) return;
          console.warn(
            '[consonant] could not load the document indicator and warning; shares go ahead unchecked',
            error,
          );
          if (store.held()) store.release(true);
        },
      );
  };
  const startIfNeeded = () => {
    if (state === 'waiting' && hasContent(store)) start();
  };
  const unsubscribe = store.subscribe(startIfNeeded);
  startIfNeeded();
  return {
    canHold: () => state !== 'failed',
    dispose() {
      unsubscribe();
      remove?.();
    },
  };
}
