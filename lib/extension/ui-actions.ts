import { browser } from '#imports';
import type { Profile } from '../profile';
import { syncReplySchema, type Request, type SyncReply } from '../sync/messages';
import { checkProfileUrl, originPattern } from '../sync/url-policy';
import { localProfileItem, profileChangesItem, updateUserSettings } from './sources';

/** What the popup and options page do; the background notices the storage change and merges. */
export async function saveLocalProfile(profile: Profile, origin: 'edit' | 'import'): Promise<void> {
  await localProfileItem.set({ profile, savedAt: new Date().toISOString(), origin });
}

/**
 * Asks for access to the profile's host first, while the click still counts as a user gesture,
 * then saves the address. A refusal still subscribes: a server that sends CORS headers needs no
 * permission at all.
 */
export async function subscribe(url: string): Promise<'granted' | 'refused'> {
  const checked = checkProfileUrl(url);
  if (!checked.ok) throw new Error(checked.reason);
  let granted = false;
  try {
    granted = await browser.permissions.request({ origins: [originPattern(checked.url)] });
  } catch (error) {
    console.warn('[consonant] host permission request failed', error);
  }
  await updateUserSettings({ profileUrl: checked.url.href });
  return granted ? 'granted' : 'refused';
}

export async function unsubscribe(): Promise<void> {
  await updateUserSettings({ profileUrl: undefined });
}

export async function requestSyncNow(): Promise<SyncReply> {
  const message: Request = { type: 'consonant:sync-now' };
  try {
    const parsed = syncReplySchema.safeParse(await browser.runtime.sendMessage(message));
    if (parsed.success) return parsed.data;
    return { status: null, skipped: 'The background gave an answer Consonant could not read.' };
  } catch (error) {
    return { status: null, skipped: `The background could not be reached (${(error as Error).message}).` };
  }
}

export async function dismissChanges(): Promise<void> {
  await profileChangesItem.set(null);
}
