// Geoparsing figures: recognition P/R/F1 (exact and overlapping spans), acc@161 km and error distances.
import { distanceKm } from '../../../util/geo-distance.ts';

export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly lat: number;
  readonly lon: number;
}

export interface PredictedToponym {
  readonly start: number;
  readonly end: number;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface SpanCounts {
  truePositives: number;
  predicted: number;
  gold: number;
}

/** Count predicted spans that match a gold span (exactly, or by overlap when `overlap`), each gold used once. */
export function matchSpans(gold: readonly GoldToponym[], predicted: readonly PredictedToponym[], overlap: boolean): Array<[PredictedToponym, GoldToponym]> {
  const used = new Set<number>();
  const pairs: Array<[PredictedToponym, GoldToponym]> = [];
  for (const p of predicted) {
    const index = gold.findIndex((t, i) => !used.has(i) && (overlap ? p.start < t.end && t.start < p.end : p.start === t.start && p.end === t.end));
    if (index < 0) continue;
    used.add(index);
    pairs.push([p, gold[index]!]);
  }
  return pairs;
}

/** Precision, recall and F1 from counts (0 when a denominator is 0). */
export function prf(c: SpanCounts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.truePositives / c.predicted : 0;
  const recall = c.gold ? c.truePositives / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Error in km of a prediction against its gold point; Infinity when nothing was resolved. */
export function errorKm(p: PredictedToponym, t: GoldToponym): number {
  return p.lat === null || p.lon === null ? Infinity : distanceKm(p.lat, p.lon, t.lat, t.lon);
}

/** Accuracy within 161 km, mean (unresolved counted as 20,000 km, half the circumference) and median errors. */
export function distanceFigures(errors: readonly number[]): { acc161: number; mean_km: number; median_km: number } {
  if (!errors.length) return { acc161: 0, mean_km: 0, median_km: 0 };
  const capped = errors.map((e) => Math.min(e, 20_000)).sort((a, b) => a - b);
  const mid = capped.length / 2;
  const median = capped.length % 2 ? capped[Math.floor(mid)]! : (capped[mid - 1]! + capped[mid]!) / 2;
  return {
    acc161: errors.filter((e) => e <= 161).length / errors.length,
    mean_km: capped.reduce((a, b) => a + b, 0) / capped.length,
    median_km: median,
  };
}
