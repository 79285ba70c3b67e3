// The per-document work that needs no store: decode, extract the articles, fingerprint them and run
// the pipeline. Pure, so it runs in a worker thread (document-worker.ts) or inline, with the same result.
import { createArticle } from '../../article/article.ts';
import { boundRecords } from '../../article/bounded-records.ts';
import type { Pipeline } from '../../pipeline/runner.ts';
import { extractArticles } from '../../stages/clean/extract-articles.ts';
import type { Deduper } from '../../stages/dedupe/index.ts';
import { decodeBytes, sniffMetaCharset } from '../../stages/read/decode-bytes.ts';
import { sha256Hex } from '../../util/hash.ts';
import { normalizeForHash } from '../../util/normalize-text.ts';
import { articleIdFor, type PreparedArticle, type PreparedDocument, type PrepareRequest } from './prepared-document.ts';

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
  // NUL characters (a UTF-16 page can decode to them) are removed here as from JSON records (read-inputs.ts),
  // so both stores hold the same text; the first article says how many were removed.
  const bodyLength = body.length;
  body = body.replaceAll('\u0000', '');
  const nulsRemoved = (input.fields.nulsRemoved ?? 0) + bodyLength - body.length;
  let drafts;
  try {
    drafts = extractArticles(body, input.kind === 'html' ? 'html' : 'text', input.fields);
  } catch (error) {
    return { kind: 'failed', error: `could not extract text: ${(error as Error).message}` };
  }
  const firstIndexByHash = new Map<string, number>();
  const stages = pipeline.describe();
  const articles = drafts.map((draft, index): PreparedArticle => {
    const extractedMeta = { ...draft.meta, role: draft.role ?? 'story' };
    const removed = index === 0 && nulsRemoved > 0 ? [...draft.removed, { text: '\u2400', reason: `${nulsRemoved} NUL character${nulsRemoved === 1 ? '' : 's'} removed` }] : draft.removed;
    const article = createArticle({ id: articleIdFor(documentId, index), documentId, index, text: draft.text, meta: extractedMeta, removed });
    const folded = normalizeForHash(article.text);
    const contentHash = sha256Hex(folded);
    const repeatsIndex = firstIndexByHash.get(contentHash) ?? null;
    if (repeatsIndex !== null) return { article, extractedMeta, contentHash, repeatsIndex, fingerprint: null, pipeline: [], failures: [] };
    firstIndexByHash.set(contentHash, index);
    const fingerprint = deduper.fingerprint(article, now, folded);
    const result = pipeline.run(article);
    // Bounded before leaving the worker: a hostile text must not make its records balloon in memory and in the store.
    const bounded = boundRecords(result.article);
    const failures = result.failures.map((f) => `${f.stage}: ${f.message}`);
    return { article: bounded, extractedMeta, contentHash, repeatsIndex: null, fingerprint, pipeline: stages, failures };
  });
  return { kind: 'articles', articles };
}
