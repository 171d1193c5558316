import { defineBackground } from '#imports';
import { startProfileSync } from '../lib/extension/profile-sync';

export default defineBackground(() => {
  startProfileSync();
});
