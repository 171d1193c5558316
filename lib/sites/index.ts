/**
 * The sites Consonant integrates with: the one list the manifest's host permissions, the content
 * scripts' matches, the settings and managed-policy schemas, the popup and the options page derive
 * from. Data only (no DOM code), so the background and the options page can read it cheaply; each
 * site's knowledge of its page is in `lib/sites/<module>.ts`, and the mail adapters are listed in
 * `adapters.ts`. test/core/site-registry.test.ts proves every site has
 * its adapter, saved DOM, README row and manifest match.
 */
export const SITES = [
  { id: 'gmail', name: 'Gmail', label: 'Gmail', kind: 'mail', module: 'gmail', hosts: ['mail.google.com'] },
  {
    id: 'outlook',
    name: 'Outlook',
    label: 'Outlook on the web',
    kind: 'mail',
    module: 'outlook',
    // Work and school accounts are redirected to outlook.cloud.microsoft (2024 on); the older hosts still serve.
    hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft', 'outlook.live.com'],
  },
  {
    id: 'docs',
    name: 'Google Docs',
    label: 'Google Docs',
    kind: 'document',
    module: 'gdocs',
    hosts: ['docs.google.com'],
    // Sheets, Slides and the Docs home page share the host, but only documents are checked.
    paths: ['/document/d/*', '/document/u/*/d/*'],
  },
] as const;

export type Site = (typeof SITES)[number];
export type SiteId = Site['id'];
export type MailSiteId = Extract<Site, { kind: 'mail' }>['id'];

export const SITE_IDS = SITES.map((site) => site.id) as [SiteId, ...SiteId[]];

export const siteById = (id: SiteId): Site => SITES.find((site) => site.id === id)!;

/** The https match patterns of one site's pages (`https://host/*`, or its document paths). */
export function matchesFor(id: SiteId): string[] {
  const site: Site = siteById(id);
  const paths: readonly string[] = 'paths' in site ? site.paths : ['/*'];
  return site.hosts.flatMap((host) => paths.map((path) => `https://${host}${path}`));
}

/** Every integrated host, as host permissions (`https://host/*`). */
export const allSiteHosts = (): string[] => SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));

// Whether a match pattern's path part (with * wildcards) matches `pathname`.
function pathMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The integrated site a page address belongs to, matching the content scripts' patterns exactly. */
export function siteForUrl(url: string | undefined): Site | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return (
    SITES.find(
      (site) =>
        (site.hosts as readonly string[]).includes(parsed.hostname) &&
        (!('paths' in site) || site.paths.some((p) => pathMatches(p, parsed.pathname))),
    ) ?? null
  );
}
