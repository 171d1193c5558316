import { storage } from '#imports';
import { z } from '../zod';
import { exampleProfile, profileSchema, type Profile } from '../profile';
import { defaultSettings, settingsSchema, type Settings } from '../settings/schema';

export const profileSource = z.enum(['managed', 'url', 'local', 'example']);

export const signatureSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('unsigned') }),
  z.object({ state: z.literal('verified'), kid: z.string() }),
  z.object({ state: z.literal('unverified'), kid: z.string().nullable() }),
]);

/**
 * What every check uses: the profile and settings after merging managed policy, the team URL,
 * local edits and the embedded example. The background writes it; content scripts, the popup
 * and the options page read and watch it.
 */
export const effectiveStateSchema = z.object({
  profile: profileSchema,
  profileSource: profileSource,
  /** When the profile last synced from its URL (ISO timestamp), if it came from one. */
  profileSyncedAt: z.string().nullable().default(null),
  settings: settingsSchema,
  /** Settings keys set by enterprise policy; the UI shows them as locked. */
  locked: z.array(z.string()).default([]),
  /** Who signed the profile in force, and whether a pinned key vouched for it. */
  signature: signatureSchema.default({ state: 'unsigned' }),
  /** Whether the organization pinned signing keys (`profilePublicKeys`). */
  keysPinned: z.boolean().default(false),
  /** Profiles that were set but refused (not signed by a trusted key), with why in words. */
  refused: z.array(z.object({ source: z.enum(['managed', 'url', 'local']), reason: z.string() })).default([]),
});

export type ProfileSource = z.infer<typeof profileSource>;
export type EffectiveState = z.infer<typeof effectiveStateSchema>;

export const effectiveItem = storage.defineItem<unknown>('local:effective', { fallback: null });

export const fallbackState: EffectiveState = {
  profile: exampleProfile,
  profileSource: 'example',
  profileSyncedAt: null,
  settings: defaultSettings,
  locked: [],
  signature: { state: 'unsigned' },
  keysPinned: false,
  refused: [],
};

/** Validates what storage holds; anything unreadable falls back to the embedded example. */
export function toEffectiveState(raw: unknown): EffectiveState {
  if (raw == null) return fallbackState;
  const parsed = effectiveStateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[consonant] stored effective state is invalid, using the embedded example', parsed.error.issues);
  return fallbackState;
}

export async function readEffectiveState(): Promise<EffectiveState> {
  return toEffectiveState(await effectiveItem.getValue());
}

export function watchEffectiveState(callback: (state: EffectiveState) => void): () => void {
  return effectiveItem.watch((raw) => callback(toEffectiveState(raw)));
}

export type { Profile, Settings };
