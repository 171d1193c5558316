import { z } from '../zod';
import { severity } from '../report';

export const mode = z.enum(['off', 'warn', 'block']);
export const siteId = z.enum(['gmail', 'outlook', 'docs']);

export const settingsSchema = z.object({
  /** off: no checks; warn: hold the send with Edit / Send anyway; block: hold with Edit only. */
  mode: mode.default('warn'),
  sites: z
    .object({ gmail: z.boolean().default(true), outlook: z.boolean().default(true), docs: z.boolean().default(true) })
    .default({ gmail: true, outlook: true, docs: true }),
  /** The lowest severity that holds a send; lower findings still show in the indicator. */
  minSeverity: severity.default('warning'),
  profileUrl: z.string().optional(),
  refreshMinutes: z.number().int().min(5).default(60),
  allowSendAnyway: z.boolean().default(true),
});

export type Mode = z.infer<typeof mode>;
export type SiteId = z.infer<typeof siteId>;
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
