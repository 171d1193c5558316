/** Hosts where plain http is allowed: a profile served from the writer's own machine never crosses a network. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** A profile may only come over HTTPS, or plain http from this machine. */
export function checkProfileUrl(raw: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: `"${raw}" is not a web address (it should start with https://)` };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, url };
  if (url.protocol === 'http:')
    return { ok: false, reason: `${url.origin} uses plain http; a team profile must be served over https` };
  return {
    ok: false,
    reason: `${url.protocol.replace(/:$/, '')} addresses are not supported; use an https:// address`,
  };
}

/** The match pattern the options page asks permission for, e.g. `https://intranet.example.com/*`. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
