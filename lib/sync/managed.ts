import { z } from '../zod';
import { formatErrors, parseProfile, type Profile } from '../profile';
import { mode } from '../settings/schema';
import { severity } from '../report';
import { checkProfileUrl } from './url-policy';

/** Settings an administrator can set through enterprise policy (see public/managed_schema.json). */
export const managedSettingKeys = ['profileUrl', 'mode', 'sites', 'minSeverity', 'refreshMinutes', 'allowSendAnyway'] as const;
export type ManagedSettingKey = (typeof managedSettingKeys)[number];

const keySchemas = {
  profileUrl: z.string().refine((value) => checkProfileUrl(value).ok, { message: 'must be an https:// address' }),
  mode,
  sites: z.strictObject({ gmail: z.boolean().optional(), outlook: z.boolean().optional(), docs: z.boolean().optional() }),
  minSeverity: severity,
  refreshMinutes: z.number().int('must be a whole number of minutes').min(5, 'must be at least 5 minutes'),
  allowSendAnyway: z.boolean(),
} satisfies Record<ManagedSettingKey, z.ZodType>;

export interface ManagedPolicy {
  profile?: Profile;
  profileUrl?: string;
  mode?: z.infer<typeof mode>;
  sites?: Partial<Record<'gmail' | 'outlook' | 'docs', boolean>>;
  minSeverity?: z.infer<typeof severity>;
  refreshMinutes?: number;
  allowSendAnyway?: boolean;
}

export interface PolicyProblem {
  key: string;
  message: string;
}

export interface ManagedParse {
  policy: ManagedPolicy;
  problems: PolicyProblem[];
}

function issueText(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

/**
 * Reads enterprise policy key by key: one bad value is reported and ignored while the others
 * still apply, because a typo in one key must not undo an organization's whole configuration.
 */
export function parseManaged(raw: unknown): ManagedParse {
  const policy: ManagedPolicy = {};
  const problems: PolicyProblem[] = [];
  if (raw == null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: [{ key: '', message: 'the policy is not an object of settings and was ignored' }] };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (key === 'profile') {
      const parsed = parseProfile(value);
      if (parsed.ok) policy.profile = parsed.value;
      else problems.push({ key, message: `is not a valid profile and was ignored:\n${formatErrors(parsed.errors)}` });
      continue;
    }
    if (!(managedSettingKeys as readonly string[]).includes(key)) {
      problems.push({ key, message: 'is not a setting Consonant knows and was ignored' });
      continue;
    }
    const schema = keySchemas[key as ManagedSettingKey];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      problems.push({ key, message: `${issueText(parsed.error)} (got ${JSON.stringify(value)}); ignored` });
      continue;
    }
    (policy as Record<string, unknown>)[key] = parsed.data;
  }
  return { policy, problems };
}
