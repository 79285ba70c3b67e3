// Clustering scores against gold labels: pairwise precision/recall and B³ precision/recall/F1.

export interface ClusterScores {
  readonly items: number;
  readonly pairs_precision: number;
  readonly pairs_recall: number;
  readonly pairs_f1: number;
  readonly bcubed_precision: number;
  readonly bcubed_recall: number;
  readonly bcubed_f1: number;
}

function groups(labels: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [item, label] of labels) {
    const set = out.get(label) ?? new Set<string>();
    set.add(item);
    out.set(label, set);
  }
  return out;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Score `predicted` cluster labels against `gold` labels over the items both know. Pairwise scores
 * count item pairs placed together; B³ averages, per item, the overlap of its predicted and gold clusters.
 */
export function clusterScores(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusterScores {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const g = groups(new Map(items.map((i) => [i, gold.get(i)!])));
  const p = groups(new Map(items.map((i) => [i, predicted.get(i)!])));
  let truePairs = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sameGold = gold.get(items[i]!) === gold.get(items[j]!);
      const samePred = predicted.get(items[i]!) === predicted.get(items[j]!);
      if (sameGold) goldPairs++;
      if (samePred) predictedPairs++;
      if (sameGold && samePred) truePairs++;
    }
  }
  let bp = 0;
  let br = 0;
  for (const item of items) {
    const pc = p.get(predicted.get(item)!)!;
    const gc = g.get(gold.get(item)!)!;
    let overlap = 0;
    for (const x of pc) if (gc.has(x)) overlap++;
    bp += overlap / pc.size;
    br += overlap / gc.size;
  }
  const n = items.length || 1;
  const pairsPrecision = predictedPairs ? truePairs / predictedPairs : 1;
  const pairsRecall = goldPairs ? truePairs / goldPairs : 1;
  return {
    items: items.length,
    pairs_precision: pairsPrecision,
    pairs_recall: pairsRecall,
    pairs_f1: f1(pairsPrecision, pairsRecall),
    bcubed_precision: bp / n,
    bcubed_recall: br / n,
    bcubed_f1: f1(bp / n, br / n),
  };
}
