import { z } from '../zod';
import { repairSettings } from '../settings/repair';
import { settingsSchema, defaultSettings, type Settings } from '../settings/schema';
import {
  localProfileRecordSchema,
  policyReportSchema,
  profileChangesSchema,
  syncStatusSchema,
  urlProfileRecordSchema,
} from '../sync/records';
import { storedItem } from './stored-item';

/** Settings as stored: an unreadable key goes back to its default, the user's other choices stay. */
const storedSettingsSchema = z.unknown().transform((raw) => {
  const { value, dropped } = repairSettings(raw);
  if (dropped.length > 0) console.warn('[consonant] reset unreadable settings to their defaults', dropped);
  return value;
});

/** The user's own settings, before policy is applied. */
export const userSettingsItem = storedItem('local:settings', storedSettingsSchema);
/** The profile edited in the options page or imported from a file. */
export const localProfileItem = storedItem('local:localProfile', localProfileRecordSchema);
/** The last good profile from the team URL. */
export const urlProfileItem = storedItem('local:urlProfile', urlProfileRecordSchema);
export const syncStatusItem = storedItem('local:syncStatus', syncStatusSchema);
export const policyReportItem = storedItem('local:policyReport', policyReportSchema);
export const profileChangesItem = storedItem('local:profileChanges', profileChangesSchema);

/** Storage keys (in the local area) whose change means the effective state must be recomputed. */
export const SOURCE_KEYS = ['settings', 'localProfile', 'urlProfile'] as const;

export async function readUserSettings(): Promise<Settings> {
  return (await userSettingsItem.get()) ?? defaultSettings;
}

/** Writes one user setting; the background merges it with policy. */
export async function updateUserSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readUserSettings()), ...patch });
  await userSettingsItem.set(next);
  return next;
}

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
