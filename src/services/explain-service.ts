// The explain use case: one input file run through the pipeline in memory (no store), article by article.
import { createArticle, withMeta, type Article } from '../article/article.ts';
import type { Pipeline } from '../pipeline/runner.ts';
import { decodeBytes, sniffMetaCharset } from '../stages/read/decode-bytes.ts';
import { readInputs } from '../stages/read/read-inputs.ts';
import { extractArticles } from '../stages/clean/extract-articles.ts';
import { sha256Hex } from '../util/hash.ts';

export interface ExplainedArticle {
  readonly origin: string;
  readonly article: Article;
  /** "stage: message" for each stage that failed on this article. */
  readonly failures: readonly string[];
}

/**
 * Read `path` (a file, or each record of a JSON/JSONL file), extract its articles and run the
 * pipeline over each, keeping everything in memory. `published` fills the publication date of
 * articles that carry none (plain text has no metadata). Returns the analysed articles and the
 * inputs that could not be read, as "origin: reason" lines; never throws for a bad input.
 */
export async function explainFile(
  path: string, pipeline: Pipeline, options: { published?: string } = {},
): Promise<{ articles: ExplainedArticle[]; unreadable: string[] }> {
  const articles: ExplainedArticle[] = [];
  const unreadable: string[] = [];
  for await (const item of readInputs([path])) {
    if (item.error) { unreadable.push(`${item.origin}: ${item.error}`); continue; }
    let body = item.body;
    if (body === null) {
      const decoded = decodeBytes(item.bytes!, item.kind === 'html' ? sniffMetaCharset(item.bytes!) : null);
      if (!decoded.ok) { unreadable.push(`${item.origin}: ${decoded.error}`); continue; }
      body = decoded.text;
    }
    const documentId = sha256Hex(item.bytes ?? body);
    for (const [index, draft] of extractArticles(body, item.kind === 'html' ? 'html' : 'text', item.fields).entries()) {
      let article = createArticle({ id: `${documentId.slice(0, 24)}-${index}`, documentId, index, text: draft.text, meta: draft.meta, removed: draft.removed });
      if (!article.meta.published && options.published) {
        article = withMeta(article, { published: options.published, sources: { published: 'explain:--published' } });
      }
      const result = pipeline.run(article);
      articles.push({ origin: item.origin, article: result.article, failures: result.failures.map((f) => `${f.stage}: ${f.message}`) });
    }
  }
  return { articles, unreadable };
}
