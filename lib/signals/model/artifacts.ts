import vectorsArtifact from './vectors.json';
import weightsArtifact from './weights.json';
import type { VectorsArtifact, WeightsArtifact } from './model';

export interface ModelArtifacts {
  weights: WeightsArtifact;
  vectors: VectorsArtifact;
}

/**
 * The model's files, bundled with the code: what Node (the CLI, tests, training) reads. A build
 * that ships the files beside the code instead swaps this module for artifacts.runtime.ts
 * (build/model-files.ts), so its bundles stay small; this module itself reads no files.
 */
export function bundledArtifacts(): ModelArtifacts | undefined {
  return { weights: weightsArtifact as WeightsArtifact, vectors: vectorsArtifact as VectorsArtifact };
}
