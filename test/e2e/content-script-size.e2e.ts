/**
 * What a guarded page loads with the extension, read from both builds (`npm run build` first):
 * each content script stays under 100 kB gzip -9 because the UI (React and the components) is a
 * separate script, injected into the content script's isolated world when first needed and
 * reachable by no page. No script of either build assigns markup or evaluates a string.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EVAL_SINK, MARKUP_SINK } from '../../build/store-safe';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTENT_SCRIPT_GZIP_LIMIT = 100_000;
/** What React's production build says in its errors. */
const REACT = /react\.dev\/errors|Minified React error/;

interface Manifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: (string | { resources: string[] })[];
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s build', (build) => {
  const dir = path.join(root, '.output', build);
  const manifest = (): Manifest => {
    if (!existsSync(path.join(dir, 'manifest.json')))
      throw new Error(`no build in ${dir}: run \`npm run build\` first`);
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  };
  const scripts = () => manifest().content_scripts!.flatMap((entry) => entry.js ?? []);

  it('has a content script for each site, each at most 100 kB gzip -9', () => {
    expect(scripts().sort()).toEqual([
      'content-scripts/docs.js',
      'content-scripts/gmail.js',
      'content-scripts/outlook.js',
    ]);
    for (const file of scripts()) {
      const size = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
      expect({ file, size }).toEqual({
        file,
        size: expect.toSatisfy(
          (n: number) => n <= CONTENT_SCRIPT_GZIP_LIMIT,
          `at most ${CONTENT_SCRIPT_GZIP_LIMIT} bytes`,
        ),
      });
    }
  });

  it('ships no markup assignment and no string evaluation in any script', () => {
    manifest();
    const scriptsOf = (sub: string): string[] =>
      readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? scriptsOf(path.join(sub, entry.name))
          : entry.name.endsWith('.js')
            ? [path.join(sub, entry.name)]
            : [],
      );
    const all = scriptsOf('');
    expect(all.length).toBeGreaterThan(3);
    const sinks = all.flatMap((file) => {
      const code = readFileSync(path.join(dir, file), 'utf8');
      return [EVAL_SINK, MARKUP_SINK].flatMap((sink) => {
        const hit = sink.exec(code);
        return hit ? [`${file}: ${code.slice(Math.max(0, hit.index - 40), hit.index + 60)}`] : [];
      });
    });
    expect(sinks).toEqual([]);
  });

  it('keeps React out of the content scripts, in a UI script no page can load', () => {
    const hasReact = (file: string) => REACT.test(readFileSync(path.join(dir, file), 'utf8'));
    expect(scripts().filter(hasReact)).toEqual([]);
    expect(hasReact('overlay-ui.js')).toBe(true);
    const exposed = (manifest().web_accessible_resources ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.resources,
    );
    expect(exposed.filter((resource) => /overlay-ui|\*/.test(resource))).toEqual([]);
  });
});
