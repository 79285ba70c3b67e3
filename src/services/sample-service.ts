// The bundled sample corpus: synthetic reports the team wrote, for the demo and the tests.
import { fileURLToPath } from 'node:url';
import type { Pipeline } from '../pipeline/runner.ts';
import { readInputs } from '../stages/read/read-inputs.ts';
import type { Store } from '../storage/store.ts';
import { ingestItems, type IngestSummary } from './ingest-service.ts';

export const SAMPLE_CORPUS_PATH = fileURLToPath(new URL('../../data/sample/', import.meta.url));

/** Ingest the bundled sample corpus into `store` (incidents included). */
export async function ingestSample(store: Store, pipeline: Pipeline): Promise<IngestSummary> {
  return ingestItems(store, readInputs([SAMPLE_CORPUS_PATH]), { pipeline });
}
