/** Where the model's files sit in the built extension (build/model-files.ts puts them there). */
export const MODEL_FILES = { weights: '/model/weights.json', vectors: '/model/vectors.json' } as const;
