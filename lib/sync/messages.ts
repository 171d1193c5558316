import { z } from '../zod';
import { syncStatusSchema } from './records';

/** Messages the popup and options page send to the background. */
export const requestSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('consonant:sync-now') })]);

/** The background's answer to Sync now: the status it recorded, or why nothing was fetched. */
export const syncReplySchema = z.object({
  status: syncStatusSchema.nullable(),
  /** Set when there was nothing to fetch, e.g. no profile URL or a profile set by policy. */
  skipped: z.string().optional(),
});

export type Request = z.infer<typeof requestSchema>;
export type SyncReply = z.infer<typeof syncReplySchema>;
