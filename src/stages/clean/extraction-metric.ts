// The scrapinghub article-extraction benchmark's metric: word 4-gram multisets, P/R averaged over pages.

/** The four counts of one page, normalised so they sum to 1 (long pages weigh no more than short ones). */
export interface ShingleMatch {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ExtractionScore {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Tokens as the benchmark sees them: runs of Unicode letters, digits and underscores (Python's `\w+`). */
export function benchmarkTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of word n-grams; a text shorter than n tokens counts as one shingle of all its tokens. */
export function shingleCounts(text: string, n = 4): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Compare an extracted text with the reference: normalised true/false positives and false negatives. */
export function matchShingles(reference: string, extracted: string, n = 4): ShingleMatch {
  const truth = shingleCounts(reference, n);
  const predicted = shingleCounts(extracted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of predicted) {
    const expected = truth.get(key) ?? 0;
    tp += Math.min(count, expected);
    fp += Math.max(0, count - expected);
  }
  for (const [key, count] of truth) fn += Math.max(0, count - (predicted.get(key) ?? 0));
  const total = tp + fp + fn;
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp, fp, fn };
}

/** Precision of one page: 1 when nothing was missed or added, 0 when nothing matched. */
export function pagePrecision({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Recall of one page: 1 when nothing was missed or added, 0 when nothing matched. */
export function pageRecall({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/**
 * Average the pages' precision (over pages that extracted something) and recall (over pages whose
 * reference has text); F1 is the harmonic mean of the two averages, as the benchmark defines it.
 */
export function aggregateScore(matches: readonly ShingleMatch[]): ExtractionScore {
  const precisions = matches.filter((m) => m.tp + m.fp > 0).map(pagePrecision);
  const recalls = matches.filter((m) => m.tp + m.fn > 0).map(pageRecall);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: matches.length, precision, recall, f1 };
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
