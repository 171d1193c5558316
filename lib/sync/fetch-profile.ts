import { formatErrors, type Profile, type ProfileError } from '../profile';
import { parseProfileText } from '../profile/read';
import { looksLikeJws, openProfileText, refusalReason, type PublicJwk } from '../profile/signed';
import { checkProfileUrl } from './url-policy';

/** The HTTP validators of the last good copy, sent back so an unchanged file costs a 304. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'updated'; profile: Profile; validators: Validators; finalUrl: string; jws?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; reason: string; errors: ProfileError[] };

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
  /** Keys the organization pinned: when given, only a JWS signed by one of them is accepted. */
  keys?: readonly PublicJwk[];
  /**
   * The environment itself refuses plain-http requests (the extension's content security policy
   * allows `connect-src` only to https and this machine), so a redirect the browser hides may be
   * followed: the browser refuses any http hop in its chain before making it.
   */
  httpHopsRefused?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 512 * 1024;
const MAX_REDIRECTS = 5;

class SyncError extends Error {
  constructor(
    message: string,
    readonly errors: ProfileError[] = [],
  ) {
    super(message);
  }
}

function fail(reason: string, errors: ProfileError[] = []): FetchOutcome {
  return { kind: 'failed', reason, errors };
}

const SIGN_IN_PAGE =
  'the file is not a profile: the address answered with a web page (a sign-in page?); publish the profile where it can be read without signing in';

function invalid(errors: ProfileError[]): FetchOutcome {
  const n = errors.length;
  return fail(`the file is not a valid profile (${n} problem${n === 1 ? '' : 's'}):\n${formatErrors(errors)}`, errors);
}

function describeSize(bytes: number): string {
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** Reads the body as a stream and stops as soon as it passes the cap, so a huge file is never held in memory. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new SyncError(`the file is larger than the ${describeSize(maxBytes)} limit (${describeSize(declared)})`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SyncError(`the file is larger than the ${describeSize(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * A redirect the browser hides, followed where the browser itself refuses every plain-http hop
 * (the extension's content security policy): the chain is then https, or this machine, end to end.
 */
async function followHidden(url: URL, headers: Headers, signal: AbortSignal, doFetch: typeof fetch): Promise<Response> {
  let response: Response;
  try {
    response = await doFetch(url.href, { headers, signal, redirect: 'follow', credentials: 'omit' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new SyncError(
      `${url.href} redirected, and following it failed: a hop to plain http is refused by Consonant's security policy, or the server could not be reached (${(error as Error).message})`,
    );
  }
  const final = checkProfileUrl(response.url || url.href);
  if (!final.ok)
    throw new SyncError(`the server redirected to ${response.url}, which is not https; the answer was not used`);
  return response;
}

/**
 * Follows redirects one hop at a time so a hop to plain http is refused before it is requested,
 * up to MAX_REDIRECTS hops. Browsers hide redirect targets from `redirect: 'manual'` (an opaque
 * response): there the redirect is followed only where the browser refuses http hops itself
 * (`httpHopsRefused`), and refused otherwise, since following it would trust a chain that may
 * pass through plain http, where anyone on the way can send it anywhere.
 */
async function request(
  start: URL,
  headers: Headers,
  signal: AbortSignal,
  doFetch: typeof fetch,
  httpHopsRefused: boolean,
): Promise<Response> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await doFetch(url.href, { headers, signal, redirect: 'manual', credentials: 'omit' });
    if (response.type === 'opaqueredirect') {
      if (httpHopsRefused) return followHidden(url, headers, signal, doFetch);
      throw new SyncError(
        `${url.href} redirected, and the browser cannot see where to, so Consonant cannot check that every hop is https; set the team URL to the address the file is served from, without a redirect`,
      );
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return response;
    await response.body?.cancel().catch(() => undefined);
    const next = new URL(location, url);
    const check = checkProfileUrl(next.href);
    if (!check.ok)
      throw new SyncError(`the server redirected to ${next.href}, which is not https; the redirect was not followed`);
    url = check.url;
  }
  throw new SyncError(`the server redirected more than ${MAX_REDIRECTS} times`);
}

/**
 * Fetches a team profile. Never throws: every failure comes back with a reason a person can
 * read, so the caller can keep the last good profile and show why the new one was refused.
 */
export async function fetchProfile(
  rawUrl: string,
  previous: Validators = {},
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const checked = checkProfileUrl(rawUrl);
  if (!checked.ok) return fail(checked.reason);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? fetch;

  // A profile can be published as JSON, YAML or a signed JWS; JSON first, as most static hosts label it.
  const headers = new Headers({
    accept: 'application/json, application/jose, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.1',
  });
  if (previous.etag) headers.set('if-none-match', previous.etag);
  if (previous.lastModified) headers.set('if-modified-since', previous.lastModified);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await request(checked.url, headers, controller.signal, doFetch, options.httpHopsRefused === true);
    if (response.status === 304) {
      if (!previous.etag && !previous.lastModified)
        return fail('the server answered 304 Not Modified, but there is no saved copy to reuse');
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText ? ` ${response.statusText}` : '';
      return fail(`the server answered ${response.status}${text}`);
    }
    const body = await readCapped(response, maxBytes);
    // Credentials are never sent, so an address behind single sign-on answers with its sign-in page.
    if (/^\s*</.test(body)) return fail(SIGN_IN_PAGE);
    const validators: Validators = {};
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    const finalUrl = response.url || checked.url.href;
    const parsePlain = (text: string) =>
      parseProfileText(text, { name: new URL(finalUrl).pathname, contentType: response.headers.get('content-type') });
    if (options.keys || looksLikeJws(body)) {
      const opened = await openProfileText(body, options.keys, parsePlain);
      if (opened.ok)
        return {
          kind: 'updated',
          profile: opened.value,
          validators,
          finalUrl,
          ...(opened.jws ? { jws: opened.jws } : {}),
        };
      if (opened.problem) return fail(refusalReason(`the profile at ${checked.url.href}`, opened.message));
      return invalid(opened.errors);
    }
    const parsed = parsePlain(body);
    if (!parsed.ok) {
      const [first] = parsed.errors;
      // A file that does not parse at all says so in one line, with where.
      if (parsed.errors.length === 1 && first && first.path === '' && /^is not valid (JSON|YAML)/.test(first.message))
        return fail(`the file ${first.message}`);
      return invalid(parsed.errors);
    }
    return { kind: 'updated', profile: parsed.value, validators, finalUrl };
  } catch (error) {
    if (error instanceof SyncError) return fail(error.message, error.errors);
    if (controller.signal.aborted) return fail(`no answer within ${Math.round(timeoutMs / 100) / 10} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    return fail(
      `could not reach ${checked.url.host} (${detail}); if the address is right, the server may need to allow cross-origin requests (CORS)`,
    );
  } finally {
    clearTimeout(timer);
  }
}
