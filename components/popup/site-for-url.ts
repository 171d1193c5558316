import type { SiteId } from '../../lib/settings/schema';

const SITES: { id: SiteId; name: string; hosts: string[]; path?: RegExp }[] = [
  { id: 'gmail', name: 'Gmail', hosts: ['mail.google.com'] },
  { id: 'outlook', name: 'Outlook', hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] },
  // Sheets, Slides and the Docs home page share the host, but only documents are checked (the content script's matches).
  { id: 'docs', name: 'Google Docs', hosts: ['docs.google.com'], path: /^\/document\/(?:u\/\d+\/)?d\// },
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
