import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './harness';

let ext: Extension;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

describe('harness', () => {
  it('loads the built extension and serves pages under real URLs, nothing else', async () => {
    expect(ext.serviceWorker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
    await ext.serve('https://mail.google.com/mail/u/0/**', { body: '<!doctype html><title>Gmail</title><p id="ok">served</p>' });
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    await expect(page.locator('#ok').textContent()).resolves.toBe('served');
    const status = await page.evaluate(() => fetch('https://example.com/x').then((r) => r.status));
    expect(status).toBe(404);
    expect(ext.requestsContaining('example.com/x')).toHaveLength(1);
    await page.close();
  });

  it('writes the effective state where the extension reads it', async () => {
    await ext.setEffectiveState({ marker: 1 });
    const stored = await ext.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('effective'),
    );
    expect(stored).toEqual({ effective: { marker: 1 } });
  });
});
