import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const modelDir = join(import.meta.dirname, '../signals/model');

/** A fetch that answers the extension's model URLs from the repository's files, and counts calls. */
function filesFetch(override: Partial<Record<'weights' | 'vectors', Response>> = {}) {
  return vi.fn(async (url: string | URL | Request) => {
    const name = /model\/(weights|vectors)\.json$/.exec(String(url))?.[1] as 'weights' | 'vectors' | undefined;
    if (!name) return new Response('not found', { status: 404 });
    return (
      override[name] ??
      new Response(readFileSync(join(modelDir, `${name}.json`), 'utf8'), {
        headers: { 'content-type': 'application/json' },
      })
    );
  });
}

// Each case gets fresh modules: the loader and the model remember what they read.
let provideModel: ReturnType<typeof vi.fn>;
beforeEach(() => {
  vi.resetModules();
  provideModel = vi.fn();
  vi.doMock('../signals/model/load', () => ({ provideModel, modelNeedsFiles: () => true }));
});
afterEach(() => vi.doUnmock('../signals/model/load'));

describe('loadShippedModel', () => {
  it('reads both files from the extension once and hands them to the core', async () => {
    const { loadShippedModel } = await import('./model');
    const doFetch = filesFetch();
    await expect(Promise.all([loadShippedModel(doFetch), loadShippedModel(doFetch)])).resolves.toEqual([true, true]);
    expect(doFetch.mock.calls.map(([url]) => String(url)).sort()).toEqual([
      expect.stringMatching(/\/model\/vectors\.json$/),
      expect.stringMatching(/\/model\/weights\.json$/),
    ]);
    expect(provideModel).toHaveBeenCalledOnce();
    expect(provideModel.mock.calls[0]![0]).toMatchObject({
      weights: { format: 1 },
      vectors: { dims: expect.any(Number) },
    });
  });

  it.each([
    ['a missing file', { vectors: new Response('', { status: 404 }) }],
    ['a file that is not the model', { weights: new Response('{"format": 2}') }],
  ])('keeps to lexicon cues, says so, and tries again next time, on %s', async (_, override) => {
    const { loadShippedModel } = await import('./model');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(loadShippedModel(filesFetch(override))).resolves.toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[consonant\] the signals model could not be read; checks use lexicon cues only/),
      expect.any(Error),
    );
    expect(provideModel).not.toHaveBeenCalled();
    await expect(loadShippedModel(filesFetch())).resolves.toBe(true);
    warn.mockRestore();
  });
});

describe('loadShippedModel where the model is bundled', () => {
  it('reads nothing', async () => {
    vi.doUnmock('../signals/model/load');
    vi.resetModules();
    const { loadShippedModel } = await import('./model');
    const doFetch = filesFetch();
    await expect(loadShippedModel(doFetch)).resolves.toBe(true);
    expect(doFetch).not.toHaveBeenCalled();
  });
});
