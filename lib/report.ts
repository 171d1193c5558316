import { z } from './zod';

/** The three axes Consonant reads in a draft, and the values each can take. */
export const signalKind = z.enum(['urgency', 'priority', 'decision']);
export const urgencyValue = z.enum(['urgent', 'relaxed']);
export const priorityValue = z.enum(['top', 'low', 'paused', 'dropped']);
export const decisionValue = z.enum(['decided', 'open', 'reopened']);
export const severity = z.enum(['info', 'warning', 'error']);

export { SEVERITY_RANK } from './severity-rank';

/** One cue found in the draft. Offsets are UTF-16 indexes into the text given to checkDraft (or into its subject, when `field` says so). */
export const signalSchema = z.object({
  kind: signalKind,
  value: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The draft's words that carry the cue. */
  text: z.string(),
  /** The profile item the cue is about, or null when it names none. */
  topic: z.string().nullable(),
  /** The lexicon rule that matched, for explanations and debugging. */
  rule: z.string(),
  /** The sentence the cue sits in. */
  sentence: z.object({ start: z.number().int(), end: z.number().int() }),
  /** Set when the words are in the subject line; offsets are then into the subject. */
  field: z.literal('subject').optional(),
});

/** The profile entry a finding conflicts with, as shown to the writer. */
export const entrySchema = z.object({
  kind: z.enum(['priority', 'decision', 'norm', 'profile']),
  id: z.string(),
  label: z.string(),
  status: z.string().optional(),
  rank: z.number().optional(),
  owner: z.string().optional(),
  outcome: z.string().optional(),
  due: z.string().optional(),
  note: z.string().optional(),
  profileVersion: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().optional(),
});

/** The earlier words of the thread a finding sets the reply against, and who wrote them when. */
export const threadEvidenceSchema = z.object({
  author: z.string().nullable(),
  /** As the quoted header writes it. */
  date: z.string().nullable(),
  text: z.string(),
});

/** The one finding shape of the whole product. */
export const findingSchema = z.object({
  rule: z.string(),
  severity,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  topic: z.string().nullable(),
  message: z.string(),
  suggestion: z.string(),
  entry: entrySchema.optional(),
  /** Set by thread-mismatch: what the quoted earlier message said. */
  thread: threadEvidenceSchema.optional(),
  /** The rest of the finding's sentence around its words, so a warning shows them where they were written. */
  context: z.object({ before: z.string(), after: z.string() }).optional(),
  /** How the sentence named the entry when it was not by its own name: the words written and the alias they matched. */
  via: z.object({ words: z.string(), alias: z.string() }).optional(),
  /** Set when the words are in the subject line; offsets are then into the subject. */
  field: z.literal('subject').optional(),
});

export const reportSchema = z.object({
  signals: z.array(signalSchema),
  findings: z.array(findingSchema),
  /** Ranges left out as not the writer's new words (quoted history, signatures). */
  excluded: z.array(z.object({ start: z.number().int(), end: z.number().int(), reason: z.string() })),
  stats: z.object({
    elapsedMs: z.number(),
    /** True when the time budget ran out and only part of the text was read. */
    timedOut: z.boolean(),
    /** How many characters were read (a huge paste is read up to a cap). */
    checkedChars: z.number().int(),
    /** Set when the check failed inside; the report then carries no findings from the failing part. */
    error: z.string().optional(),
  }),
});

export type SignalKind = z.infer<typeof signalKind>;
export type Severity = z.infer<typeof severity>;
export type Signal = z.infer<typeof signalSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type ThreadEvidence = z.infer<typeof threadEvidenceSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Report = z.infer<typeof reportSchema>;
