import { defineBackground } from '#imports';
import { startProfileSync } from '../lib/extension/profile-sync';
import { registerContextMenu } from '../lib/extension/context-menu';
import { acceptAwakePort, registerDocumentCheck } from '../lib/extension/document-check-handler';
import { registerOverlayInjection } from '../lib/extension/overlay-injection';

export default defineBackground(() => {
  startProfileSync();
  registerContextMenu();
  acceptAwakePort(registerDocumentCheck());
  registerOverlayInjection();
});
