import { bundledArtifacts, type ModelArtifacts } from './artifacts';
import { decodeVectors, decodeWeights, type ModelWeights } from './model';
import type { WordVectors } from './features';

export interface Model {
  weights: ModelWeights;
  vectors: WordVectors;
}
export type { ModelArtifacts } from './artifacts';

let loaded: Model | null = null;
let provided: ModelArtifacts | null = null;

/**
 * The shipped model, decoded on first use (about 2 MB of weights and word vectors in memory).
 * Throws while a build that reads the model at run time has not provided it yet; the check then
 * runs on lexicon cues alone and says so.
 */
export function loadModel(): Model {
  if (loaded) return loaded;
  const artifacts = provided ?? bundledArtifacts();
  if (!artifacts) throw new Error('the model is not loaded yet');
  loaded = { weights: decodeWeights(artifacts.weights), vectors: decodeVectors(artifacts.vectors) };
  return loaded;
}

/** True where the model is not bundled and has not been provided yet: the extension, before it reads the files. */
export function modelNeedsFiles(): boolean {
  return provided === null && bundledArtifacts() === undefined;
}

/**
 * Hands over the model's files where they are read at run time rather than bundled. Decodes them
 * now, when they arrive, so the work never lands in a check racing a send button.
 */
export function provideModel(artifacts: ModelArtifacts): void {
  provided = artifacts;
  loaded = null;
  loadModel();
}
