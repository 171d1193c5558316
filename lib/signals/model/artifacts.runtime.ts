import type { ModelArtifacts } from './artifacts';

/** In the extension the model's files are read at run time and handed to provideModel (lib/extension/model.ts). */
export function bundledArtifacts(): ModelArtifacts | undefined {
  return undefined;
}
