import { browser } from '#imports';
import { diffProfiles } from '../profile/diff';
import { fetchProfile, type FetchOptions } from '../sync/fetch-profile';
import { merge, mergeSettings, type Merged } from '../sync/merge';
import { requestSchema, type SyncReply } from '../sync/messages';
import type { SyncStatus } from '../sync/records';
import { judgeSources } from '../sync/trust';
import { effectiveItem, toEffectiveState } from './effective';
import { readPolicy } from './policy';
import {
  SOURCE_KEYS,
  localProfileItem,
  policyReportItem,
  profileChangesItem,
  readUserSettings,
  syncStatusItem,
  urlProfileItem,
} from './sources';

export const SYNC_ALARM = 'consonant-profile-sync';
const MINUTE_MS = 60_000;

let queue: Promise<unknown> = Promise.resolve();
/** The sync running now and the address it fetches: a sync of another address is not shared. */
let inflight: { url: string; reply: Promise<SyncReply> } | null = null;
let fetchOptions: FetchOptions = {};

/** Runs one step at a time: two storage events arriving together must not interleave their writes. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Records what changed when a new version of the team's profile arrives from the URL or from policy. */
async function recordChanges(previousRaw: unknown, merged: Merged): Promise<void> {
  if (previousRaw == null) return;
  const previous = toEffectiveState(previousRaw);
  if (merged.profileSource !== 'url' && merged.profileSource !== 'managed') return;
  // Subscribing for the first time, or switching teams, is not a change to report.
  if (previous.profileSource === 'example' || previous.profile.team !== merged.profile.team) return;
  if (previous.profile.version === merged.profile.version) return;
  const pending = await profileChangesItem.get();
  const base = pending && pending.team === merged.profile.team ? pending.base : previous.profile;
  const lines = diffProfiles(base, merged.profile);
  if (lines.length === 0) return;
  await profileChangesItem.set({
    team: merged.profile.team,
    fromVersion: base.version,
    toVersion: merged.profile.version,
    at: new Date().toISOString(),
    lines,
    base,
  });
}

async function ensureAlarm(minutes: number): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/** Merges every source and writes the effective state that all pages read. */
export function recompute(): Promise<Merged> {
  return serial(async () => {
    const { policy, problems } = await readPolicy();
    // profileJws is how the policy profile arrived, not a key an administrator set.
    const report = { problems, keys: Object.keys(policy).filter((key) => key !== 'profileJws') };
    // Written only when it differs: every write wakes the popup and options page watching it.
    if (JSON.stringify(await policyReportItem.get()) !== JSON.stringify(report)) await policyReportItem.set(report);
    const urlRecord = await urlProfileItem.get();
    const local = await localProfileItem.get();
    const merged = merge(
      { policy, urlRecord, local, userSettings: await readUserSettings() },
      await judgeSources(policy, urlRecord, local),
    );
    const previousRaw = await effectiveItem.getValue();
    if (JSON.stringify(previousRaw) !== JSON.stringify(merged)) {
      await recordChanges(previousRaw, merged);
      await effectiveItem.setValue(merged);
    }
    await ensureAlarm(merged.settings.refreshMinutes);
    return merged;
  });
}

/** The address to sync from now, or why there is none. */
async function syncTarget(): Promise<{ url: string } | { skipped: string }> {
  const { policy } = await readPolicy();
  if (policy.profile) return { skipped: 'Your organization sets the profile directly, so there is nothing to sync.' };
  const { settings } = mergeSettings(await readUserSettings(), policy);
  const url = settings.profileUrl?.trim();
  if (!url) return { skipped: 'No team profile URL is set.' };
  return { url };
}

async function runSync(url: string): Promise<SyncReply> {
  const previous = await urlProfileItem.get();
  const same = previous?.url === url ? previous : null;
  const { policy } = await readPolicy();
  const keys = policy.profilePublicKeys;
  // A saved copy the pinned keys refuse is no copy to revalidate: ask for the whole file again.
  const reusable =
    same && (!keys || (await judgeSources({ profilePublicKeys: keys }, same, null)).url?.ok) ? same : null;
  // The manifest's content security policy refuses plain-http requests, so the browser itself refuses an http hop.
  const outcome = await fetchProfile(
    url,
    reusable ? { etag: reusable.etag, lastModified: reusable.lastModified } : {},
    { httpHopsRefused: true, ...fetchOptions, ...(keys ? { keys } : {}) },
  );
  // The address may have changed while the answer was on its way: a late answer for the old one
  // must not overwrite what the new one recorded, nor show the old address as the team's.
  const target = await syncTarget();
  if (!('url' in target) || target.url !== url)
    return { status: null, skipped: `The team URL changed while ${url} was being fetched; its answer was set aside.` };
  const now = new Date().toISOString();
  let status: SyncStatus;
  // The status goes first: the storage event of the new copy must find this attempt recorded.
  if (outcome.kind === 'updated') {
    status = { url, at: now, result: 'updated', errors: [] };
    await syncStatusItem.set(status);
    await urlProfileItem.set({
      url,
      profile: outcome.profile,
      fetchedAt: now,
      syncedAt: now,
      version: outcome.profile.version,
      ...outcome.validators,
      ...(outcome.jws ? { jws: outcome.jws } : {}),
    });
  } else if (outcome.kind === 'not-modified' && same) {
    status = { url, at: now, result: 'not-modified', errors: [] };
    await syncStatusItem.set(status);
    await urlProfileItem.set({ ...same, syncedAt: now });
  } else {
    // The last good copy stays in storage untouched: a failed or invalid download never replaces it.
    const reason = outcome.kind === 'failed' ? outcome.reason : 'the server answered 304 for a file never downloaded';
    status = { url, at: now, result: 'failed', reason, errors: outcome.kind === 'failed' ? outcome.errors : [] };
    console.warn(`[consonant] profile sync from ${url} failed: ${reason}`);
    await syncStatusItem.set(status);
  }
  await recompute();
  return { status };
}

/**
 * Fetches the team profile now; concurrent callers for the same address share one request. A
 * caller for another address (the team URL just changed) does not wait for the old one.
 */
export async function syncNow(): Promise<SyncReply> {
  const target = await syncTarget();
  if (!('url' in target)) return { status: null, skipped: target.skipped };
  if (inflight?.url === target.url) return inflight.reply;
  const reply = runSync(target.url).finally(() => {
    if (inflight?.reply === reply) inflight = null;
  });
  inflight = { url: target.url, reply };
  return reply;
}

/** Syncs when the configured URL has not been tried within its refresh interval. */
export async function syncIfDue(now = Date.now()): Promise<SyncReply | null> {
  const merged = await recompute();
  const url = merged.settings.profileUrl?.trim();
  if (!url || merged.profileSource === 'managed') return null;
  const status = await syncStatusItem.get();
  if (status && status.url === url && now - Date.parse(status.at) < merged.settings.refreshMinutes * MINUTE_MS)
    return null;
  return syncNow();
}

/**
 * Wires the background: listeners are registered synchronously so events wake the service
 * worker, then the effective state is rebuilt and the profile synced if it is due.
 */
export function startProfileSync(options: { fetch?: FetchOptions } = {}): void {
  fetchOptions = options.fetch ?? {};
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      void syncIfDue().catch((error) => console.error('[consonant] applying policy failed', error));
      return;
    }
    if (area !== 'local' || !SOURCE_KEYS.some((key) => key in changes)) return;
    void syncIfDue().catch((error) => console.error('[consonant] recomputing the profile failed', error));
  });
  const logFailure = (error: unknown) => console.error('[consonant] profile sync failed', error);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow().catch(logFailure);
  });
  browser.runtime.onStartup.addListener(() => void syncNow().catch(logFailure));
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: SyncReply) => void) => {
    const parsed = requestSchema.safeParse(message);
    // Other features answer their own messages; returning nothing leaves them to it.
    if (!parsed.success) return undefined;
    void syncNow().then(sendResponse, (error: unknown) => {
      logFailure(error);
      sendResponse({ status: null, skipped: `The sync could not run (${String(error)}).` });
    });
    return true;
  });
  void syncIfDue().catch((error) => console.error('[consonant] starting profile sync failed', error));
}
