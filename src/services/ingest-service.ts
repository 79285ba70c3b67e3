// The ingest use case: inputs → documents → articles → pipeline → store, recording every failure.
import { createArticle, type Article } from '../article/article.ts';
import type { DocumentRecord, DocumentStatus } from '../article/document.ts';
import type { Pipeline } from '../pipeline/runner.ts';
import { decodeBytes, sniffMetaCharset } from '../stages/read/decode-bytes.ts';
import type { InputItem } from '../stages/read/input-item.ts';
import { extractArticles } from '../stages/clean/extract-articles.ts';
import { combineLinkSources, createDeduper, memoryLinkSource, type Deduper } from '../stages/dedupe/index.ts';
import type { ArticleLinks, LinkedFingerprint } from '../article/links.ts';
import type { ArticleWrite, Store } from '../storage/store.ts';
import { sha256Hex } from '../util/hash.ts';
import { normalizeForHash } from '../util/normalize-text.ts';

export interface IngestFailure {
  readonly origin: string;
  readonly error: string;
}

export interface IngestSummary {
  documentsRead: number;
  documentsNew: number;
  /** Inputs whose content was already stored (re-ingesting adds nothing). */
  documentsUnchanged: number;
  articles: number;
  duplicates: number;
  /** Articles linked as near-duplicates (reprints of an earlier article); kept, not deleted. */
  nearDuplicates: number;
  events: number;
  claims: number;
  /** Documents that yielded no article (no text left after cleaning). */
  empty: number;
  /** Inputs that could not be ingested at all (each also listed in `failures`). */
  failedDocuments: number;
  /** Failed inputs and per-article stage failures, one line each. */
  failures: IngestFailure[];
}

export interface IngestOptions {
  readonly pipeline: Pipeline;
  readonly now?: () => Date;
  /** Near-duplicate and story linking (default: createDeduper() with the measured defaults). */
  readonly deduper?: Deduper;
  /** Called after each input with the running summary. */
  readonly onProgress?: (summary: Readonly<IngestSummary>, origin: string) => void;
}

export function emptySummary(): IngestSummary {
  return { documentsRead: 0, documentsNew: 0, documentsUnchanged: 0, articles: 0, duplicates: 0, nearDuplicates: 0, events: 0, claims: 0, empty: 0, failedDocuments: 0, failures: [] };
}

/** Ingest every item into the store. Never throws for a bad input; store errors propagate. */
export async function ingestItems(store: Store, items: AsyncIterable<InputItem> | Iterable<InputItem>, options: IngestOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  for await (const item of items) {
    summary.documentsRead++;
    await ingestItem(store, item, options, summary);
    options.onProgress?.(summary, item.origin);
  }
  return summary;
}

/** Ingest one input, updating `summary`. Returns the stored document's id. */
export async function ingestItem(store: Store, item: InputItem, options: IngestOptions, summary: IngestSummary = emptySummary()): Promise<string> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const id = item.bytes && !item.error ? sha256Hex(item.bytes) : sha256Hex(`failed\0${item.origin}\0${item.error}`);
  if ((await store.existingDocuments([id])).has(id)) {
    summary.documentsUnchanged++;
    return id;
  }
  const base = {
    kind: 'document' as const,
    id,
    origin: item.origin,
    contentType: item.contentType,
    fetchedAt: now,
    byteLength: item.bytes?.length ?? 0,
    raw: item.bytes,
    fields: item.fields,
  };
  const fail = async (error: string): Promise<string> => {
    summary.failures.push({ origin: item.origin, error });
    summary.failedDocuments++;
    if (await store.saveDocument({ ...base, status: 'failed', error }, [])) summary.documentsNew++;
    return id;
  };
  if (item.error) return fail(item.error);

  let body = item.body;
  if (body === null) {
    const decoded = decodeBytes(item.bytes!, item.kind === 'html' ? sniffMetaCharset(item.bytes!) : null);
    if (!decoded.ok) return fail(decoded.error);
    body = decoded.text;
  }
  let drafts;
  try {
    drafts = extractArticles(body, item.kind === 'html' ? 'html' : 'text', item.fields);
  } catch (error) {
    return fail(`could not extract text: ${(error as Error).message}`);
  }

  const writes: ArticleWrite[] = [];
  const seenHashes = new Map<string, string>();
  const deduper = options.deduper ?? defaultDeduper;
  const pending: LinkedFingerprint[] = [];
  for (const [index, draft] of drafts.entries()) {
    const article = createArticle({ id: articleIdFor(id, index), documentId: id, index, text: draft.text, meta: { ...draft.meta, role: draft.role ?? 'story' }, removed: draft.removed });
    const contentHash = sha256Hex(normalizeForHash(article.text));
    const duplicateOf = seenHashes.get(contentHash) ?? (await store.findArticleByContentHash(contentHash));
    if (duplicateOf) {
      const links = await exactDuplicateLinks(store, article.id, duplicateOf, writes, deduper);
      writes.push({ article, contentHash, duplicateOf, pipeline: [], failures: [], links });
      continue;
    }
    seenHashes.set(contentHash, article.id);
    const fingerprint = deduper.fingerprint(article, now);
    // Earlier articles of this page are not stored yet: they are looked up beside the store.
    const links = await deduper.link(fingerprint, pending.length ? combineLinkSources(store, memoryLinkSource(pending)) : store);
    pending.push({ ...fingerprint, storyId: links.storyId, nearDuplicateOf: links.nearDuplicateOf });
    const result = options.pipeline.run(article);
    const failures = result.failures.map((f) => `${f.stage}: ${f.message}`);
    for (const message of failures) summary.failures.push({ origin: `${item.origin} (article ${index})`, error: message });
    writes.push({ article: result.article, contentHash, duplicateOf: null, pipeline: options.pipeline.describe(), failures, fingerprint, links });
  }
  const status: DocumentStatus =
    writes.length === 0 ? 'empty' : writes.every((w) => w.duplicateOf) ? 'duplicate' : 'processed';
  const document: DocumentRecord = { ...base, status, error: status === 'empty' ? 'no article text found' : null };
  if (await store.saveDocument(document, writes)) {
    summary.documentsNew++;
    if (status === 'empty') summary.empty++;
    for (const w of writes) tally(summary, w.article, w.duplicateOf !== null, w.links?.nearDuplicateOf != null && w.duplicateOf === null);
  } else {
    summary.documentsUnchanged++;
  }
  return id;
}

/** The id of the `index`-th article a document yielded. */
export function articleIdFor(documentId: string, index: number): string {
  return `${documentId.slice(0, 24)}-${index}`;
}

const defaultDeduper = createDeduper();

/** An exact duplicate joins its original's story and is linked to it with similarity 1; it gets no fingerprint of its own. */
async function exactDuplicateLinks(store: Store, articleId: string, originalId: string, writes: readonly ArticleWrite[], deduper: Deduper): Promise<ArticleLinks> {
  const original = writes.find((w) => w.article.id === originalId)?.links ?? (await store.getArticleLinks([originalId]))[0];
  return {
    articleId,
    nearDuplicateOf: originalId,
    nearDuplicateSimilarity: 1,
    storyId: original?.storyId ?? originalId,
    storyScore: 1,
    producedBy: `dedupe@${deduper.version}`,
  };
}

function tally(summary: IngestSummary, article: Article, duplicate: boolean, nearDuplicate: boolean): void {
  summary.articles++;
  if (duplicate) summary.duplicates++;
  if (nearDuplicate) summary.nearDuplicates++;
  summary.events += article.events.length;
  summary.claims += article.claims.length;
}
