// Word shingles: the overlapping word n-grams whose sets MinHash compares, hashed to 32-bit integers.
import { normalizeForHash } from '../../util/normalize-text.ts';

/** Words of a text as compared for near-duplicates: case, punctuation and typography folded away. */
export function shingleWords(text: string): string[] {
  const folded = normalizeForHash(text);
  return folded ? folded.split(' ') : [];
}

/**
 * The set of hashed word `size`-grams of `text`. A text shorter than `size` words yields one
 * shingle of all its words (so that short texts still compare), an empty text none.
 */
export function shingleSet(text: string, size: number): Set<number> {
  return shingleSetOfFolded(normalizeForHash(text), size);
}

/** shingleSet of a text already folded by normalizeForHash (the exact-duplicate hash folds it too). */
export function shingleSetOfFolded(folded: string, size: number): Set<number> {
  const words = folded ? folded.split(' ') : [];
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  const last = Math.max(0, words.length - size);
  for (let i = 0; i <= last; i++) shingles.add(hashWords(words, i, Math.min(words.length, i + size)));
  return shingles;
}

/** FNV-1a over UTF-16 code units, finished with a 32-bit avalanche mix; an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** hashString(words.slice(start, end).join(' ')) without building the joined string. */
function hashWords(words: readonly string[], start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let w = start; w < end; w++) {
    if (w > start) h = Math.imul(h ^ 32, 0x01000193);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return mix32(h);
}

/** MurmurHash3's finaliser: spreads every input bit over the output. Unsigned 32-bit result. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
