// `sitrep eval geoparse --data FILE.jsonl`: recognition and resolution figures for the places geoparser.
import { readFile } from 'node:fs/promises';
import { usageError } from '../../../errors/catalogue.ts';
import { geoparseText, resolveGivenMentions } from '../../../stages/places/geoparse.ts';
import { loadGazetteer } from '../../../stages/places/gazetteer.ts';
import { loadRanker, type Ranker } from '../../../stages/places/ranker.ts';
import type { Evaluation } from './evaluation.ts';
import { distanceFigures, errorKm, type GoldToponym, matchSpans, prf, type PredictedToponym } from './geoparse-metrics.ts';

interface GeoparseDoc {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

/** Read the benchmark JSON Lines (see ../shared/bench/README.md). Throws a usage error when unreadable. */
export async function readGeoparseDocs(path: string): Promise<GeoparseDoc[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw usageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GeoparseDoc);
}

/** Run the geoparser over the documents and compute every figure the eval reports. */
export function evaluateGeoparse(docs: readonly GeoparseDoc[], ranker: Ranker = loadRanker()) {
  loadGazetteer();
  const givenErrors: number[] = [];
  const endErrors: number[] = [];
  const exact = { truePositives: 0, predicted: 0, gold: 0 };
  const overlap = { truePositives: 0, predicted: 0, gold: 0 };
  const started = performance.now();
  for (const doc of docs) {
    const given = resolveGivenMentions(doc.toponyms.map((t) => ({ start: t.start, end: t.end, phrase: t.phrase })), { text: doc.text, ranker });
    for (const t of doc.toponyms) {
      const r = given.find((x) => x.mention.start === t.start && x.mention.end === t.end);
      givenErrors.push(r ? errorKm({ start: t.start, end: t.end, lat: r.entry.lat, lon: r.entry.lon }, t) : Infinity);
    }
    const predicted: PredictedToponym[] = geoparseText(doc.text, { ranker }).map((r) => ({ start: r.mention.start, end: r.mention.end, lat: r.entry.lat, lon: r.entry.lon }));
    const exactPairs = matchSpans(doc.toponyms, predicted, false);
    const overlapPairs = matchSpans(doc.toponyms, predicted, true);
    for (const [counts, pairs] of [[exact, exactPairs], [overlap, overlapPairs]] as const) {
      counts.truePositives += pairs.length;
      counts.predicted += predicted.length;
      counts.gold += doc.toponyms.length;
    }
    // End to end: every gold toponym, correct only when an overlapping prediction lies within 161 km.
    const byGold = new Map(overlapPairs.map(([p, t]) => [t, p]));
    for (const t of doc.toponyms) endErrors.push(byGold.has(t) ? errorKm(byGold.get(t)!, t) : Infinity);
  }
  const seconds = (performance.now() - started) / 1000;
  const recognition = prf(exact);
  const recognitionOverlap = prf(overlap);
  const given = distanceFigures(givenErrors);
  const end = distanceFigures(endErrors);
  const endCorrect = endErrors.filter((e) => e <= 161).length;
  const endF1 = prf({ truePositives: endCorrect, predicted: overlap.predicted, gold: overlap.gold }).f1;
  return {
    docs: docs.length,
    toponyms: givenErrors.length,
    recognition,
    recognition_overlap: recognitionOverlap,
    given_gold: given,
    end_to_end: { acc161: end.acc161, f1: endF1 },
    docs_per_s: docs.length / seconds,
  };
}

const f3 = (x: number) => x.toFixed(3);

export const geoparseEvaluation: Evaluation = {
  name: 'geoparse',
  summary: 'place recognition and resolution (acc@161 km) on a JSON Lines geoparsing set',
  usage: '(FILE.jsonl: {id, text, toponyms:[{start,end,phrase,lat,lon}]} per line; --ranker FILE or hand: the weights that rank readings)',
  async run(data, _io, options = {}) {
    const ranker = typeof options.ranker === 'string' ? loadRanker(options.ranker) : loadRanker();
    const figures = { ranker: ranker.name, ...evaluateGeoparse(await readGeoparseDocs(data), ranker) };
    const text = [
      `documents ${figures.docs}, gold toponyms ${figures.toponyms}, ranker ${figures.ranker}`,
      `recognition exact:   P ${f3(figures.recognition.precision)}  R ${f3(figures.recognition.recall)}  F1 ${f3(figures.recognition.f1)}`,
      `recognition overlap: P ${f3(figures.recognition_overlap.precision)}  R ${f3(figures.recognition_overlap.recall)}  F1 ${f3(figures.recognition_overlap.f1)}`,
      `given gold spans:    acc@161 ${f3(figures.given_gold.acc161)}  mean ${figures.given_gold.mean_km.toFixed(0)} km  median ${figures.given_gold.median_km.toFixed(1)} km`,
      `end to end:          acc@161 ${f3(figures.end_to_end.acc161)}  F1 ${f3(figures.end_to_end.f1)}`,
      `speed:               ${figures.docs_per_s.toFixed(1)} docs/s`,
      '',
    ].join('\n');
    return { json: figures, text };
  },
};
