/**
 * The message a content script sends to have a whole document checked in the background service
 * worker: the extension's own process, so a long document never blocks the page it came from
 * and the text never leaves the browser. This half stays small (no NLP) for the content script.
 */
import { browser } from '#imports';
import type { Profile } from '../profile';
import { reportSchema, type Report } from '../report';
import { z } from '../zod';

/** What the background accepts: a document export, not arbitrary megabytes. */
export const DOCUMENT_MAX_CHARS = 1_000_000;
/** Longer than the background's own time budget, so a slow check ends there with a report, not here. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** A subject longer than this is a paste; the core reads the first 500 characters of it anyway. */
export const SUBJECT_MAX_CHARS = 2_000;

export const documentCheckRequest = z.object({
  type: z.literal('consonant:check-document'),
  text: z.string().max(DOCUMENT_MAX_CHARS),
  /** A mail draft's check has the guard's budget (a send waits for it); a document's has the background's. */
  budgetMs: z.number().int().min(1).max(60_000).optional(),
  /** A reply's quoted history, read by the page's adapter, for the thread rule. */
  quoted: z.string().max(DOCUMENT_MAX_CHARS).optional(),
  /** A mail draft's subject line as the writer typed it. */
  subject: z.string().max(SUBJECT_MAX_CHARS).optional(),
  /** What the text is, for the words of the findings ("your draft", "the document", "the page"). */
  medium: z.enum(['draft', 'document', 'page', 'selection']).optional(),
  /** A profile to check against instead of the one in force (the options page's Try it, before saving). */
  profile: z.unknown().optional(),
  syncedAt: z.string().nullable().optional(),
});

export const documentCheckReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: reportSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type DocumentCheckRequest = z.infer<typeof documentCheckRequest>;

/** What a check may ask beyond the text: its budget, a reply's quote, what the text is, another profile. */
export interface CheckRequestOptions {
  budgetMs?: number;
  quoted?: string;
  subject?: string;
  medium?: NonNullable<DocumentCheckRequest['medium']>;
  profile?: Profile;
  syncedAt?: string | null;
}
export type DocumentCheckReply = z.infer<typeof documentCheckReply>;

/** Content-script side: asks the background; a missing, late or malformed answer is an error, never a hold. */
export async function requestDocumentCheck(
  text: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
  extra: CheckRequestOptions = {},
): Promise<DocumentCheckReply> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DocumentCheckReply>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: `no answer from the extension within ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
  });
  // The core reads far less than this anyway; a longer document is sent up to the cap rather than refused.
  const request: DocumentCheckRequest = {
    type: 'consonant:check-document',
    text: text.slice(0, DOCUMENT_MAX_CHARS),
    ...(extra.budgetMs !== undefined ? { budgetMs: Math.max(1, Math.min(60_000, Math.round(extra.budgetMs))) } : {}),
    ...(extra.quoted ? { quoted: extra.quoted.slice(0, DOCUMENT_MAX_CHARS) } : {}),
    ...(extra.subject ? { subject: extra.subject.slice(0, SUBJECT_MAX_CHARS) } : {}),
    ...(extra.medium ? { medium: extra.medium } : {}),
    ...(extra.profile ? { profile: extra.profile, syncedAt: extra.syncedAt ?? null } : {}),
  };
  const answer = browser.runtime
    .sendMessage(request)
    .then((raw: unknown): DocumentCheckReply => {
      const parsed = documentCheckReply.safeParse(raw);
      return parsed.success ? parsed.data : { ok: false, error: 'the extension sent an unreadable answer' };
    })
    .catch((error: unknown): DocumentCheckReply => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }));
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The port a mail page holds open to the background while it asks for checks. */
export const AWAKE_PORT = 'consonant:awake';
/** What the background says on the awake port once the model is in and its warm-up check ran. */
export const READY_MESSAGE = 'consonant:ready';
/** How long after a draft's check (or a ping) the page keeps the background started. */
export const AWAKE_LEASE_MS = 30_000;
/**
 * How long after the writer's last press, key or return to the tab a mail page keeps the background
 * started. A running worker holds its checker in memory (the model, the compiled rules) while the
 * writer reads mail; a stopped one costs the first Send a cold start (about 0.3 s to be ready, and
 * a slower check after). Five minutes covers reading a thread and coming back to write, and lets a
 * mail tab left open but unused give that memory back.
 */
export const ACTIVE_LEASE_MS = 5 * 60_000;
/**
 * How often a held lease says something on its port: Chrome stops an extension's worker after
 * 30 s without an event, and a message on a port is one, so the worker is not stopped and started
 * again through a long lease.
 */
export const LEASE_PING_MS = 20_000;
/** What a held lease says on the awake port to keep the worker running (no text: just the word). */
export const PING_MESSAGE = 'consonant:ping';
/** At most one start a second, should the background keep stopping. */
export const REWAKE_EVERY_MS = 1_000;

export interface AwakeLease {
  /** Keeps the background started for the next `ms` (AWAKE_LEASE_MS), or longer if already held longer. */
  (ms?: number): void;
  /** Whether a lease is running (its port open, or to be opened again). */
  held(): boolean;
  /** The background is starting: the port is open and the background has not said it is ready yet. */
  starting(): boolean;
}

type Port = ReturnType<typeof browser.runtime.connect>;

/** Says PING_MESSAGE on `port`; a port whose worker just stopped is reported by its onDisconnect instead. */
function ping(port: Port | null): void {
  try {
    port?.postMessage({ type: PING_MESSAGE });
  } catch {
    // The worker stopped and the port is closing: its onDisconnect starts it again.
  }
}

/**
 * Keeps the background started for a while after each call. Chrome may stop an extension's
 * service worker even while pings keep it busy (an update, memory pressure, its own limits), and
 * the next check would then wait for it to start and read the model again: longer than a send may
 * be held, so that send would go out unchecked. The page holds a port open to the worker; the port
 * closes when the worker stops, and connecting again starts it (and its warm-up) at once, well
 * before the writer's next Send. While held, the lease pings on the port every LEASE_PING_MS, so
 * Chrome does not stop the worker as idle. The background says on the port when it is ready, so
 * the page knows a check now waits on a start, not on a stuck checker. A call only moves a
 * deadline when the port is open: cheap enough for every key.
 */
export function createAwakeLease(now: () => number = Date.now): AwakeLease {
  let port: Port | null = null;
  let ready = false;
  let until = 0;
  let connectedAt = -Infinity;
  let release: ReturnType<typeof setTimeout> | undefined;
  let pings: ReturnType<typeof setInterval> | undefined;
  const connect = () => {
    if (port || now() >= until) return;
    try {
      port = browser.runtime.connect({ name: AWAKE_PORT });
    } catch (error) {
      // The extension was updated or turned off: this page's script has no background any more.
      console.warn('[consonant] could not reach the background to keep it started', error);
      return;
    }
    ready = false;
    connectedAt = now();
    const mine = port;
    mine.onMessage.addListener((message: unknown) => {
      if (port === mine && (message as { type?: unknown } | null)?.type === READY_MESSAGE) ready = true;
    });
    mine.onDisconnect.addListener(() => {
      // Read, so Chrome does not report the worker's stop as an unchecked error.
      void browser.runtime.lastError;
      if (port !== mine) return;
      port = null;
      ready = false;
      setTimeout(connect, Math.max(0, connectedAt + REWAKE_EVERY_MS - now()));
    });
  };
  // Fires at the deadline it was set for; a lease renewed since is looked at again at its new one.
  const letGo = () => {
    release = undefined;
    if (now() < until) {
      release = setTimeout(letGo, until - now());
      return;
    }
    clearInterval(pings);
    pings = undefined;
    const open = port;
    port = null;
    ready = false;
    open?.disconnect();
  };
  const keep = (ms = AWAKE_LEASE_MS) => {
    until = Math.max(until, now() + ms);
    connect();
    release ??= setTimeout(letGo, until - now());
    pings ??= setInterval(() => ping(port), LEASE_PING_MS);
  };
  return Object.assign(keep, {
    held: () => now() < until,
    starting: () => port !== null && !ready,
  });
}
const keepAwake = createAwakeLease();

/**
 * Keeps the background started while the writer is active on a mail page: the page opened, a
 * press or key, the tab shown again (lib/guard/intent.ts decides which, and how often). Each one
 * renews the lease for ACTIVE_LEASE_MS, so a compose opened and sent finds the checker warm; after
 * that long without any, the worker may stop, and the next press starts it again at once. Only the
 * port: no text leaves the page.
 */
export function wakeOnIntent(): void {
  keepAwake(ACTIVE_LEASE_MS);
}

/**
 * Keeps the background started while a compose is open (called every KEEP_AWAKE_MS): renews the
 * lease, whose own pings on the port keep Chrome from stopping the worker. No check is sent for it.
 */
export function holdForCompose(): void {
  keepAwake();
}

/** Whether the background is starting, as this page last heard: a check now waits on the start. */
export const backgroundStarting = (): boolean => keepAwake.starting();

/**
 * A mail draft checked in the extension's background rather than in the page: the content script
 * carries no NLP, and a long check never blocks the page. Rejects with the reason when there is no
 * report, so the guard says it could not check (and never holds a send for it). A draft's check
 * keeps the background started for a while (createAwakeLease), as its next Send will need it.
 */
export async function checkInBackground(
  text: string,
  budgetMs: number,
  options: Omit<CheckRequestOptions, 'budgetMs'> = {},
): Promise<Report> {
  if ((options.medium ?? 'draft') === 'draft') keepAwake();
  const reply = await requestDocumentCheck(text, REQUEST_TIMEOUT_MS, { medium: 'draft', ...options, budgetMs });
  if (!reply.ok) throw new Error(reply.error);
  return reply.report;
}

export type { Report };
