import { z } from '../zod';
import { profileSchema } from '../profile';

/** The last good profile from the team URL, with what is needed to ask for it again cheaply. */
export const urlProfileRecordSchema = z.object({
  url: z.string(),
  profile: profileSchema,
  /** When this copy was downloaded (a 200 answer). */
  fetchedAt: z.string(),
  /** When the server last confirmed it (a 200 or a 304); what staleness is measured from. */
  syncedAt: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  version: z.string(),
  /** The compact JWS the profile arrived as, kept so its signature can be checked again when the pinned keys change. */
  jws: z.string().optional(),
});

/** The profile edited in the options page or imported from a file. */
export const localProfileRecordSchema = z.object({
  profile: profileSchema,
  savedAt: z.string(),
  origin: z.enum(['edit', 'import']),
  /** The compact JWS of an imported signed file. */
  jws: z.string().optional(),
});

/** The outcome of the last sync attempt, shown in the popup and the options page. */
export const syncStatusSchema = z.object({
  url: z.string(),
  at: z.string(),
  result: z.enum(['updated', 'not-modified', 'failed']),
  /** Why it failed, in words. */
  reason: z.string().optional(),
  /** Each validation error, with its place in the file when the file was YAML or JSON text. */
  errors: z
    .array(
      z.object({ path: z.string(), message: z.string(), line: z.number().optional(), column: z.number().optional() }),
    )
    .default([]),
});

/** Policy values that were refused, so admins and users can see why a setting did not apply. */
export const policyReportSchema = z.object({
  problems: z.array(z.object({ key: z.string(), message: z.string() })),
  keys: z.array(z.string()),
});

/** What changed in the team profile since the person last looked. */
export const profileChangesSchema = z.object({
  team: z.string(),
  fromVersion: z.string(),
  toVersion: z.string(),
  at: z.string(),
  lines: z.array(z.string()),
  /** The profile the lines are measured from, so several updates before a dismissal add up. */
  base: profileSchema,
});

export type UrlProfileRecord = z.infer<typeof urlProfileRecordSchema>;
export type LocalProfileRecord = z.infer<typeof localProfileRecordSchema>;
export type SyncStatus = z.infer<typeof syncStatusSchema>;
export type PolicyReport = z.infer<typeof policyReportSchema>;
export type ProfileChanges = z.infer<typeof profileChangesSchema>;
