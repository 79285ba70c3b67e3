// Small counts written as digits or words ("six", "a few"), as date phrases use them.

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, 'a few': 3, few: 3, 'a couple of': 2,
};

/** The value of a small count; NaN when the word is unknown. Vague words take ACLED's conservative value. */
export function parseSmallNumber(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : (WORDS[w] ?? Number.NaN);
}
