// Runs the language layer (segment, actors, dates, quantities, sources) on a seed's tidied text, with no cleaner involved.
import { readFileSync } from 'node:fs';
import { createArticle, layer, type Article } from '../../src/article/article.ts';
import type { LayerName } from '../../src/article/span.ts';
import { defaultContext } from '../../src/pipeline/stage.ts';
import { tidyText } from '../../src/stages/clean/clean-text.ts';
import { segmentStage } from '../../src/stages/segment/index.ts';
import { actorsStage } from '../../src/stages/actors/index.ts';
import { datesStage } from '../../src/stages/dates/index.ts';
import { quantitiesStage } from '../../src/stages/quantities/index.ts';
import { sourcesStage } from '../../src/stages/sources/index.ts';

/** One span flattened for comparison: its text, label, value fields, and for attributions the covered text. */
export type FlatSpan = Record<string, unknown> & { readonly text: string; readonly spanStart: number; readonly spanEnd: number };

/** The seed file's text, tidied, run through the language stages with `published` as the publication date. */
export function analyseSeed(path: string | URL, published: string): Article {
  const text = tidyText(readFileSync(path, 'utf8'));
  let article = createArticle({ id: 'golden', documentId: 'golden', text, meta: { published } });
  for (const stage of [segmentStage(), actorsStage(), datesStage(), quantitiesStage(), sourcesStage()]) {
    article = stage.apply(article, defaultContext);
  }
  return article;
}

/** The spans of a layer flattened to { text, spanStart, spanEnd, label, ...value } (attributions also get `covers`). */
export function flatSpans(article: Article, name: LayerName): FlatSpan[] {
  return layer(article, name).map((s) => {
    const value = (s.value ?? {}) as Record<string, unknown>;
    const flat: Record<string, unknown> = { text: article.text.slice(s.start, s.end), spanStart: s.start, spanEnd: s.end, label: s.label, ...value };
    if (typeof value.coversStart === 'number') flat.covers = article.text.slice(value.coversStart, value.coversEnd as number);
    return flat as FlatSpan;
  });
}
