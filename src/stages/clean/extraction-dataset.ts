// Reads an extraction benchmark folder (scrapinghub layout) and scores an extractor over it.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { aggregateScore, matchShingles, type ExtractionScore, type ShingleMatch } from './extraction-metric.ts';

export interface ExtractionPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly reference: string;
}

export interface ExtractionRun extends ExtractionScore {
  readonly seconds: number;
  readonly pagesPerSecond: number;
  /** Per page, in input order: id and the page's normalised counts. */
  readonly perPage: ReadonlyArray<{ readonly id: string; readonly match: ShingleMatch }>;
}

/**
 * Load every page that has both `html/<id>.html(.gz)` and a `ground-truth.json` entry, sorted by id.
 * Throws (ENOENT or a JSON error) when the folder is not in that layout.
 */
export async function loadExtractionPages(dir: string): Promise<ExtractionPage[]> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const files = (await readdir(join(dir, 'html'))).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
  const pages: ExtractionPage[] = [];
  for (const file of files) {
    const id = file.replace(/\.html?(\.gz)?$/, '');
    const entry = truth[id];
    if (!entry) continue;
    const bytes = await readFile(join(dir, 'html', file));
    const html = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    pages.push({ id, url: entry.url ?? '', html, reference: entry.articleBody ?? '' });
  }
  return pages;
}

/** Run `extract` over every page (timed, extraction only) and score it against the references. */
export function scoreExtractor(pages: readonly ExtractionPage[], extract: (html: string, url: string) => string): ExtractionRun {
  const outputs: string[] = [];
  const started = performance.now();
  for (const page of pages) outputs.push(extract(page.html, page.url));
  return scoreOutputs(pages, outputs, (performance.now() - started) / 1000);
}

/** Score texts already extracted from `pages` (same order) that took `seconds` in all. */
export function scoreOutputs(pages: readonly ExtractionPage[], outputs: readonly string[], seconds: number): ExtractionRun {
  const perPage = pages.map((page, i) => ({ id: page.id, match: matchShingles(page.reference, outputs[i] ?? '') }));
  const score = aggregateScore(perPage.map((p) => p.match));
  return { ...score, seconds, pagesPerSecond: pages.length / seconds, perPage };
}
