import { formatErrors, type Profile, type ProfileError } from '../profile';
import { parseProfileText } from '../profile/read';
import { checkProfileUrl } from './url-policy';

/** The HTTP validators of the last good copy, sent back so an unchanged file costs a 304. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'updated'; profile: Profile; validators: Validators; finalUrl: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; reason: string; errors: ProfileError[] };

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
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
 * Follows redirects one hop at a time so a hop to plain http is refused before it is requested.
 * Browsers hide redirect targets from `redirect: 'manual'` (an opaque response); there the
 * request is repeated with `follow` and the final address is checked instead.
 */
async function request(start: URL, headers: Headers, signal: AbortSignal, doFetch: typeof fetch): Promise<Response> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await doFetch(url.href, { headers, signal, redirect: 'manual', credentials: 'omit' });
    if (response.type === 'opaqueredirect') {
      const followed = await doFetch(url.href, { headers, signal, redirect: 'follow', credentials: 'omit' });
      const final = checkProfileUrl(followed.url || url.href);
      if (!final.ok) throw new SyncError(`the server redirected to ${followed.url}, which is not https`);
      return followed;
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return response;
    await response.body?.cancel().catch(() => undefined);
    const next = new URL(location, url);
    const check = checkProfileUrl(next.href);
    if (!check.ok) throw new SyncError(`the server redirected to ${next.href}, which is not https; the redirect was not followed`);
    url = check.url;
  }
  throw new SyncError(`the server redirected more than ${MAX_REDIRECTS} times`);
}

/**
 * Fetches a team profile. Never throws: every failure comes back with a reason a person can
 * read, so the caller can keep the last good profile and show why the new one was refused.
 */
export async function fetchProfile(rawUrl: string, previous: Validators = {}, options: FetchOptions = {}): Promise<FetchOutcome> {
  const checked = checkProfileUrl(rawUrl);
  if (!checked.ok) return fail(checked.reason);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? fetch;

  // A profile can be published as JSON or YAML; JSON first, as most static hosts label it.
  const headers = new Headers({ accept: 'application/json, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.1' });
  if (previous.etag) headers.set('if-none-match', previous.etag);
  if (previous.lastModified) headers.set('if-modified-since', previous.lastModified);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await request(checked.url, headers, controller.signal, doFetch);
    if (response.status === 304) {
      if (!previous.etag && !previous.lastModified) return fail('the server answered 304 Not Modified, but there is no saved copy to reuse');
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText ? ` ${response.statusText}` : '';
      return fail(`the server answered ${response.status}${text}`);
    }
    const body = await readCapped(response, maxBytes);
    // Credentials are never sent, so an address behind single sign-on answers with its sign-in page.
    if (/^\s*</.test(body)) return fail('the file is not a profile: the address answered with a web page (a sign-in page?); publish the profile where it can be read without signing in');
    const parsed = parseProfileText(body, { name: new URL(response.url || checked.url.href).pathname, contentType: response.headers.get('content-type') });
    if (!parsed.ok) {
      const [first] = parsed.errors;
      if (parsed.errors.length === 1 && first && first.path === '' && /^is not valid (JSON|YAML)/.test(first.message)) return fail(`the file ${first.message}`);
      const n = parsed.errors.length;
      return fail(`the file is not a valid profile (${n} problem${n === 1 ? '' : 's'}):\n${formatErrors(parsed.errors)}`, parsed.errors);
    }
    const validators: Validators = {};
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return { kind: 'updated', profile: parsed.value, validators, finalUrl: response.url || checked.url.href };
  } catch (error) {
    if (error instanceof SyncError) return fail(error.message, error.errors);
    if (controller.signal.aborted) return fail(`no answer within ${Math.round(timeoutMs / 100) / 10} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    return fail(`could not reach ${checked.url.host} (${detail}); if the address is right, the server may need to allow cross-origin requests (CORS)`);
  } finally {
    clearTimeout(timer);
  }
}
