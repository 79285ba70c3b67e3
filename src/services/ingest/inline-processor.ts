// Preparing documents inline, in the calling thread: for tests, evaluations and library use.
import type { Pipeline } from '../../pipeline/runner.ts';
import { createDeduper, type Deduper } from '../../stages/dedupe/index.ts';
import type { DocumentProcessor } from './document-processor.ts';
import { prepareDocument } from './prepare-document.ts';

/** Prepare documents in this thread with `pipeline` (no time budget: a stuck document blocks the caller). */
export function inlineProcessor(pipeline: Pipeline, deduper: Deduper = createDeduper()): DocumentProcessor {
  return {
    deduper,
    prepare: async (request) => prepareDocument(request, pipeline, deduper),
    ready: async () => {},
    close: async () => {},
  };
}
