import type { SiteId } from '../../lib/settings/schema';
import { SITE_HOSTS } from '../../lib/sites/hosts';

const SITES: { id: SiteId; name: string; hosts: readonly string[]; path?: RegExp }[] = [
  { id: 'gmail', name: 'Gmail', hosts: SITE_HOSTS.gmail },
  { id: 'outlook', name: 'Outlook', hosts: SITE_HOSTS.outlook },
  // Sheets, Slides and the Docs home page share the host, but only documents are checked (the content script's matches).
  { id: 'docs', name: 'Google Docs', hosts: SITE_HOSTS.docs, path: /^\/document\/(?:u\/\d+\/)?d\// },
];

/** The integrated site a tab shows, matching the manifest's host permissions and the content scripts' pages. */
export function siteForUrl(url: string | undefined): { id: SiteId; name: string } | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const site = SITES.find((s) => s.hosts.includes(parsed.hostname) && (!s.path || s.path.test(parsed.pathname)));
  return site ? { id: site.id, name: site.name } : null;
}
