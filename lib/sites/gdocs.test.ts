// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyExport, classifyFetchError, docFromUrl, exportUrl, normalizeExport, shareControlFor } from './gdocs';

describe('exportUrl', () => {
  const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-abc';
  it.each([
    [`https://docs.google.com/document/d/${id}/edit`, `https://docs.google.com/document/d/${id}/export?format=txt`],
    [
      `https://docs.google.com/document/d/${id}/edit?tab=t.0#heading=h.1`,
      `https://docs.google.com/document/d/${id}/export?format=txt`,
    ],
    [`https://docs.google.com/document/d/${id}`, `https://docs.google.com/document/d/${id}/export?format=txt`],
    [
      `https://docs.google.com/document/u/1/d/${id}/edit`,
      `https://docs.google.com/document/u/1/d/${id}/export?format=txt`,
    ],
    [`https://docs.google.com/document/d/${id}/preview`, `https://docs.google.com/document/d/${id}/export?format=txt`],
  ])('%s reads from %s', (url, expected) => {
    expect(exportUrl(url)).toBe(expected);
  });

  it.each([
    ['a spreadsheet', `https://docs.google.com/spreadsheets/d/${id}/edit`],
    ['the Docs home page', 'https://docs.google.com/document/u/0/'],
    ['another host', `https://docs.google.com.evil.test/document/d/${id}/edit`],
    ['plain http', `http://docs.google.com/document/d/${id}/edit`],
    ['a path that only looks like a document', `https://docs.google.com/x/document/d/${id}/edit`],
    ['not a URL', 'document/d/abc'],
  ])('ignores %s', (_name, url) => {
    expect(exportUrl(url)).toBeNull();
    expect(docFromUrl(url)).toBeNull();
  });
});

describe('classifyExport', () => {
  const text = 'text/plain; charset=utf-8';
  it.each([
    ['401', { status: 401, contentType: 'text/html', body: '' }, 'signed-out'],
    ['403', { status: 403, contentType: 'text/html', body: '' }, 'no-access'],
    ['404', { status: 404, contentType: 'text/html', body: '' }, 'not-found'],
    ['429', { status: 429, contentType: 'text/html', body: '' }, 'rate-limited'],
    ['500', { status: 500, contentType: 'text/html', body: '' }, 'server'],
    ['503', { status: 503, contentType: text, body: 'x' }, 'server'],
    ['a 302 left unfollowed', { status: 302, contentType: null, body: '' }, 'unexpected'],
    [
      'a sign-in page served as HTML',
      { status: 200, contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>Sign in</title>' },
      'signed-out',
    ],
    [
      'a sign-in page mislabelled as text',
      { status: 200, contentType: text, body: '\n<html lang="en"><body>Sign in</body></html>' },
      'signed-out',
    ],
    [
      'a redirect to accounts.google.com',
      {
        status: 200,
        contentType: text,
        body: 'Sign in',
        url: 'https://accounts.google.com/ServiceLogin?continue=x',
        redirected: true,
      },
      'signed-out',
    ],
  ])('%s is %s', (_name, response, problem) => {
    const result = classifyExport(response);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).toMatch(/^Consonant can't read this document: /);
  });

  it('returns the text without the byte-order mark and with plain line ends', () => {
    expect(classifyExport({ status: 200, contentType: text, body: '\uFEFFTitle\r\n\r\nWe decided.\r\n' })).toEqual({
      ok: true,
      text: 'Title\n\nWe decided.\n',
    });
  });

  it('keeps a document that merely mentions html', () => {
    expect(classifyExport({ status: 200, contentType: text, body: 'The <html> tag is fine.' })).toMatchObject({
      ok: true,
    });
  });

  it('names a network failure', () => {
    expect(classifyFetchError(new TypeError('Failed to fetch'))).toMatchObject({
      ok: false,
      problem: 'offline',
      message: expect.stringContaining('Failed to fetch'),
    });
  });

  it('normalizes lone carriage returns too', () => {
    expect(normalizeExport('a\rb')).toBe('a\nb');
  });
});

describe('shareControlFor', () => {
  it('finds the labelled button from a click anywhere in the share container', () => {
    document.body.replaceChildren();
    const container = document.createElement('div');
    container.id = 'docs-titlebar-share-client-button';
    const button = document.createElement('div');
    button.setAttribute('role', 'button');
    button.setAttribute('aria-label', 'Share. Private to only me.');
    const label = document.createElement('span');
    label.textContent = 'Share';
    button.append(label);
    container.append(button);
    document.body.append(container);
    expect(shareControlFor(label)).toBe(button);
    expect(shareControlFor(container)).toBe(button);
    expect(shareControlFor(document.body)).toBeNull();
    expect(shareControlFor(null)).toBeNull();
  });
});
