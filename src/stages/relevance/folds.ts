// The two folds every data set of the relevance work is split into, for honest cross-validation.
import { sha256Hex } from '../../util/hash.ts';

export type Fold = 'A' | 'B';
export type SetName = 'news' | 'scrapinghub' | 'bbc' | 'case';

/**
 * The fold of a page: the news set's halves (A01-A30, B01-B30); for the other sets (scrapinghub, BBC,
 * CASE) the low bit of SHA-256 of "set:id", which splits them about evenly and never changes.
 */
export function pageFold(set: SetName, id: string): Fold {
  if (set === 'news') return id.startsWith('A') ? 'A' : 'B';
  return (parseInt(sha256Hex(`${set}:${id}`).slice(-1), 16) & 1) === 0 ? 'A' : 'B';
}
