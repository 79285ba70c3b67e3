// Scores for a clustering against gold labels: pairwise precision/recall and B-cubed.

export interface ClusterScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Pairwise scores: over every pair of items, a pair is predicted positive when both items share a
 * predicted cluster and gold positive when they share a gold cluster. `gold[i]` and `predicted[i]`
 * label item i; null in `gold` or `predicted` makes the item a singleton. Precision (recall) is 1
 * when nothing is predicted (gold) positive. Throws RangeError on arrays of unequal length.
 */
export function pairwiseScores(gold: readonly (string | null)[], predicted: readonly (string | null)[]): ClusterScores & { truePairs: number; predictedPairs: number; goldPairs: number } {
  if (gold.length !== predicted.length) throw new RangeError('gold and predicted label different numbers of items');
  let truePairs = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const sameGold = gold[i] !== null && gold[i] === gold[j];
      const samePredicted = predicted[i] !== null && predicted[i] === predicted[j];
      if (sameGold) goldPairs++;
      if (samePredicted) predictedPairs++;
      if (sameGold && samePredicted) truePairs++;
    }
  }
  const precision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  return { precision, recall, f1: harmonic(precision, recall), truePairs, predictedPairs, goldPairs };
}

/**
 * B-cubed scores (Bagga and Baldwin): for each item, the share of its predicted cluster that is in
 * its gold cluster (precision) and the share of its gold cluster that is in its predicted cluster
 * (recall), averaged over items. Every label is a cluster here (no singletons by null).
 */
export function bcubedScores(gold: readonly string[], predicted: readonly string[]): ClusterScores {
  if (gold.length !== predicted.length) throw new RangeError('gold and predicted label different numbers of items');
  if (gold.length === 0) return { precision: 1, recall: 1, f1: 1 };
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < gold.length; i++) {
    let samePredicted = 0;
    let sameGold = 0;
    let both = 0;
    for (let j = 0; j < gold.length; j++) {
      const g = gold[i] === gold[j];
      const p = predicted[i] === predicted[j];
      if (g) sameGold++;
      if (p) samePredicted++;
      if (g && p) both++;
    }
    precision += both / samePredicted;
    recall += both / sameGold;
  }
  precision /= gold.length;
  recall /= gold.length;
  return { precision, recall, f1: harmonic(precision, recall) };
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
