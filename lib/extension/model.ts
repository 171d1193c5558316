import { browser } from '#imports';
import { MODEL_FILES } from '../signals/model/files';
import { modelNeedsFiles, provideModel, type ModelArtifacts } from '../signals/model/load';

let pending: Promise<boolean> | null = null;

async function readJson(path: string, doFetch: typeof fetch): Promise<unknown> {
  // The path is one the build adds (build/model-files.ts), outside WXT's typed public folder.
  const response = await doFetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** Our own shipped files, but read like any input: a broken build must not become a wrong verdict. */
function isArtifacts(weights: unknown, vectors: unknown): boolean {
  const w = weights as { format?: unknown; axes?: unknown } | null;
  const v = vectors as { dims?: unknown; words?: unknown; data?: unknown } | null;
  return (
    w?.format === 1 &&
    typeof w.axes === 'object' &&
    typeof v?.dims === 'number' &&
    typeof v.words === 'string' &&
    typeof v.data === 'string'
  );
}

/**
 * Reads the signals model from the extension's own files, once per context. Until it is in,
 * checks run on lexicon cues alone and say so; if it cannot be read, that stays so and is logged.
 * Resolves to whether the model is in.
 */
export function loadShippedModel(doFetch: typeof fetch = fetch): Promise<boolean> {
  // Where the model is bundled (tests in Node), there is nothing to read.
  if (!pending && !modelNeedsFiles()) return Promise.resolve(true);
  pending ??= (async () => {
    try {
      const [weights, vectors] = await Promise.all([
        readJson(MODEL_FILES.weights, doFetch),
        readJson(MODEL_FILES.vectors, doFetch),
      ]);
      if (!isArtifacts(weights, vectors)) throw new Error('the files are not a model');
      provideModel({ weights, vectors } as ModelArtifacts);
      return true;
    } catch (error) {
      console.warn('[consonant] the signals model could not be read; checks use lexicon cues only', error);
      pending = null;
      return false;
    }
  })();
  return pending;
}
