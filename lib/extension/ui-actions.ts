import { browser } from '#imports';
import type { Profile } from '../profile';
import { parseProfileText, type ProfileSource } from '../profile/read';
import { openProfileText, type OpenResult } from '../profile/signed';
import { syncReplySchema, type Request, type SyncReply } from '../sync/messages';
import { checkProfileUrl, originPattern } from '../sync/url-policy';
import { readPolicy } from './policy';
import { localProfileItem, profileChangesItem, updateUserSettings } from './sources';

/** What the popup and options page do; the background notices the storage change and merges. */
export async function saveLocalProfile(profile: Profile, origin: 'edit' | 'import', jws?: string): Promise<void> {
  await localProfileItem.set({ profile, savedAt: new Date().toISOString(), origin, ...(jws ? { jws } : {}) });
}

/** Reads a file chosen for import against the keys the organization pins now, before anything is saved. */
export async function openImport(text: string, source: ProfileSource = {}): Promise<OpenResult> {
  const { policy } = await readPolicy();
  return openProfileText(text, policy.profilePublicKeys, (plain) => parseProfileText(plain, source));
}

/**
 * Saves the address and asks for access to its host. The request starts first, while the click
 * still counts as a user gesture, but the address does not wait for the answer: a server that
 * sends CORS headers needs no permission, and a prompt left open must not lose the subscription.
 * Once access is granted the profile is fetched again, since a first try without it may have failed.
 */
export async function subscribe(url: string): Promise<{ permission: Promise<'granted' | 'refused'> }> {
  const checked = checkProfileUrl(url);
  if (!checked.ok) throw new Error(checked.reason);
  const asked = browser.permissions.request({ origins: [originPattern(checked.url)] }).catch((error: unknown) => {
    console.warn('[consonant] host permission request failed', error);
    return false;
  });
  await updateUserSettings({ profileUrl: checked.url.href });
  const permission = asked.then(async (granted): Promise<'granted' | 'refused'> => {
    if (!granted) return 'refused';
    await requestSyncNow();
    return 'granted';
  });
  return { permission };
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
