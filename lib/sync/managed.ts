import { z } from '../zod';
import { formatErrors, parseProfile, type Profile } from '../profile';
import { publicJwkSchema, readUnverified, type PublicJwk } from '../profile/signed';
import { mode } from '../settings/schema';
import { severity } from '../report';
import { checkProfileUrl } from './url-policy';
import { SITE_IDS, type SiteId } from '../sites';

/** Settings an administrator can set through enterprise policy (see public/managed_schema.json). */
export const managedSettingKeys = [
  'profileUrl',
  'mode',
  'sites',
  'minSeverity',
  'refreshMinutes',
  'allowSendAnyway',
] as const;
export type ManagedSettingKey = (typeof managedSettingKeys)[number];

const keySchemas = {
  profileUrl: z.string().refine((value) => checkProfileUrl(value).ok, { message: 'must be an https:// address' }),
  mode,
  sites: z.strictObject(
    Object.fromEntries(SITE_IDS.map((id) => [id, z.boolean().optional()])) as Record<
      SiteId,
      z.ZodOptional<z.ZodBoolean>
    >,
  ),
  minSeverity: severity,
  refreshMinutes: z.number().int('must be a whole number of minutes').min(5, 'must be at least 5 minutes'),
  allowSendAnyway: z.boolean(),
} satisfies Record<ManagedSettingKey, z.ZodType>;

export interface ManagedPolicy {
  profile?: Profile;
  /** The compact JWS the policy `profile` was given as (`{ "jws": "…" }`), kept so its signature can be checked. */
  profileJws?: string;
  /**
   * Public keys a profile must be signed by. Present whenever policy sets the key, even when
   * none of its entries could be read: an organization that pins keys never falls back to
   * trusting unsigned profiles because of a typo.
   */
  profilePublicKeys?: PublicJwk[];
  profileUrl?: string;
  mode?: z.infer<typeof mode>;
  sites?: Partial<Record<SiteId, boolean>>;
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
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** The policy `profile`: an inline profile, or `{ "jws": "<compact JWS>" }` for a signed one. */
function readPolicyProfile(value: unknown, policy: ManagedPolicy, problems: PolicyProblem[]): void {
  const isSigned = typeof value === 'object' && value !== null && 'jws' in value;
  if (isSigned) {
    const { jws, ...rest } = value as { jws: unknown };
    if (typeof jws !== 'string' || Object.keys(rest).length > 0) {
      problems.push({
        key: 'profile',
        message: 'a signed profile is given as { "jws": "<compact JWS>" } and nothing else; it was ignored',
      });
      return;
    }
    const parsed = readUnverified(jws);
    if (parsed.ok) {
      policy.profile = parsed.value;
      policy.profileJws = jws.trim();
    } else
      problems.push({
        key: 'profile',
        message: `is not a valid signed profile and was ignored:\n${formatErrors(parsed.errors)}`,
      });
    return;
  }
  const parsed = parseProfile(value);
  if (parsed.ok) policy.profile = parsed.value;
  else
    problems.push({
      key: 'profile',
      message: `is not a valid profile and was ignored:\n${formatErrors(parsed.errors)}`,
    });
}

/** Every readable key of `profilePublicKeys`; an unreadable one is reported and the rest still count. */
function readPublicKeys(value: unknown, problems: PolicyProblem[]): PublicJwk[] {
  const closed = 'until it is fixed, only a profile signed by one of the readable keys is used';
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({
      key: 'profilePublicKeys',
      message: `must be a list of public keys (JWK, as written by consonant keygen) (got ${JSON.stringify(value)}); ${closed}`,
    });
    return [];
  }
  const keys: PublicJwk[] = [];
  value.forEach((entry, i) => {
    const parsed = publicJwkSchema.safeParse(entry);
    if (parsed.success) keys.push(parsed.data);
    else
      problems.push({
        key: `profilePublicKeys[${i}]`,
        message: `${issueText(parsed.error)}; this key was ignored, and ${closed}`,
      });
  });
  return keys;
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
      readPolicyProfile(value, policy, problems);
      continue;
    }
    if (key === 'profilePublicKeys') {
      policy.profilePublicKeys = readPublicKeys(value, problems);
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
