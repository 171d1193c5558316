import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wired up by the profile sync and managed settings modules.
});
