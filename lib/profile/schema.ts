import { z } from '../zod';

/**
 * Limits that keep a profile a list of names a person wrote: every draft is matched against every
 * name, so a pasted paragraph as an alias or an export of every ticket as priorities would make
 * each check slow. A profile at these limits is still checked in well under the time budget.
 */
export const LIMITS = {
  /** A name, alias, topic, option, owner or avoided phrase. */
  textChars: 200,
  idChars: 100,
  noteChars: 2000,
  /** Aliases or rejected options on one item. */
  perItem: 100,
  priorities: 5000,
  decisions: 5000,
  avoid: 500,
} as const;

function withArticle(what: string): string {
  return /^(a|an|the) /.test(what) ? what : `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}`;
}

const tooLong = (what: string, max: number) => ({
  error: (issue: { input?: unknown }) =>
    `is ${String(issue.input).length} characters long; ${withArticle(what)} can be at most ${max}`,
});

const tooMany = (whose: string, what: string, max: number) => ({
  error: (issue: { input?: unknown }) =>
    `has ${(issue.input as unknown[]).length} entries; ${whose} can ${whose.startsWith('a profile') ? 'list' : 'have'} at most ${max} ${what}`,
});

const text = (what: string) =>
  z.string().trim().min(1, `${what} cannot be empty`).max(LIMITS.textChars, tooLong(what, LIMITS.textChars));
const note = z.string().max(LIMITS.noteChars, tooLong('note', LIMITS.noteChars));

const slug = z
  .string()
  .max(LIMITS.idChars, tooLong('id', LIMITS.idChars))
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'use lowercase letters, digits, dots, dashes or underscores, like "mobile-redesign"',
  );

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  // A value that is not shaped like a date gets one error, not a second "not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use a date like 2026-12-15', abort: true })
  .refine(isRealDate, 'is not a real calendar date');

/** A timestamp with a time zone, e.g. `2026-11-20T10:00:00Z`. */
export const isoDateTime = z.iso.datetime({ offset: true, message: 'use a timestamp like 2026-11-20T10:00:00Z' });

export const priorityStatus = z.enum(['active', 'paused', 'dropped']);
export const decisionStatus = z.enum(['decided', 'open', 'revisiting']);

export const priorityItem = z.strictObject({
  id: slug,
  name: text('name'),
  aliases: z
    .array(text('an alias'))
    .max(LIMITS.perItem, tooMany('an item', 'aliases', LIMITS.perItem))
    .default([]),
  rank: z.number().int('rank must be a whole number').min(1, 'rank starts at 1').optional(),
  status: priorityStatus.default('active'),
  owner: text('owner').optional(),
  due: isoDate.optional(),
  note: note.optional(),
});

export const decisionItem = z.strictObject({
  id: slug,
  topic: text('topic'),
  aliases: z
    .array(text('an alias'))
    .max(LIMITS.perItem, tooMany('an item', 'aliases', LIMITS.perItem))
    .default([]),
  status: decisionStatus,
  outcome: text('outcome').optional(),
  rejected: z
    .array(text('a rejected option'))
    .max(LIMITS.perItem, tooMany('a decision', 'rejected options', LIMITS.perItem))
    .default([]),
  decidedAt: isoDate.optional(),
  decideBy: isoDate.optional(),
  owner: text('owner').optional(),
  note: note.optional(),
});

export const avoidPhrase = z.strictObject({
  phrase: text('phrase'),
  instead: text('the suggested replacement'),
});

export const norms = z.strictObject({
  urgentMaxRank: z.number().int().min(1).optional(),
  maxUrgentPerMessage: z.number().int().min(1).optional(),
  avoid: z
    .array(avoidPhrase)
    .max(LIMITS.avoid, tooMany('a profile', 'avoided phrases', LIMITS.avoid))
    .default([]),
});

const profileShape = z.strictObject({
  $schema: z.string().max(LIMITS.noteChars, tooLong('$schema address', LIMITS.noteChars)).optional(),
  schemaVersion: z.literal(1, 'schemaVersion must be 1, the only version this Consonant reads'),
  team: text('team'),
  version: text('version'),
  updatedAt: isoDateTime,
  updatedBy: text('updatedBy').optional(),
  reviewBy: isoDate.optional(),
  priorities: z
    .array(priorityItem)
    .max(LIMITS.priorities, tooMany('a profile', 'priorities', LIMITS.priorities))
    .default([]),
  decisions: z
    .array(decisionItem)
    .max(LIMITS.decisions, tooMany('a profile', 'decisions', LIMITS.decisions))
    .default([]),
  norms: norms.default({ avoid: [] }),
});

/**
 * The team's priorities profile, schemaVersion 1. The semantic checks make sure every
 * name in a draft can point to exactly one entry and that the entries agree with themselves.
 */
export const profileSchema = profileShape.superRefine((p, ctx) => {
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  const claim = (name: string, owner: string, path: (string | number)[]) => {
    const key = name.trim().toLowerCase();
    const first = names.get(key);
    if (first !== undefined && first !== owner) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `"${name}" already names ${first}; a name or alias can belong to one item only`,
      });
    } else names.set(key, owner);
  };
  p.priorities.forEach((item, i) => {
    const where = `priority "${item.id}"`;
    if (ids.has(item.id))
      ctx.addIssue({ code: 'custom', path: ['priorities', i, 'id'], message: `id "${item.id}" is used twice` });
    ids.set(item.id, where);
    claim(item.name, where, ['priorities', i, 'name']);
    item.aliases.forEach((a, j) => claim(a, where, ['priorities', i, 'aliases', j]));
  });
  const ranks = new Map<number, string>();
  p.priorities.forEach((item, i) => {
    if (item.status !== 'active' || item.rank === undefined) return;
    const other = ranks.get(item.rank);
    if (other)
      ctx.addIssue({
        code: 'custom',
        path: ['priorities', i, 'rank'],
        message: `rank ${item.rank} is already held by "${other}"; active ranks must be unique`,
      });
    else ranks.set(item.rank, item.id);
  });
  p.decisions.forEach((item, i) => {
    const where = `decision "${item.id}"`;
    if (ids.has(item.id))
      ctx.addIssue({ code: 'custom', path: ['decisions', i, 'id'], message: `id "${item.id}" is used twice` });
    ids.set(item.id, where);
    claim(item.topic, where, ['decisions', i, 'topic']);
    item.aliases.forEach((a, j) => claim(a, where, ['decisions', i, 'aliases', j]));
    if (item.status === 'decided' && !item.outcome) {
      ctx.addIssue({
        code: 'custom',
        path: ['decisions', i, 'outcome'],
        message: 'a decided decision needs its outcome',
      });
    }
    if (item.outcome && item.rejected.some((r) => r.toLowerCase() === item.outcome!.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        path: ['decisions', i, 'rejected'],
        message: `"${item.outcome}" is the outcome and cannot also be rejected`,
      });
    }
  });
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type PriorityItem = z.infer<typeof priorityItem>;
export type DecisionItem = z.infer<typeof decisionItem>;
export type Norms = z.infer<typeof norms>;
