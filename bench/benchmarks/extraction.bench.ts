// Extraction benchmark: sitrep's main-text extractor against @mozilla/readability + linkedom, same pages, same run.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Benchmark } from '../benchmark.ts';
import { loadExtractionPages, scoreOutputs, type ExtractionPage, type ExtractionRun } from '../../src/stages/clean/extraction-dataset.ts';
import { htmlMainText } from '../../src/stages/clean/html/html-to-text.ts';

const DATA = fileURLToPath(new URL('../../../shared/bench/extraction/scrapinghub/', import.meta.url));

/** Readability's text, as the published Readability.js figure measures it. */
function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/**
 * Time both extractors page by page, alternating, so a busy machine slows both alike and the
 * speed ratio stays fair; a first pass over a few pages warms both up.
 */
function measureBoth(pages: readonly ExtractionPage[]): { sitrep: ExtractionRun; readability: ExtractionRun } {
  for (const page of pages.slice(0, 10)) [htmlMainText(page.html), readabilityText(page.html)];
  const outputs = { sitrep: [] as string[], readability: [] as string[] };
  let sitrepMs = 0;
  let readabilityMs = 0;
  for (const page of pages) {
    const t0 = performance.now();
    outputs.sitrep.push(htmlMainText(page.html));
    const t1 = performance.now();
    outputs.readability.push(readabilityText(page.html));
    const t2 = performance.now();
    sitrepMs += t1 - t0;
    readabilityMs += t2 - t1;
  }
  return {
    sitrep: scoreOutputs(pages, outputs.sitrep, sitrepMs / 1000),
    readability: scoreOutputs(pages, outputs.readability, readabilityMs / 1000),
  };
}

const benchmark: Benchmark = {
  name: 'extraction',
  async run() {
    if (!existsSync(DATA)) {
      process.stderr.write(`extraction: skipped, no data at ${DATA}\n`);
      return null;
    }
    const pages = await loadExtractionPages(DATA);
    const { sitrep, readability } = measureBoth(pages);
    const ratio = sitrep.pagesPerSecond / readability.pagesPerSecond;
    const figures = (run: ExtractionRun) => ({
      precision: round(run.precision), recall: round(run.recall), f1: round(run.f1), pages_per_s: round(run.pagesPerSecond, 1),
    });
    return {
      figures: { pages: pages.length, sitrep: figures(sitrep), readability_linkedom: figures(readability), speed_ratio: round(ratio, 2) },
      rows: [
        ['pages', String(pages.length)],
        ['sitrep P / R / F1', `${sitrep.precision.toFixed(4)} / ${sitrep.recall.toFixed(4)} / ${sitrep.f1.toFixed(4)}`],
        ['sitrep pages/s', sitrep.pagesPerSecond.toFixed(1)],
        ['readability+linkedom P / R / F1', `${readability.precision.toFixed(4)} / ${readability.recall.toFixed(4)} / ${readability.f1.toFixed(4)}`],
        ['readability+linkedom pages/s', readability.pagesPerSecond.toFixed(1)],
        ['speed ratio (sitrep / readability)', `${ratio.toFixed(2)}x`],
      ],
    };
  },
};

function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export default benchmark;
