import { browser } from '#imports';
import { parseManaged, type ManagedParse } from '../sync/managed';

/**
 * Reads enterprise policy. Without any policy, Firefox rejects and some Chromium builds throw,
 * and neither is an error: no policy simply means the user's own settings apply.
 */
export async function readPolicy(): Promise<ManagedParse> {
  let raw: unknown = {};
  try {
    raw = (await browser.storage.managed.get(null)) ?? {};
  } catch {
    raw = {};
  }
  return parseManaged(raw);
}
