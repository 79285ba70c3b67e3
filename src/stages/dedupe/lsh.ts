// LSH banding: split a MinHash signature into bands whose hashes index near-duplicate candidates.
import { hashString } from './shingles.ts';

/**
 * Band keys of a signature: `bands` groups of `rows` consecutive values, each hashed to
 * "<band>:<8 hex digits>". Two signatures share a key with probability 1-(1-J^rows)^bands for
 * Jaccard J, so with 32 bands of 4 rows pairs above J≈0.42 are likely candidates and pairs below
 * 0.2 rarely are. Throws RangeError when bands×rows exceeds the signature length.
 */
export function lshBandKeys(signature: readonly number[], bands: number, rows: number): string[] {
  if (bands * rows > signature.length) {
    throw new RangeError(`${bands} bands of ${rows} rows need ${bands * rows} values, signature has ${signature.length}`);
  }
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    const values = signature.slice(band * rows, (band + 1) * rows).join(',');
    keys.push(`${band}:${hashString(values).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** The probability that a pair with Jaccard `jaccard` shares at least one band key. */
export function candidateProbability(jaccard: number, bands: number, rows: number): number {
  return 1 - (1 - jaccard ** rows) ** bands;
}
