import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ResolvedPublicFile } from 'wxt';
import { MODEL_FILES } from '../lib/signals/model/files';

const modelDir = join(import.meta.dirname, '../lib/signals/model');

/**
 * The learned model is 3.6 MB of JSON. Bundled, it made every bundle that checks text (each mail
 * content script, the background, the popup's and options page's shared chunk) a 4 MB file,
 * parsed on every Gmail and Outlook page load. The extension ships it once, as two files beside
 * the code, and reads it at run time (lib/extension/model.ts); the build swaps the bundled
 * artifacts module for one that has none.
 */
export function modelAsFiles(): Plugin {
  const runtimeArtifacts = join(modelDir, 'artifacts.runtime.ts');
  return {
    name: 'consonant-model-as-files',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './artifacts' && importer?.replace(/\\/g, '/').endsWith('lib/signals/model/load.ts'))
        return runtimeArtifacts;
      return undefined;
    },
  };
}

/** The model's files as public files of the extension (WXT's build:publicAssets hook). */
export function addModelFiles(files: ResolvedPublicFile[]): void {
  files.push(
    { absoluteSrc: join(modelDir, 'weights.json'), relativeDest: MODEL_FILES.weights.slice(1) },
    { absoluteSrc: join(modelDir, 'vectors.json'), relativeDest: MODEL_FILES.vectors.slice(1) },
  );
}
