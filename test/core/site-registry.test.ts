/**
 * Every integrated site is whole: its module and tests in lib/sites, saved DOM to test it on, its
 * content script matching exactly its pages, its hosts in the manifest, the README, the settings
 * and the managed-policy schema. Adding a site to lib/sites/index.ts without the rest fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { MAIL_ADAPTERS } from '../../lib/sites/adapters';
import { allSiteHosts, matchesFor, SITE_IDS, SITES, siteForUrl } from '../../lib/sites';
import { defaultSettings } from '../../lib/settings/schema';
import { variants } from '../fixtures/dom/variants';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const managedSchema = JSON.parse(readFileSync(join(root, 'public/managed_schema.json'), 'utf8')) as {
  properties: { sites: { properties: Record<string, unknown> } };
};
const domFixtures = [...readdirSync(join(root, 'test/fixtures/dom')), ...Object.keys(variants)];
// Every site's content script is plain TypeScript: the UI they draw is loaded separately (entrypoints/overlay-ui.ts).
const CONTENT_SCRIPT = (id: string) => `entrypoints/${id}.content/index.ts`;

async function manifest(browser: 'chrome' | 'firefox') {
  const build = config.manifest as (env: { browser: string }) => { host_permissions: string[] };
  return build({ browser });
}

describe('site registry', () => {
  it.each(SITES.map((site) => [site.id, site] as const))(
    '%s has its module, tests, saved DOM, content script and README row',
    async (id, site) => {
      expect(existsSync(join(root, `lib/sites/${site.module}.ts`))).toBe(true);
      expect(existsSync(join(root, `lib/sites/${site.module}.test.ts`))).toBe(true);
      if (site.kind === 'mail') {
        const adapter = MAIL_ADAPTERS[site.id];
        expect(adapter.site).toBe(id);
        expect(domFixtures.filter((f) => f.startsWith(`${id}-`)).length).toBeGreaterThan(0);
      } else {
        expect(readdirSync(join(root, 'test/fixtures/docs')).length).toBeGreaterThan(0);
      }
      const script = (await import(join(root, CONTENT_SCRIPT(id)))) as { default: { matches: string[] } };
      expect(script.default.matches).toEqual(matchesFor(id));
      for (const host of site.hosts) {
        expect(readme, `README permissions row for ${host}`).toContain(`\`https://${host}/*\``);
        expect(siteForUrl(`https://${host}${'paths' in site ? site.paths[0].replace(/\*/g, 'x') : '/'}`)?.id).toBe(id);
      }
    },
  );

  it('asks for exactly the hosts of the integrated sites, in both browsers', async () => {
    for (const browser of ['chrome', 'firefox'] as const)
      expect((await manifest(browser)).host_permissions).toEqual(allSiteHosts());
  });

  it('has a switch for every site in the settings and the managed-policy schema, and no other', () => {
    expect(Object.keys(defaultSettings.sites).sort()).toEqual([...SITE_IDS].sort());
    expect(Object.keys(managedSchema.properties.sites.properties).sort()).toEqual([...SITE_IDS].sort());
  });

  it('does not take a page of another Google product on a site host for the site', () => {
    expect(siteForUrl('https://docs.google.com/spreadsheets/d/1/edit')).toBeNull();
    expect(siteForUrl('http://mail.google.com/')).toBeNull();
  });
});
