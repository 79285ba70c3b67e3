// The ingest use case: inputs → documents prepared in parallel (pipeline per article) → one writer
// linking and storing them in input order, in batches → incidents kept current. Every failure is recorded.
import type { Pipeline } from '../pipeline/runner.ts';
import { cachedTermFrequencies, createDeduper, type Deduper } from '../stages/dedupe/index.ts';
import type { InputItem } from '../stages/read/input-item.ts';
import type { Store } from '../storage/store.ts';
import { sha256Hex } from '../util/hash.ts';
import { InterruptedError, type DocumentProcessor } from './ingest/document-processor.ts';
import { emptySummary, type IngestSummary } from './ingest/ingest-summary.ts';
import { withIdleTicks, IDLE } from './ingest/idle-ticks.ts';
import { writeDocuments, type ReadyDocument } from './ingest/write-documents.ts';
import { updateIncidents } from './incidents-service.ts';

export { emptySummary, type IngestFailure, type IngestSummary } from './ingest/ingest-summary.ts';
export { articleIdFor } from './ingest/prepared-document.ts';

export interface IngestOptions {
  /** Prepare documents in this thread with this pipeline (used when no `processor` is given). */
  readonly pipeline?: Pipeline;
  /** Where documents are prepared, e.g. threadedProcessor() (worker threads, time budget). Not closed here. */
  readonly processor?: DocumentProcessor;
  readonly now?: () => Date;
  /** Near-duplicate and story linking with `pipeline` (default: createDeduper()); a processor brings its own. */
  readonly deduper?: Deduper;
  /** Called after each input is written, with the running summary. */
  readonly onProgress?: (summary: Readonly<IngestSummary>, origin: string) => void;
  /** Documents written per transaction at most (default 64); fewer when the input pauses. */
  readonly batchSize?: number;
  /** Bring incidents up to date with the stored events when done, and every `incidentsEveryMs` of a long ingest (default true). */
  readonly updateIncidents?: boolean;
  /** How often a long ingest brings incidents up to date while it runs (default one minute). */
  readonly incidentsEveryMs?: number;
  /**
   * Stop reading inputs once aborted: what is prepared by then is stored, incidents are brought up to date,
   * and documents still in progress (their processor closed under them) are left unstored, to be ingested
   * again. The caller closes the processor when it aborts, so a running document is not waited for.
   */
  readonly signal?: AbortSignal;
}

/** Documents in flight are bounded by count and by bytes, so memory stays bounded whatever the input size. */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;
/** A paused input (a slow feed) gets what is ready written after this long. */
const IDLE_FLUSH_MS = 250;
/** The longest a forced write waits for more of its batch to be ready (the head is ready). */
const FORCED_BATCH_WAIT_MS = 1000;

interface InFlight {
  readonly origin: string;
  readonly bytes: number;
  /** Already stored when read: counted unchanged, no work done. */
  readonly stored: boolean;
  readonly ready: Promise<ReadyDocument>;
  settled: boolean;
}

/**
 * Ingest every item into the store. Never throws for a bad input; store errors propagate. After an
 * interruption (`signal`) the documents read but not stored are `documentsRead - documentsNew - documentsUnchanged`.
 */
export async function ingestItems(store: Store, items: AsyncIterable<InputItem> | Iterable<InputItem>, options: IngestOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  await ingestInto(store, items, options, summary, true);
  return summary;
}

/**
 * Ingest one input, updating `summary`. Returns the stored document's id. Throws InterruptedError when
 * the processor was closed before the document was done (it is not stored: a queued job is retried).
 */
export async function ingestItem(store: Store, item: InputItem, options: IngestOptions, summary: IngestSummary = emptySummary()): Promise<string> {
  if (await ingestInto(store, [item], options, summary, false)) throw new InterruptedError();
  return documentIdFor(item);
}

/** A document's id: the SHA-256 of its bytes, or of its origin and error when it could not be read. */
export function documentIdFor(item: InputItem): string {
  return item.bytes && !item.error ? sha256Hex(item.bytes) : sha256Hex(`failed\0${item.origin}\0${item.error}`);
}

/**
 * The ingest loop; `countReads` false leaves `documentsRead` to the caller (ingestItem's callers count their own).
 * Resolves true when it was interrupted with documents left unstored.
 */
async function ingestInto(
  store: Store, items: AsyncIterable<InputItem> | Iterable<InputItem>, options: IngestOptions, summary: IngestSummary, countReads: boolean,
): Promise<boolean> {
  // Loaded only here: the inline path pulls in every stage, which a threaded ingest keeps off this thread.
  const processor = options.processor ?? (await import('./ingest/inline-processor.ts')).inlineProcessor(requirePipeline(options), options.deduper ?? defaultDeduper);
  const context = { store, deduper: processor.deduper, summary, links: cachedTermFrequencies(store) };
  const batchSize = Math.max(1, options.batchSize ?? 64);
  // Room for a whole batch beyond the one being written, so the workers stay busy while it is.
  const maxInFlight = 2 * batchSize + 4;
  // A forced write (the queue full, or the input done) waits for this many at the head: on a busy writer the head
  // would otherwise be written a document or two at a time, and each transaction has a fixed cost.
  const minForcedBatch = Math.max(1, Math.ceil(batchSize / 2));
  const now = options.now ?? (() => new Date());
  const queue: InFlight[] = [];
  let bytesInFlight = 0;
  const keepIncidents = options.updateIncidents !== false;
  let incidentsAt = performance.now();
  let interrupted = false;

  /** Write the settled documents at the head of the queue (waiting for the head when `wait`). */
  const writeHead = async (wait: boolean): Promise<void> => {
    if (queue.length === 0 || (!wait && !queue[0]!.settled)) return;
    let first: ReadyDocument;
    try {
      // A forced write waits for half a batch, but no longer than a second: a document that is ready is stored promptly even while a long one after it
      // is still being prepared (a stop then keeps it, and readers of the store see it).
      if (wait) await settledOrTimeout(queue.slice(0, minForcedBatch).map((e) => e.ready), FORCED_BATCH_WAIT_MS);
      first = await queue[0]!.ready;
    } catch (error) {
      if (!(error instanceof InterruptedError)) throw error;
      // The processor was closed: this document and those after it stay unstored (input order is kept).
      interrupted = true;
      queue.length = 0;
      bytesInFlight = 0;
      return;
    }
    const batch: ReadyDocument[] = [first];
    const taken = [queue.shift()!];
    while (queue.length && queue[0]!.settled && taken.length < batchSize) {
      batch.push(await queue[0]!.ready);
      taken.push(queue.shift()!);
    }
    const toWrite = batch.filter((_, i) => !taken[i]!.stored);
    summary.documentsUnchanged += batch.length - toWrite.length;
    if (toWrite.length) await writeDocuments(toWrite, context);
    for (const entry of taken) {
      bytesInFlight -= entry.bytes;
      options.onProgress?.(summary, entry.origin);
    }
    if (keepIncidents && performance.now() - incidentsAt >= (options.incidentsEveryMs ?? 60_000)) {
      await updateIncidents(store);
      incidentsAt = performance.now();
    }
  };

  for await (const next of withIdleTicks(items, IDLE_FLUSH_MS)) {
    if (options.signal?.aborted || interrupted) break;
    if (next === IDLE) {
      await writeHead(false);
      continue;
    }
    if (countReads) summary.documentsRead++;
    const entry = await start(next, store, processor, now().toISOString());
    queue.push(entry);
    bytesInFlight += entry.bytes;
    // A full batch ready at the head is written; past the bounds, the writer waits for the head.
    if (queue.length >= batchSize && queue.slice(0, batchSize).every((e) => e.settled)) await writeHead(false);
    while (queue.length >= maxInFlight || (bytesInFlight > MAX_BYTES_IN_FLIGHT && queue.length > 1)) await writeHead(true);
  }
  while (queue.length) await writeHead(true);
  if (keepIncidents) await updateIncidents(store);
  return interrupted;
}

/** Start the work on one input: nothing when it is already stored or unreadable, else hand it to the processor. */
async function start(item: InputItem, store: Store, processor: DocumentProcessor, now: string): Promise<InFlight> {
  const documentId = documentIdFor(item);
  const base = { origin: item.origin, bytes: item.bytes?.length ?? 0 };
  const settledWith = (prepared: ReadyDocument['prepared'], stored = false): InFlight =>
    ({ ...base, stored, ready: Promise.resolve({ item, documentId, now, prepared }), settled: true });
  if ((await store.existingDocuments([documentId])).has(documentId)) return settledWith({ kind: 'articles', articles: [] }, true);
  if (item.error) return settledWith({ kind: 'failed', error: item.error });
  const entry: InFlight = {
    ...base,
    stored: false,
    settled: false,
    // The worker reads the decoded body when there is one: the bytes are not copied to it as well (15 MiB less per large record).
    ready: processor.prepare({ documentId, input: { kind: item.kind, bytes: item.body !== null ? null : item.bytes, body: item.body, fields: item.fields }, now })
      .then((prepared) => {
        entry.settled = true;
        return { item, documentId, now, prepared };
      }),
  };
  // An interruption rejects `ready` before the writer reaches it: handled there, never unhandled here.
  entry.ready.catch(() => {});
  return entry;
}

/** Resolves when every promise has settled or `ms` have passed, whichever is first (the timer never holds the process). */
async function settledOrTimeout(promises: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([Promise.allSettled(promises), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function requirePipeline(options: IngestOptions): Pipeline {
  if (!options.pipeline) throw new Error('ingest needs a pipeline or a processor');
  return options.pipeline;
}

const defaultDeduper = createDeduper();
