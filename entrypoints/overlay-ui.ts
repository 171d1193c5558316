import { defineUnlistedScript } from '#imports';
import { renderDocsApp } from '../components/docs/render-docs-app';
import { registerOverlayUi } from '../components/overlay-ui';
import { renderGuardOverlay } from '../components/render-guard-overlay';

/**
 * The UI that content scripts load when they first need it (lib/extension/overlay-injection.ts):
 * React and every component, injected into the content script's own isolated world. Listed in no
 * manifest key, so no page can load it.
 */
export default defineUnlistedScript(() => registerOverlayUi({ guard: renderGuardOverlay, docs: renderDocsApp }));
