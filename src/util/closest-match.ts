// Suggesting what a user probably meant: the closest of a few known names to a mistyped one.

/** Levenshtein distance between `a` and `b` (insertions, deletions and substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate `word` most likely meant, compared without case: one that starts with it or holds it
 * as a word ("explosions" → "Explosions/Remote violence"), else the nearest by edit distance when
 * that distance is small for the word's length; null when nothing is close.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | null {
  const wanted = word.trim().toLowerCase();
  if (!wanted) return null;
  const lower = candidates.map((c) => c.toLowerCase());
  const contained = lower.findIndex((c) => c.startsWith(wanted) || c.split(/[\s/_-]+/).includes(wanted));
  if (wanted.length >= 3 && contained >= 0) return candidates[contained]!;
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(wanted.length / 3));
  lower.forEach((c, i) => {
    const d = editDistance(wanted, c);
    if (d <= bestDistance && (best === null || d < bestDistance)) {
      best = candidates[i]!;
      bestDistance = d;
    }
  });
  return best;
}
