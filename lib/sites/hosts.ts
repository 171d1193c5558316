/**
 * Where each integrated site lives: the one list the manifest's host permissions, the content
 * scripts' matches and the popup's "this tab" line are derived from, so they cannot drift apart.
 */
export const SITE_HOSTS = {
  gmail: ['mail.google.com'],
  // Work and school accounts are redirected to outlook.cloud.microsoft (2024 on); the older hosts still serve.
  outlook: ['outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft', 'outlook.live.com'],
  docs: ['docs.google.com'],
} as const;

export type SiteHost = keyof typeof SITE_HOSTS;

/** The https match patterns of one site (`https://host/*`). */
export const matchesFor = (site: SiteHost): string[] => SITE_HOSTS[site].map((host) => `https://${host}/*`);

/** Every integrated host's match pattern, in the order of SITE_HOSTS. */
export const allSiteMatches = (): string[] => (Object.keys(SITE_HOSTS) as SiteHost[]).flatMap(matchesFor);
