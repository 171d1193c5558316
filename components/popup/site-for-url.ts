import type { SiteId } from '../../lib/settings/schema';

const SITES: { id: SiteId; name: string; hosts: string[] }[] = [
  { id: 'gmail', name: 'Gmail', hosts: ['mail.google.com'] },
  { id: 'outlook', name: 'Outlook', hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] },
  { id: 'docs', name: 'Google Docs', hosts: ['docs.google.com'] },
];

/** The integrated site a tab shows, matching the manifest's host permissions. */
export function siteForUrl(url: string | undefined): { id: SiteId; name: string } | null {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  const site = SITES.find((s) => s.hosts.includes(host));
  return site ? { id: site.id, name: site.name } : null;
}
