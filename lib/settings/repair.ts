import { defaultSettings, settingsSchema, type Settings } from './schema';

export interface RepairedSettings {
  value: Settings;
  /** The keys that were unreadable and went back to their defaults, with why. */
  dropped: { key: string; message: string }[];
}

/**
 * Reads stored settings key by key: one unreadable value (written by an older build, or edited by
 * hand) goes back to its default, and every other choice the user made is kept.
 */
export function repairSettings(raw: unknown): RepairedSettings {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { value: defaultSettings, dropped: raw == null ? [] : [{ key: '', message: 'settings are not an object' }] };
  }
  const input = raw as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  const dropped: RepairedSettings['dropped'] = [];
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const parsed = schema.safeParse(input[key]);
    if (parsed.success) value[key] = parsed.data;
    else {
      value[key] = defaultSettings[key as keyof Settings];
      dropped.push({ key, message: parsed.error.issues[0]?.message ?? 'invalid' });
    }
  }
  return { value: value as Settings, dropped };
}
