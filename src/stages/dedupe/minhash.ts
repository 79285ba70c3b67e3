// MinHash signatures over shingle sets, and the Jaccard and containment estimates they give.
import { mix32 } from './shingles.ts';

/**
 * The per-function seeds: a fixed splitmix32 sequence, so signatures are stable across runs and
 * machines (stored signatures stay comparable with new ones of the same dedupe version).
 */
function hashSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state ^ (state >>> 15));
  }
  return seeds;
}

const seedCache = new Map<number, Uint32Array>();

/**
 * MinHash signature of a shingle set: for each of `count` hash functions h_i(x) = mix32(x ^ seed_i),
 * the minimum over the set. An empty set gives all 0xffffffff (similar to nothing but itself).
 */
export function minhashSignature(shingles: Iterable<number>, count: number): number[] {
  let seeds = seedCache.get(count);
  if (!seeds) seedCache.set(count, (seeds = hashSeeds(count)));
  const mins = new Uint32Array(count).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < count; i++) {
      const h = mix32(shingle ^ seeds[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return Array.from(mins);
}

/** Estimated Jaccard resemblance: the share of positions where two signatures agree. Throws on unequal lengths. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`signature lengths differ: ${a.length} vs ${b.length}`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Estimated containment of the smaller set in the larger, from a Jaccard estimate and the set sizes:
 * |A∩B| = J(|A|+|B|)/(1+J), divided by min(|A|,|B|). Catches a reprint cut to its first paragraphs.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  const intersection = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
}
