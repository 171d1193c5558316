import { afterEach, describe, expect, it, vi } from 'vitest';
import vectors from './vectors.json';
import weights from './weights.json';
import type { VectorsArtifact, WeightsArtifact } from './model';

afterEach(() => {
  vi.doUnmock('./artifacts');
  vi.resetModules();
});

describe('loadModel where the model is read at run time', () => {
  it('says the model is not in yet, then decodes what provideModel handed over', async () => {
    vi.resetModules();
    vi.doMock('./artifacts', () => ({ bundledArtifacts: () => undefined }));
    const { loadModel, provideModel } = await import('./load');
    expect(() => loadModel()).toThrow('the model is not loaded yet');
    provideModel({ weights: weights as WeightsArtifact, vectors: vectors as VectorsArtifact });
    const model = loadModel();
    expect(Object.keys(model.weights.axes).sort()).toEqual(['decision', 'priority', 'urgency']);
    expect(loadModel()).toBe(model);
  });

  it('a check before the model is in runs on lexicon cues and says so', async () => {
    vi.resetModules();
    vi.doMock('./artifacts', () => ({ bundledArtifacts: () => undefined }));
    const { checkDraft } = await import('../../check');
    const { exampleProfile } = await import('../../profile');
    const report = checkDraft('Please get the mobile redesign done ASAP.', exampleProfile);
    expect(report.stats.error).toMatch(/signals model: the model is not loaded yet \(lexicon cues only\)/);
    expect(report.findings.map((f) => f.rule)).toContain('urgency-on-paused');
  });
});

describe('provideModel', () => {
  it('decodes the files when they arrive, not in the first check after', async () => {
    vi.resetModules();
    vi.doMock('./artifacts', () => ({ bundledArtifacts: () => undefined }));
    const actual = await vi.importActual<typeof import('./model')>('./model');
    const decodeWeights = vi.fn(actual.decodeWeights);
    vi.doMock('./model', () => ({ ...actual, decodeWeights }));
    const { loadModel, provideModel } = await import('./load');
    provideModel({ weights: weights as WeightsArtifact, vectors: vectors as VectorsArtifact });
    expect(decodeWeights).toHaveBeenCalledOnce();
    loadModel();
    expect(decodeWeights).toHaveBeenCalledOnce();
    vi.doUnmock('./model');
  });
});
