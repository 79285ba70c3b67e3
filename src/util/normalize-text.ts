// Text normalisation for comparing contents: case, width, punctuation and spacing folded away.

/**
 * Fold text for exact-duplicate comparison: NFKC, lower case, quotes/dashes unified, every run of
 * non-letter/digit characters collapsed to one space, trimmed. Two texts that differ only in
 * whitespace, typography or case normalise to the same string.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
