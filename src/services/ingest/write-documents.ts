// The single writer: links a batch of prepared documents, in input order, to the articles before them
// (stored, or earlier in the batch) and stores the batch in one transaction.
import type { Article } from '../../article/article.ts';
import type { DocumentRecord, DocumentStatus } from '../../article/document.ts';
import type { ArticleLinks, LinkedFingerprint, LinkSource } from '../../article/links.ts';
import { combineLinkSources, MemoryLinkIndex, type CachedLinkSource, type Deduper } from '../../stages/dedupe/index.ts';
import type { InputItem } from '../../stages/read/input-item.ts';
import type { ArticleWrite, DocumentWrite, Store } from '../../storage/store.ts';
import { extractedArticle, type PreparedDocument } from './prepared-document.ts';
import type { IngestSummary } from './ingest-summary.ts';

/** One input after its per-document work, waiting to be written. */
export interface ReadyDocument {
  readonly item: InputItem;
  readonly documentId: string;
  /** ISO instant it was read at (the document's fetchedAt). */
  readonly now: string;
  readonly prepared: PreparedDocument;
}

export interface WriteContext {
  readonly store: Store;
  readonly deduper: Deduper;
  readonly summary: IngestSummary;
  /** The store as the deduper reads it, with document frequencies kept in memory (one per ingest run); default the store. */
  readonly links?: CachedLinkSource;
}

/**
 * Write `documents` (in input order) in one store transaction and count them in the summary.
 * Documents already stored, or repeated in the batch, are counted unchanged and written once.
 * Store errors propagate; nothing a document contains makes this throw.
 */
export async function writeDocuments(documents: readonly ReadyDocument[], context: WriteContext): Promise<void> {
  const { store, summary } = context;
  const stored = await store.existingDocuments(documents.map((d) => d.documentId));
  const batch = new BatchOverlay(store, context.links ?? store);
  const writes: DocumentWrite[] = [];
  for (const ready of documents) {
    if (stored.has(ready.documentId) || batch.has(ready.documentId)) {
      summary.documentsUnchanged++;
      continue;
    }
    batch.addDocument(ready.documentId);
    writes.push(await documentWrite(ready, context, batch));
    // Let the event loop turn between documents: the worker threads' finished documents are taken and new ones
    // handed out while this batch is linked, instead of the threads waiting out the whole batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const saved = await store.saveDocuments(writes);
  context.links?.stored(writes.filter((_, i) => saved[i]).flatMap((w) => w.articles.flatMap((a) => (a.fingerprint ? [a.fingerprint] : []))));
  writes.forEach((write, i) => {
    if (!saved[i]) {
      summary.documentsUnchanged++;
      return;
    }
    summary.documentsNew++;
    if (write.document.status === 'empty') summary.empty++;
    for (const w of write.articles) tally(summary, w.article, w.duplicateOf !== null, w.links?.nearDuplicateOf != null && w.duplicateOf === null);
  });
}

async function documentWrite(ready: ReadyDocument, context: WriteContext, batch: BatchOverlay): Promise<DocumentWrite> {
  const { item, documentId, prepared } = ready;
  const base = {
    kind: 'document' as const, id: documentId, origin: item.origin, contentType: item.contentType, fetchedAt: ready.now,
    byteLength: item.bytes?.length ?? 0, raw: item.bytes, fields: item.fields,
  };
  const error = item.error ?? (prepared.kind === 'failed' ? prepared.error : null);
  if (error !== null || prepared.kind === 'failed') {
    context.summary.failures.push({ origin: item.origin, error: error ?? 'failed' });
    context.summary.failedDocuments++;
    return { document: { ...base, status: 'failed', error }, articles: [] };
  }
  const articles: ArticleWrite[] = [];
  for (const p of prepared.articles) {
    const duplicateOf = batch.originalOf(p.contentHash) ?? (await context.store.findArticleByContentHash(p.contentHash));
    if (duplicateOf) {
      const links = await exactDuplicateLinks(context, batch, p.article.id, duplicateOf);
      articles.push({ article: extractedArticle(documentId, p), contentHash: p.contentHash, duplicateOf, pipeline: [], failures: [], links });
      batch.addLinks(links);
      continue;
    }
    batch.addOriginal(p.contentHash, p.article.id);
    const fingerprint = p.fingerprint!;
    const links = await context.deduper.link(fingerprint, batch.linkSource());
    batch.addFingerprint({ ...fingerprint, storyId: links.storyId, nearDuplicateOf: links.nearDuplicateOf });
    batch.addLinks(links);
    for (const message of p.failures) context.summary.failures.push({ origin: `${item.origin} (article ${p.article.index})`, error: message });
    articles.push({ article: p.article, contentHash: p.contentHash, duplicateOf: null, pipeline: p.pipeline, failures: p.failures, fingerprint, links });
  }
  const status: DocumentStatus = articles.length === 0 ? 'empty' : articles.every((w) => w.duplicateOf) ? 'duplicate' : 'processed';
  const document: DocumentRecord = { ...base, status, error: status === 'empty' ? 'no article text found' : null };
  return { document, articles };
}

/** What the batch has written so far but the store does not hold yet: looked up beside the store. */
class BatchOverlay {
  readonly #store: Store;
  readonly #source: LinkSource;
  readonly #documents = new Set<string>();
  readonly #originals = new Map<string, string>();
  readonly #fingerprints = new MemoryLinkIndex();
  readonly #links = new Map<string, ArticleLinks>();

  constructor(store: Store, links: LinkSource) {
    this.#store = store;
    this.#source = links;
  }

  has(documentId: string): boolean {
    return this.#documents.has(documentId);
  }
  addDocument(documentId: string): void {
    this.#documents.add(documentId);
  }
  originalOf(contentHash: string): string | null {
    return this.#originals.get(contentHash) ?? null;
  }
  addOriginal(contentHash: string, articleId: string): void {
    this.#originals.set(contentHash, articleId);
  }
  addFingerprint(fingerprint: LinkedFingerprint): void {
    this.#fingerprints.add(fingerprint);
  }
  addLinks(links: ArticleLinks): void {
    this.#links.set(links.articleId, links);
  }
  async linksOf(articleId: string): Promise<ArticleLinks | undefined> {
    return this.#links.get(articleId) ?? (await this.#store.getArticleLinks([articleId]))[0];
  }
  linkSource() {
    return this.#fingerprints.size ? combineLinkSources(this.#source, this.#fingerprints) : this.#source;
  }
}

/** An exact duplicate joins its original's story and is linked to it with similarity 1; it gets no fingerprint of its own. */
async function exactDuplicateLinks(context: WriteContext, batch: BatchOverlay, articleId: string, originalId: string): Promise<ArticleLinks> {
  const original = await batch.linksOf(originalId);
  return {
    articleId,
    nearDuplicateOf: originalId,
    nearDuplicateSimilarity: 1,
    storyId: original?.storyId ?? originalId,
    storyScore: 1,
    producedBy: `dedupe@${context.deduper.version}`,
  };
}

function tally(summary: IngestSummary, article: Article, duplicate: boolean, nearDuplicate: boolean): void {
  summary.articles++;
  if (duplicate) summary.duplicates++;
  if (nearDuplicate) summary.nearDuplicates++;
  summary.events += article.events.length;
  for (const t of article.layers.triggers ?? []) {
    const why = (t.value as { uncoded?: unknown } | null)?.uncoded;
    if (typeof why === 'string') summary.uncoded[why] = (summary.uncoded[why] ?? 0) + 1;
  }
  summary.claims += article.claims.length;
}
