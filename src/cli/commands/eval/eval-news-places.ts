// `sitrep eval news-places --data DIR`: place resolution on the news set, independent of event matching.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { usageError } from '../../../errors/catalogue.ts';
import { createArticle, layer } from '../../../article/article.ts';
import type { PlaceValue } from '../../../article/layer-values.ts';
import { extractArticles } from '../../../stages/clean/extract-articles.ts';
import { defaultRegistry } from '../../../stages/default-pipeline.ts';
import { Pipeline } from '../../../pipeline/runner.ts';
import type { Evaluation } from './evaluation.ts';
import { articleCountries, goldPlaceOutcome, type GoldPlace, type PlaceOutcome } from './news-places-scoring.ts';

interface NewsGold {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly events: readonly GoldPlace[];
}

async function readNewsGold(dir: string): Promise<NewsGold[]> {
  try {
    const raw = await readFile(join(dir, 'gold.jsonl'), 'utf8');
    return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as NewsGold);
  } catch (error) {
    throw usageError(`cannot read ${dir}/gold.jsonl: ${(error as Error).message}`);
  }
}

/** The pipeline up to places: what the places stage sees in ingest. */
function placesPipeline(): Pipeline {
  return new Pipeline(defaultRegistry().build(['segment', 'actors', 'dates', 'quantities', 'sources', 'places']));
}

/**
 * For every gold event with a location: does a `places` span naming that location (loose match)
 * resolve to the gold country and admin1? And per text: is each gold country among the countries
 * the article's places put first? Event matching plays no part.
 */
export async function evaluateNewsPlaces(dir: string) {
  const golds = await readNewsGold(dir);
  const pipeline = placesPipeline();
  const outcomes: Array<PlaceOutcome & { id: string; location: string }> = [];
  let countryTexts = 0;
  let countryTop = 0;
  const started = performance.now();
  for (const gold of golds) {
    if (!gold.events.length) continue;
    const body = await readFile(join(dir, 'texts', `${gold.id}.txt`), 'utf8');
    // A page can hold several stories: the spans of all of them, as ingest would store them.
    const spans = extractArticles(body, 'text', { url: gold.url, outlet: gold.outlet, published: gold.published }).flatMap((draft, index) => {
      const article = pipeline.run(createArticle({ id: `${gold.id}-${index}`, documentId: gold.id, index, text: draft.text, meta: draft.meta, removed: draft.removed })).article;
      return layer(article, 'places').map((s) => ({ text: article.text.slice(s.start, s.end), label: s.label, value: s.value as unknown as PlaceValue }));
    });
    const top = articleCountries(spans)[0];
    for (const country of new Set(gold.events.map((e) => e.country))) {
      countryTexts++;
      if (top !== undefined && top === country.toLowerCase()) countryTop++;
    }
    for (const event of gold.events) outcomes.push({ id: gold.id, location: event.location, ...goldPlaceOutcome(event, spans) });
  }
  const seconds = (performance.now() - started) / 1000;
  const found = outcomes.filter((o) => o.found);
  const share = (n: number, d: number) => (d ? n / d : 0);
  return {
    texts: golds.length,
    gold_events: outcomes.length,
    location_found: share(found.length, outcomes.length),
    country_acc: share(found.filter((o) => o.country).length, found.length),
    admin1_acc: share(found.filter((o) => o.admin1).length, found.length),
    article_country_acc: share(countryTop, countryTexts),
    texts_per_s: golds.length / seconds,
    misses: outcomes.filter((o) => !o.found || !o.country || !o.admin1).map((o) => `${o.id} ${o.location}: ${o.detail}`),
  };
}

const f3 = (x: number) => x.toFixed(3);

export const newsPlacesEvaluation: Evaluation = {
  name: 'news-places',
  summary: 'place resolution on the news set without event matching: gold locations found, their country and admin1, the article\'s main country',
  usage: '--data DIR (../shared/bench/news: gold.jsonl and texts/)',
  async run(data) {
    const figures = await evaluateNewsPlaces(data);
    const text = [
      `texts ${figures.texts}, gold events with a place ${figures.gold_events}`,
      `gold location named by a places span: ${f3(figures.location_found)}`,
      `of those, country right ${f3(figures.country_acc)}, admin1 right ${f3(figures.admin1_acc)}`,
      `article's main country is a gold country: ${f3(figures.article_country_acc)}`,
      `speed ${figures.texts_per_s.toFixed(1)} texts/s`,
      ...figures.misses.map((m) => `  miss ${m}`),
      '',
    ].join('\n');
    return { json: figures, text };
  },
};
