// The worker thread behind threadedProcessor: builds the pipeline once, loads its start-up data, then prepares documents.
import { createArticle } from '../../article/article.ts';
import { Pipeline } from '../../pipeline/runner.ts';
import { serveTasks } from '../../pipeline/worker-protocol.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../../stages/default-pipeline.ts';
import { createDeduper, type DedupeOptions } from '../../stages/dedupe/index.ts';
import { loadGazetteer, useSharedGazetteer } from '../../stages/places/gazetteer.ts';
import type { PackedGazetteer } from '../../stages/places/shared-gazetteer.ts';
import { prepareDocument } from './prepare-document.ts';
import type { PreparedDocument, PrepareRequest } from './prepared-document.ts';

export interface DocumentWorkerData {
  /** Stage ids in order; null for the default pipeline. */
  readonly stages: readonly string[] | null;
  readonly dedupe: Partial<DedupeOptions>;
  /** The gazetteer the main thread loaded into shared memory; null to load one here. */
  readonly gazetteer: PackedGazetteer | null;
}

/** A short report that touches every stage, so dictionaries, gazetteer and models load before the first budgeted document. */
const WARM_UP = 'BAGHDAD (Reuters) - Gunmen killed two policemen in Mosul, Iraq on Monday, officials said; 5,000 people fled.';

await serveTasks<PrepareRequest, PreparedDocument>((data) => {
  const { stages, dedupe, gazetteer } = data as DocumentWorkerData;
  if (gazetteer) useSharedGazetteer(gazetteer);
  let now = new Date();
  const pipeline = new Pipeline(defaultRegistry().build(stages ?? DEFAULT_STAGES), { now: () => now });
  const deduper = createDeduper(dedupe);
  pipeline.run(createArticle({ id: 'warm-up', documentId: 'warm-up', text: WARM_UP, meta: { published: '2020-01-06' } }));
  // The per-country name index behind spelling variants ("Shurgat") is built on first use: build it now.
  loadGazetteer().countryKeys('IQ');
  return (request) => {
    now = new Date(request.now);
    return prepareDocument(request, pipeline, deduper);
  };
});
