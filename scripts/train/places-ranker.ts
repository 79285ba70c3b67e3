// Training the places ranker from the geoparsing benchmarks: examples (each gold mention's readings, right when within 161 km), fitting, scoring.
import { resolveGivenMentions } from '../../src/stages/places/geoparse.ts';
import { fitRanker, type FitOptions, type FitResult, type RankingExample } from '../../src/stages/places/ranker-fit.ts';
import { HAND_RANKER, type Ranker } from '../../src/stages/places/ranker.ts';
import { FEATURE_NAMES } from '../../src/stages/places/candidate-features.ts';
import { loadGazetteer } from '../../src/stages/places/gazetteer.ts';
import { distanceKm } from '../../src/util/geo-distance.ts';
import type { readGeoparseDocs } from '../../src/cli/commands/eval/eval-geoparse.ts';

export type GeoparseDoc = Awaited<ReturnType<typeof readGeoparseDocs>>[number];

const RIGHT_KM = 161;

/** Each gold mention's readings as the resolver sees them alone (first round) and in context (last round), with `ranker` making the context. */
export function rankingExamples(docs: readonly GeoparseDoc[], ranker: Ranker): { alone: RankingExample[]; inContext: RankingExample[] } {
  const g = loadGazetteer();
  const alone: RankingExample[] = [];
  const inContext: RankingExample[] = [];
  for (const doc of docs) {
    const mentions = doc.toponyms.map((t) => ({ start: t.start, end: t.end, phrase: t.phrase }));
    resolveGivenMentions(mentions, {
      text: doc.text,
      ranker,
      observe(i, candidates, features, withContext) {
        const gold = doc.toponyms[i]!;
        const right = candidates.map((c) => {
          const e = g.entry(c.entry);
          return distanceKm(e.lat, e.lon, gold.lat, gold.lon) <= RIGHT_KM;
        });
        (withContext ? inContext : alone).push({ features, right });
      },
    });
  }
  return { alone, inContext };
}

/**
 * Two rounds: weights fitted with the hand ranker making each mention's context, then refitted with
 * the first weights making it (the context the learned ranker will see). Deterministic.
 */
export function trainRanker(docs: readonly GeoparseDoc[], name: string, fitOptions: FitOptions = {}): { ranker: Ranker; loss: number; examples: number } {
  let ranker = HAND_RANKER;
  let fit: FitResult | null = null;
  for (let round = 0; round < 2; round++) {
    const examples = rankingExamples(docs, ranker);
    fit = fitRanker(examples.inContext, fitOptions);
    ranker = { name, weights: fit.weights, alone: fitRanker(examples.alone, fitOptions).weights };
  }
  return { ranker, loss: fit!.loss, examples: fit!.examples };
}

/** Share of gold toponyms resolved within 161 km given the gold spans. */
export function accuracyGivenSpans(docs: readonly GeoparseDoc[], ranker: Ranker): number {
  let right = 0;
  let total = 0;
  for (const doc of docs) {
    const resolved = resolveGivenMentions(doc.toponyms.map((t) => ({ start: t.start, end: t.end, phrase: t.phrase })), { text: doc.text, ranker });
    for (const t of doc.toponyms) {
      total++;
      const r = resolved.find((x) => x.mention.start === t.start && x.mention.end === t.end);
      if (r && distanceKm(r.entry.lat, r.entry.lon, t.lat, t.lon) <= RIGHT_KM) right++;
    }
  }
  return total ? right / total : 0;
}

/** Weights by feature name, rounded (the committed file stays readable and diffs stay small). */
export function namedWeights(weights: Float64Array): Record<string, number> {
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, Math.round(weights[i]! * 1e4) / 1e4]));
}
