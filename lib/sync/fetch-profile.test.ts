import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exampleProfile } from '../profile';
import { fetchProfile } from './fetch-profile';
import { json, startProfileServer, type ProfileServer } from '../../test/sync/profile-server';

let server: ProfileServer;
const v2 = { ...exampleProfile, version: '2026-11-21.1' };

beforeAll(async () => {
  server = await startProfileServer();
  server.route('/team.json', (req, res) => {
    if (req.headers['if-none-match'] === '"v2"') {
      res.writeHead(304, { etag: '"v2"' }).end();
      return;
    }
    json(v2, { etag: '"v2"', 'last-modified': 'Sat, 21 Nov 2026 09:00:00 GMT' })(req, res);
  });
  server.route('/broken', (_req, res) => void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'));
  server.route('/slow', (_req, res) => void setTimeout(() => json(v2)(_req, res), 2_000));
  server.route('/huge', (_req, res) => {
    // No content-length: the cap must hold while streaming, not just on the header.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"team":"');
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < 40 && res.write(chunk)) sent++;
      if (sent < 40) res.once('drain', pump);
      else res.end('"}');
    };
    pump();
  });
  server.route('/declared-huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(600 * 1024) });
    res.end('{}');
  });
  server.route(
    '/not-json',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'),
  );
  server.route(
    '/garbled',
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"team": '),
  );
  server.route('/invalid', json({ ...exampleProfile, priorities: [{ id: 'Bad Id', name: '' }] }));
  server.route(
    '/to-http',
    (_req, res) => void res.writeHead(302, { location: 'http://example.invalid/team.json' }).end(),
  );
  const yaml = `# kept in YAML for its comments\n${stringify(v2)}`;
  server.route(
    '/team.yaml',
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(yaml),
  );
  server.route(
    '/profile',
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/yaml; charset=utf-8' }).end(yaml),
  );
  server.route(
    '/bad.yml',
    (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(
          'schemaVersion: 1\nteam: x\nversion: "1"\nupdatedAt: 2026-11-20T10:00:00Z\npriorities:\n  - id: a\n    name: A\n    rank: first\n',
        ),
  );
  server.route('/to-local', (_req, res) => void res.writeHead(301, { location: '/team.json' }).end());
  server.route('/loop', (_req, res) => void res.writeHead(302, { location: '/loop' }).end());
});
afterAll(() => server.close());

describe('fetchProfile against a real server', () => {
  it('downloads a valid profile with its validators', async () => {
    const outcome = await fetchProfile(server.url('/team.json'));
    expect(outcome).toMatchObject({
      kind: 'updated',
      profile: { version: '2026-11-21.1' },
      validators: { etag: '"v2"', lastModified: 'Sat, 21 Nov 2026 09:00:00 GMT' },
    });
  });

  it('sends the saved ETag and Last-Modified back and accepts 304', async () => {
    const outcome = await fetchProfile(server.url('/team.json'), {
      etag: '"v2"',
      lastModified: 'Sat, 21 Nov 2026 09:00:00 GMT',
    });
    expect(outcome).toEqual({ kind: 'not-modified' });
    expect(server.requests.at(-1)).toMatchObject({
      ifNoneMatch: '"v2"',
      ifModifiedSince: 'Sat, 21 Nov 2026 09:00:00 GMT',
    });
  });

  it('follows a redirect that stays on an allowed address', async () => {
    expect(await fetchProfile(server.url('/to-local'))).toMatchObject({ kind: 'updated' });
  });

  it.each([
    ['a 404', '/missing', /answered 404/, {}],
    ['a 500', '/broken', /answered 500/, {}],
    ['a slow server', '/slow', /no answer within 0\.3 s/, { timeoutMs: 300 }],
    ['a body past the cap while streaming', '/huge', /larger than the 512 KB limit/, {}],
    ['a declared length past the cap', '/declared-huge', /larger than the 512 KB limit \(600 KB\)/, {}],
    [
      'a sign-in page instead of the file',
      '/not-json',
      /not a profile: the address answered with a web page \(a sign-in page\?\); publish the profile where it can be read without signing in/,
      {},
    ],
    [
      'a body that is not JSON',
      '/garbled',
      /^the file is not valid JSON: line 1, column 10: the file ends before the JSON is complete/,
      {},
    ],
    ['a profile that fails the schema', '/invalid', /not a valid profile .*\n.*priorities\[0\]\.id/, {}],
    [
      'a redirect to plain http',
      '/to-http',
      /redirected to http:\/\/example\.invalid\/team\.json, which is not https/,
      {},
    ],
  ])('fails with a readable reason for %s', async (_name, path, reason, options) => {
    const outcome = await fetchProfile(server.url(path), {}, options);
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(reason);
  });

  it('stops following redirects after five hops', async () => {
    const before = server.requests.filter((r) => r.path === '/loop').length;
    expect(await fetchProfile(server.url('/loop'))).toMatchObject({
      kind: 'failed',
      reason: 'the server redirected more than 5 times',
    });
    expect(server.requests.filter((r) => r.path === '/loop').length - before).toBe(6);
  });

  it.each([
    ['by its extension', '/team.yaml'],
    ['by its content type', '/profile'],
  ])('reads a YAML profile %s', async (_, path) => {
    expect(await fetchProfile(server.url(path))).toMatchObject({
      kind: 'updated',
      profile: { version: '2026-11-21.1' },
    });
  });

  it('names the line of a YAML profile error with its path', async () => {
    const outcome = await fetchProfile(server.url('/bad.yml'));
    expect(outcome.kind === 'failed' && outcome.errors).toEqual([
      { path: 'priorities[0].rank', message: 'should be a number (got "first")', line: 8, column: 11 },
    ]);
  });

  it('names the path of every schema error', async () => {
    const outcome = await fetchProfile(server.url('/invalid'));
    expect(outcome.kind === 'failed' && outcome.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['priorities[0].id', 'priorities[0].name']),
    );
  });

  it('refuses a plain http address that is not this machine before requesting it', async () => {
    const before = server.requests.length;
    const outcome = await fetchProfile('http://example.invalid/team.json');
    expect(outcome).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/plain http/) });
    expect(server.requests.length).toBe(before);
  });

  it('reports an unreachable host', async () => {
    const closed = await startProfileServer();
    const url = closed.url('/team.json');
    await closed.close();
    expect(await fetchProfile(url)).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/could not reach 127\.0\.0\.1/),
    });
  });

  // Browsers hide redirect targets from `redirect: 'manual'`; this is the path extensions take.
  describe('where redirects are opaque, as in a browser', () => {
    /** A browser: a manual redirect is opaque; followed, the chain went through `hops` and ended on the last. */
    const browserLike = (hops: string[], body: unknown, requests: RequestInit[] = []) =>
      (async (_url: string, init?: RequestInit) => {
        requests.push(init ?? {});
        if (init?.redirect === 'manual')
          return { type: 'opaqueredirect', status: 0, headers: new Headers() } as Response;
        const response = new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
        return Object.defineProperty(response, 'url', { value: hops[hops.length - 1] });
      }) as typeof fetch;

    it('refuses a chain with a plain http hop in the middle, without following it', async () => {
      const requests: RequestInit[] = [];
      const chain = ['http://mirror.example.com/team.json', 'https://cdn.example.com/team.json'];
      const outcome = await fetchProfile(
        'https://intranet.example.com/team.json',
        {},
        { fetch: browserLike(chain, v2, requests) },
      );
      expect(outcome).toMatchObject({
        kind: 'failed',
        reason: expect.stringMatching(/redirected.*cannot see where.*https/),
      });
      expect(requests.map((r) => r.redirect)).toEqual(['manual']);
    });

    it('refuses a redirect it cannot see, and says to use the final address', async () => {
      const outcome = await fetchProfile(
        'https://intranet.example.com/team.json',
        {},
        { fetch: browserLike(['https://cdn.example.com/team.json'], v2) },
      );
      expect(outcome).toMatchObject({
        kind: 'failed',
        reason: expect.stringMatching(/set the team URL to the address the file is served from/),
      });
    });

    describe("where the browser itself refuses plain-http hops (the extension's security policy)", () => {
      it("follows an https redirect (GitHub's raw links redirect) and uses its answer", async () => {
        const requests: RequestInit[] = [];
        const outcome = await fetchProfile(
          'https://github.com/team/profile/raw/main/team.json',
          {},
          {
            httpHopsRefused: true,
            fetch: browserLike(['https://raw.githubusercontent.com/team/profile/main/team.json'], v2, requests),
          },
        );
        expect(outcome).toMatchObject({ kind: 'updated', profile: { version: v2.version } });
        expect(requests.map((r) => r.redirect)).toEqual(['manual', 'follow']);
      });

      it('says why when the browser refused a hop in the chain', async () => {
        const refusing = (async (_url: string, init?: RequestInit) => {
          if (init?.redirect === 'manual')
            return { type: 'opaqueredirect', status: 0, headers: new Headers() } as Response;
          throw new TypeError('Failed to fetch');
        }) as typeof fetch;
        const outcome = await fetchProfile(
          'https://intranet.example.com/team.json',
          {},
          { httpHopsRefused: true, fetch: refusing },
        );
        expect(outcome).toMatchObject({
          kind: 'failed',
          reason: expect.stringMatching(/redirected, and following it failed: a hop to plain http is refused/),
        });
      });

      it('never uses an answer that ended on plain http', async () => {
        const outcome = await fetchProfile(
          'https://intranet.example.com/team.json',
          {},
          { httpHopsRefused: true, fetch: browserLike(['http://mirror.example.com/team.json'], v2) },
        );
        expect(outcome).toMatchObject({
          kind: 'failed',
          reason: expect.stringMatching(/redirected to http:\/\/mirror\.example\.com\/team\.json, which is not https/),
        });
      });
    });
  });
});
