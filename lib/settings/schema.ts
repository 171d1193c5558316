import { z } from '../zod';
import { severity } from '../report';
import { SITE_IDS, type SiteId } from '../sites';

export type { SiteId };

export const mode = z.enum(['off', 'warn', 'block']);
export const siteId = z.enum(SITE_IDS);

/** One switch per integrated site, on unless turned off. */
const siteSwitches = z
  .object(
    Object.fromEntries(SITE_IDS.map((id) => [id, z.boolean().default(true)])) as Record<
      SiteId,
      z.ZodDefault<z.ZodBoolean>
    >,
  )
  .default(Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, true>);

export const settingsSchema = z.object({
  /** off: no checks; warn: hold the send with Edit / Send anyway; block: hold with Edit only. */
  mode: mode.default('warn'),
  sites: siteSwitches,
  /** The lowest severity that holds a send; lower findings still show in the indicator. */
  minSeverity: severity.default('warning'),
  profileUrl: z.string().optional(),
  refreshMinutes: z.number().int().min(5).default(60),
  allowSendAnyway: z.boolean().default(true),
});

export type Mode = z.infer<typeof mode>;
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
