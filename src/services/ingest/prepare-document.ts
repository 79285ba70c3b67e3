// The per-document work that needs no store: decode, extract the articles, fingerprint them and run
// the pipeline. Pure, so it runs in a worker thread (document-worker.ts) or inline, with the same result.
import { createArticle, type Article, type ArticleMeta } from '../../article/article.ts';
import type { ArticleFingerprint } from '../../article/links.ts';
import type { Pipeline } from '../../pipeline/runner.ts';
import { extractArticles } from '../../stages/clean/extract-articles.ts';
import type { Deduper } from '../../stages/dedupe/index.ts';
import { decodeBytes, sniffMetaCharset } from '../../stages/read/decode-bytes.ts';
import type { InputItem } from '../../stages/read/input-item.ts';
import { sha256Hex } from '../../util/hash.ts';
import { normalizeForHash } from '../../util/normalize-text.ts';

/** What a worker needs of an input: its content, never its store state. */
export type PrepareInput = Pick<InputItem, 'kind' | 'bytes' | 'body' | 'fields'>;

export interface PrepareRequest {
  readonly documentId: string;
  readonly input: PrepareInput;
  /** ISO instant the document is read at: the fallback publication time and the pipeline's "now". */
  readonly now: string;
}

/** One article of a document, ready to be linked to earlier articles and stored. */
export interface PreparedArticle {
  /** After the pipeline; as extracted when it repeats an earlier article of the same document. */
  readonly article: Article;
  /** The metadata as extracted, before any stage: an article found to duplicate a stored one is stored so. */
  readonly extractedMeta: Partial<ArticleMeta>;
  /** SHA-256 of the normalised text. */
  readonly contentHash: string;
  /** Index of an earlier article of this document with the same text, else null (then the pipeline ran). */
  readonly repeatsIndex: number | null;
  /** Near-duplicate fingerprint; null for a repeat. */
  readonly fingerprint: ArticleFingerprint | null;
  /** Per-article stage failures, one line each. */
  readonly failures: readonly string[];
}

export type PreparedDocument =
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'articles'; readonly articles: readonly PreparedArticle[] };

/** The id of the `index`-th article a document yielded. */
export function articleIdFor(documentId: string, index: number): string {
  return `${documentId.slice(0, 24)}-${index}`;
}

/** The article as extracted, before any stage ran. */
export function extractedArticle(documentId: string, prepared: PreparedArticle): Article {
  const { article } = prepared;
  return createArticle({ id: article.id, documentId, index: article.index, text: article.text, meta: prepared.extractedMeta, removed: article.removed });
}

/**
 * Decode and extract `request.input`, fingerprint each article and run `pipeline` over it. Never
 * throws for bad input: undecodable bytes or a failed extraction give `kind: 'failed'` with the
 * reason; a stage that fails is recorded with its article.
 */
export function prepareDocument(request: PrepareRequest, pipeline: Pipeline, deduper: Deduper): PreparedDocument {
  const { input, documentId, now } = request;
  let body = input.body;
  if (body === null) {
    if (!input.bytes) return { kind: 'failed', error: 'no content' };
    const decoded = decodeBytes(input.bytes, input.kind === 'html' ? sniffMetaCharset(input.bytes) : null);
    if (!decoded.ok) return { kind: 'failed', error: decoded.error };
    body = decoded.text;
  }
  let drafts;
  try {
    drafts = extractArticles(body, input.kind === 'html' ? 'html' : 'text', input.fields);
  } catch (error) {
    return { kind: 'failed', error: `could not extract text: ${(error as Error).message}` };
  }
  const firstIndexByHash = new Map<string, number>();
  const articles = drafts.map((draft, index): PreparedArticle => {
    const extractedMeta = { ...draft.meta, role: draft.role ?? 'story' };
    const article = createArticle({ id: articleIdFor(documentId, index), documentId, index, text: draft.text, meta: extractedMeta, removed: draft.removed });
    const contentHash = sha256Hex(normalizeForHash(article.text));
    const repeatsIndex = firstIndexByHash.get(contentHash) ?? null;
    if (repeatsIndex !== null) return { article, extractedMeta, contentHash, repeatsIndex, fingerprint: null, failures: [] };
    firstIndexByHash.set(contentHash, index);
    const fingerprint = deduper.fingerprint(article, now);
    const result = pipeline.run(article);
    const failures = result.failures.map((f) => `${f.stage}: ${f.message}`);
    return { article: result.article, extractedMeta, contentHash, repeatsIndex: null, fingerprint, failures };
  });
  return { kind: 'articles', articles };
}
