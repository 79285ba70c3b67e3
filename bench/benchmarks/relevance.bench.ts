// The relevance gate, cross-validated: for each fold (news halves A/B; scrapinghub and BBC pages split by id),
// models trained without it are scored on it, beside the cue rules alone. Offline figures from the mentions
// the rules code into events (`sitrep eval news|relevance --model` gives the end-to-end ones); also the
// committed model's size, the training time and whether retraining reproduces the committed file.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../benchmark.ts';
import { readCorpus, type CorpusPage } from '../../src/stages/relevance/corpus.ts';
import { crossValidate, scorePages, type FoldResult } from '../../src/stages/relevance/cross-validate.ts';
import { DEFAULT_RELEVANCE_MODEL_PATH, modelFromFile } from '../../src/stages/relevance/model.ts';
import { serializeModel } from '../../src/stages/relevance/serialize.ts';
import { gateFigures, trainRelevance, type GateFigures } from '../../src/stages/relevance/train.ts';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function describe(g: GateFigures): string {
  const neg = (s: string) => (g.negatives[s] ? `${s} ${g.negatives[s]!.withEvent}/${g.negatives[s]!.pages} (${pct(g.negatives[s]!.share)})` : '');
  const sh = g.positives.scrapinghub;
  return `${neg('scrapinghub')}, ${neg('bbc')}, news no-event pages ${g.negatives.news?.withEvent ?? 0}/${g.negatives.news?.pages ?? 0}; news gold events kept ${g.news.kept}/${g.news.coverable} (${g.news.coverage.toFixed(3)})${sh ? `, scrapinghub conflict pages kept ${sh.kept}/${sh.pages}` : ''}`;
}

const benchmark: Benchmark = {
  name: 'relevance',
  async run() {
    if (!existsSync(`${SHARED}bench/relevance/bbc-news.jsonl`)) {
      process.stderr.write(`relevance: ${SHARED}bench/relevance not found (it lives in the shared workspace); skipped\n`);
      return null;
    }
    const t0 = performance.now();
    const pages: CorpusPage[] = readCorpus({ shared: SHARED });
    const readSeconds = (performance.now() - t0) / 1000;
    const rows: Array<[string, string]> = [];
    const figures: Record<string, unknown> = { corpus_read_seconds: Math.round(readSeconds) };
    const report = (name: string, results: FoldResult[]) => {
      figures[name] = results.map((r) => ({ fold: r.fold, thresholds: r.thresholds, model: r.model, rules: r.rules }));
      for (const r of results) {
        if (name === 'mention+article') rows.push([`fold ${r.fold} rules alone`, describe(r.rules)]);
        rows.push([`fold ${r.fold} ${name} (mention ≥${r.thresholds.mention}, article ≥${r.thresholds.article}${r.thresholds.alone === null ? '' : `, alone ≥${r.thresholds.alone}`})`, describe(r.model)]);
      }
    };
    report('mention+article', crossValidate(pages, { variant: 'mention+article' }));
    report('mention-only', crossValidate(pages, { variant: 'mention-only' }));
    // Never seen a BBC page: trained without the BBC set at all, scored on every BBC page (the lower-case trap).
    const noBbc = trainRelevance(pages, { excludeSets: ['bbc'] });
    const bbc = pages.filter((p) => p.set === 'bbc');
    const noBbcFigures = gateFigures(bbc, scorePages(bbc, modelFromFile(noBbc, 'without bbc')), noBbc.thresholds);
    figures.without_bbc_scored_on_bbc = { thresholds: noBbc.thresholds, ...noBbcFigures.negatives.bbc };
    rows.push(['trained without BBC, all BBC pages', `${noBbcFigures.negatives.bbc!.withEvent}/${noBbcFigures.negatives.bbc!.pages} (${pct(noBbcFigures.negatives.bbc!.share)})`]);
    // The committed model: size, training time, and whether training again gives the same bytes.
    const t1 = performance.now();
    const retrained = serializeModel(trainRelevance(pages));
    const trainSeconds = (performance.now() - t1) / 1000;
    const committed = existsSync(DEFAULT_RELEVANCE_MODEL_PATH) ? readFileSync(DEFAULT_RELEVANCE_MODEL_PATH, 'utf8') : null;
    figures.model_bytes = committed?.length ?? null;
    figures.train_seconds_after_read = Math.round(trainSeconds * 10) / 10;
    figures.retrain_reproduces_committed = committed === retrained;
    rows.push(['committed model', committed ? `${(committed.length / 1024).toFixed(0)} KB; retraining reproduces it: ${committed === retrained ? 'yes' : 'NO (run npm run train)'}` : 'missing']);
    rows.push(['time', `corpus read ${readSeconds.toFixed(0)} s (ingest path over ${pages.length} pages), training ${trainSeconds.toFixed(1)} s`]);
    return { figures, rows };
  },
};

export default benchmark;
