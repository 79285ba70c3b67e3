// `sitrep eval extraction --data DIR`: token F1 and speed of the HTML main-text extractor on a scrapinghub-layout folder.
import { usageError } from '../../../errors/catalogue.ts';
import { loadExtractionPages, scoreExtractor } from '../../../stages/clean/extraction-dataset.ts';
import { htmlMainText } from '../../../stages/clean/html/html-to-text.ts';
import type { Evaluation } from './evaluation.ts';

export const extractionEvaluation: Evaluation = {
  name: 'extraction',
  summary: 'main-text extraction from HTML: token 4-gram precision, recall, F1 (averaged over pages) and pages/s.',
  usage: 'DIR holds html/<id>.html.gz and ground-truth.json.',
  async run(data) {
    let pages;
    try {
      pages = await loadExtractionPages(data);
    } catch (error) {
      throw usageError(`cannot read an extraction data set at ${data}: ${(error as Error).message}`);
    }
    if (pages.length === 0) throw usageError(`no pages with ground truth in ${data}`);
    scoreExtractor(pages.slice(0, 10), htmlMainText); // warm-up, so the timed run measures steady speed
    const run = scoreExtractor(pages, htmlMainText);
    const json = {
      pages: run.pages,
      precision: round(run.precision),
      recall: round(run.recall),
      f1: round(run.f1),
      pages_per_s: Math.round(run.pagesPerSecond * 10) / 10,
    };
    const text = [
      `pages      ${json.pages}`,
      `precision  ${json.precision.toFixed(4)}`,
      `recall     ${json.recall.toFixed(4)}`,
      `F1         ${json.f1.toFixed(4)}`,
      `pages/s    ${json.pages_per_s.toFixed(1)}`,
      '',
    ].join('\n');
    return { json, text };
  },
};

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
