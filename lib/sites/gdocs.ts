/**
 * Google Docs adapter. Docs paints the document on a canvas, so the DOM does not hold the text;
 * the export endpoint does, read same-origin with the writer's own session. Nothing here calls
 * extension APIs: the content script wires these pieces to fetch, timers and the background.
 */

const DOC_PATH = /^\/document\/(?:u\/(\d+)\/)?d\/([A-Za-z0-9_-]{10,})(?:\/|$)/;

export interface DocRef {
  id: string;
  /** The signed-in account slot (`/u/1/`), kept so the export reads as the same account. */
  account: string | null;
}

/** Which document a Docs URL shows, or null for any other page. */
export function docFromUrl(url: string): DocRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'docs.google.com') return null;
  const match = DOC_PATH.exec(parsed.pathname);
  if (!match) return null;
  return { id: match[2]!, account: match[1] ?? null };
}

/** The plain-text export of the document the URL shows, on the same origin. */
export function exportUrl(url: string): string | null {
  const doc = docFromUrl(url);
  if (!doc) return null;
  const account = doc.account === null ? '' : `u/${doc.account}/`;
  return `https://docs.google.com/document/${account}d/${doc.id}/export?format=txt`;
}

export type ExportProblem =
  'signed-out' | 'no-access' | 'not-found' | 'rate-limited' | 'server' | 'offline' | 'unexpected';

export type ExportResult = { ok: true; text: string } | { ok: false; problem: ExportProblem; message: string };

export interface ExportResponse {
  status: number;
  contentType: string | null;
  body: string;
  /** True when the request was redirected (to a sign-in page, typically). */
  redirected?: boolean;
  /** The final URL after redirects. */
  url?: string;
}

const MESSAGES: Record<ExportProblem, string> = {
  'signed-out': 'you seem to be signed out of Google (the export returned a sign-in page instead of text).',
  'no-access': 'your account may not export it (the owner can turn off download, print and copy).',
  'not-found': 'Google Docs could not find it (it may have been deleted or moved).',
  'rate-limited': 'Google Docs asked for fewer requests; Consonant will try again shortly.',
  server: 'Google Docs answered with a server error; Consonant will try again.',
  offline: 'the network is unreachable (you may be offline).',
  unexpected: 'the export returned something that is not the document text.',
};

export function problemMessage(problem: ExportProblem, detail?: string): string {
  return `Consonant can't read this document: ${MESSAGES[problem]}${detail ? ` (${detail})` : ''}`;
}

function looksLikeHtml(contentType: string | null, body: string): boolean {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) return true;
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(body.slice(0, 512));
}

/** Sorts an export response into the document text or a problem the writer can read. */
export function classifyExport(response: ExportResponse): ExportResult {
  const { status } = response;
  const fail = (problem: ExportProblem, detail?: string): ExportResult => ({
    ok: false,
    problem,
    message: problemMessage(problem, detail),
  });
  if (status === 401) return fail('signed-out', 'HTTP 401');
  if (status === 403) return fail('no-access', 'HTTP 403');
  if (status === 404 || status === 410) return fail('not-found', `HTTP ${status}`);
  if (status === 429) return fail('rate-limited', 'HTTP 429');
  if (status >= 500) return fail('server', `HTTP ${status}`);
  if (status < 200 || status >= 300) return fail('unexpected', `HTTP ${status}`);
  if (response.url && /^https:\/\/accounts\.google\.com\//.test(response.url)) return fail('signed-out');
  if (looksLikeHtml(response.contentType, response.body)) return fail('signed-out');
  return { ok: true, text: normalizeExport(response.body) };
}

/** A fetch that threw never reached Google Docs: offline, blocked or cut off. */
export function classifyFetchError(error: unknown): ExportResult {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, problem: 'offline', message: problemMessage('offline', detail) };
}

/** The txt export starts with a byte-order mark and uses CRLF line ends. */
export function normalizeExport(body: string): string {
  return body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * The share control in the Docs title bar. Current Docs markup wraps the labelled button in
 * this container; a click anywhere inside it opens the share dialog.
 */
export const SHARE_CONTAINER = '#docs-titlebar-share-client-button';

export function shareControlFor(target: EventTarget | null): HTMLElement | null {
  if (!target || typeof (target as Element).closest !== 'function') return null;
  const container = (target as Element).closest<HTMLElement>(SHARE_CONTAINER);
  if (!container) return null;
  // The labelled button inside the container is what the page listens on.
  return container.querySelector<HTMLElement>('[role="button"], button') ?? container;
}

/**
 * Where the writer types. Docs sends keystrokes to an offscreen iframe and repaints the canvas
 * inside the editor container; either changing means the text may have changed.
 */
export const EDITOR_CONTAINER = '.kix-appview-editor';
export const TEXT_EVENT_IFRAME = 'iframe.docs-texteventtarget-iframe';
