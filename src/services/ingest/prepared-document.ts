// What preparing a document yields (see prepare-document.ts), and what the writer needs of it; no stage is imported here.
import { createArticle, type Article, type ArticleMeta } from '../../article/article.ts';
import type { ArticleFingerprint } from '../../article/links.ts';
import type { InputItem } from '../../stages/read/input-item.ts';

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
  /** "id@version" of each stage that ran (none for a repeat), for provenance. */
  readonly pipeline: readonly string[];
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
