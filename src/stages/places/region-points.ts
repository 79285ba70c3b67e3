// Representative points for admin areas, derived from the populated places inside them.
import type { EntryRow } from './gazetteer-format.ts';

export interface RegionPoint {
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

/**
 * For each region key, the midpoint of the 1st-99th percentile box of its places' coordinates (a
 * fair stand-in for the area's centroid that ignores outlying islands) and the summed population.
 */
export function regionPoints(places: readonly EntryRow[], keyOf: (row: EntryRow) => string): Map<string, RegionPoint> {
  const groups = new Map<string, { lats: number[]; lons: number[]; population: number }>();
  for (const p of places) {
    const key = keyOf(p);
    if (key.endsWith('.')) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { lats: [], lons: [], population: 0 }));
    g.lats.push(p[2]);
    g.lons.push(p[3]);
    g.population += p[9];
  }
  const points = new Map<string, RegionPoint>();
  for (const [key, g] of groups) {
    points.set(key, { lat: round(trimmedMid(g.lats)), lon: round(trimmedMid(g.lons)), population: g.population });
  }
  return points;
}

function trimmedMid(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const lo = sorted[Math.floor((sorted.length - 1) * 0.01)]!;
  const hi = sorted[Math.ceil((sorted.length - 1) * 0.99)]!;
  return (lo + hi) / 2;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
