import { siteForUrl as find, type SiteId } from '../../lib/sites';

/** The integrated site a tab shows, matching the manifest's host permissions and the content scripts' pages. */
export function siteForUrl(url: string | undefined): { id: SiteId; name: string } | null {
  const site = find(url);
  return site ? { id: site.id, name: site.name } : null;
}
