import vectorsArtifact from './vectors.json';
import weightsArtifact from './weights.json';
import { decodeVectors, decodeWeights, type ModelWeights, type VectorsArtifact, type WeightsArtifact } from './model';
import type { WordVectors } from './features';

export interface Model { weights: ModelWeights; vectors: WordVectors }

let loaded: Model | null = null;

/** The shipped model, decoded on first use (about 2 MB of weights and word vectors in memory). */
export function loadModel(): Model {
  loaded ??= { weights: decodeWeights(weightsArtifact as WeightsArtifact), vectors: decodeVectors(vectorsArtifact as VectorsArtifact) };
  return loaded;
}
