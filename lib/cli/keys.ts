import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatErrorsIn, parseProfileText } from '../profile/read';
import {
  generateSigningKeys,
  openProfileText,
  privateJwkSchema,
  publicJwkSchema,
  signProfile,
  type OpenResult,
  type PublicJwk,
} from '../profile/signed';
import { UsageError } from './usage';

type Read = (file: string) => string;

export const PRIVATE_KEY_FILE = 'consonant-private.jwk';
export const PUBLIC_KEY_FILE = 'consonant-public.jwk';

function readJson(file: string, read: Read, what: string): unknown {
  try {
    return JSON.parse(read(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not a JWK ${what} (not valid JSON: ${(error as Error).message})`);
  }
}

/** The public keys given with `--public-key` (repeatable, for key rotation); undefined when none is given. */
export function readPublicKeys(files: string[] | undefined, read: Read): PublicJwk[] | undefined {
  if (!files || files.length === 0) return undefined;
  return files.map((file) => {
    const parsed = publicJwkSchema.safeParse(readJson(file, read, 'public key'));
    if (!parsed.success)
      throw new UsageError(
        `${file} is not an ES256 public key: ${parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`,
      );
    return parsed.data;
  });
}

/** Opens a profile file (JSON or YAML, plain or signed); with keys, only a JWS signed by one of them is accepted. */
export function openProfileFile(text: string, keys: PublicJwk[] | undefined, file: string): Promise<OpenResult> {
  return openProfileText(text, keys, (plain) => parseProfileText(plain, { name: file }));
}

/** Why a profile file was not accepted, in the words `validate` and `check` print. */
export function describeOpenFailure(file: string, result: Extract<OpenResult, { ok: false }>): string {
  if (result.problem) return `${file} is not signed by one of the given public keys: ${result.message}`;
  const n = result.errors.length;
  // Errors at their line and column in the file, as a compiler prints them.
  const body = result.errors.length > 0 ? formatErrorsIn(file, result.errors) : result.message;
  return `${file} is not a valid profile${n > 0 ? ` (${n} ${n === 1 ? 'error' : 'errors'})` : ''}:\n${body
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}`;
}

/** The end of `validate`'s summary line: who signed the profile, and whether that was checked. */
export function signatureSummary(result: Extract<OpenResult, { ok: true }>): string {
  const { signature } = result;
  if (signature.state === 'unsigned') return '';
  if (signature.state === 'verified') return `, signed by ${signature.kid}`;
  return `, signed by ${signature.kid ?? 'a key with no id'} (unverified: pass --public-key to check the signature)`;
}

/** `keygen --out DIR [--kid NAME]`: a new key pair, the private half readable by its owner only. */
export async function keygen(args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, kid: { type: 'string' } },
  });
  if (positionals.length > 0)
    throw new UsageError(`keygen takes no FILE (got ${positionals.join(' ')}); use --out DIR`);
  if (!values.out) throw new UsageError('keygen needs --out DIR, the folder to write the key pair to');
  if (values.kid !== undefined && !/^[\w.-]+$/.test(values.kid))
    throw new UsageError(`--kid must be letters, digits, dots, dashes or underscores (got "${values.kid}")`);
  const privatePath = join(values.out, PRIVATE_KEY_FILE);
  const publicPath = join(values.out, PUBLIC_KEY_FILE);
  // Overwriting a key would strand every profile signed with it.
  for (const path of [privatePath, publicPath])
    if (existsSync(path)) throw new UsageError(`${path} already exists; move it away or choose another --out`);
  const { privateJwk, publicJwk, kid } = await generateSigningKeys(values.kid);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(privatePath, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, `${JSON.stringify(publicJwk, null, 2)}\n`, { flag: 'wx' });
  return [
    `Wrote a new ES256 key pair, key id "${kid}":`,
    `  ${privatePath}  PRIVATE: keep it secret (a CI secret); whoever holds it can sign your team's profile. Never commit it.`,
    `  ${publicPath}  public: give it to your administrators to pin as profilePublicKeys.`,
    '',
  ].join('\n');
}

/** `sign --key PRIVATE.jwk FILE`: the compact JWS of a valid profile. */
export async function sign(args: string[], read: Read): Promise<{ jws?: string; error?: string }> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { key: { type: 'string' } } });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('sign takes exactly one FILE');
  if (!values.key) throw new UsageError('sign needs --key PRIVATE.jwk, the private key from `consonant keygen`');
  const key = privateJwkSchema.safeParse(readJson(values.key, read, 'private key'));
  if (!key.success)
    throw new UsageError(
      `${values.key} is not an ES256 private key: ${key.error.issues.map((i) => i.message).join('; ')}`,
    );
  const parsed = parseProfileText(read(file), { name: file });
  if (!parsed.ok) return { error: describeOpenFailure(file, { ok: false, errors: parsed.errors, message: '' }) };
  const signed = await signProfile(parsed.value, key.data);
  if (!signed.ok) return { error: describeOpenFailure(file, { ok: false, errors: signed.errors, message: '' }) };
  return { jws: signed.jws };
}
