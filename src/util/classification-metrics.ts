// Multi-class classification figures: accuracy, per-label precision/recall/F1, support-weighted F1, confusion counts.

export interface LabelFigures {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold items with this label. */
  readonly support: number;
  /** Items predicted with this label. */
  readonly predicted: number;
}

export interface ClassificationFigures {
  readonly items: number;
  readonly accuracy: number;
  readonly perLabel: readonly LabelFigures[];
}

/**
 * Figures for parallel arrays of gold and predicted labels (same length; throws RangeError otherwise).
 * Per-label rows cover every label seen in gold or predictions, sorted by support then name.
 */
export function classificationFigures(gold: readonly string[], predicted: readonly string[]): ClassificationFigures {
  if (gold.length !== predicted.length) throw new RangeError('gold and predicted differ in length');
  const labels = [...new Set([...gold, ...predicted])];
  const perLabel = labels.map((label) => {
    let tp = 0, support = 0, predictedCount = 0;
    gold.forEach((g, i) => {
      if (g === label) support++;
      if (predicted[i] === label) predictedCount++;
      if (g === label && predicted[i] === label) tp++;
    });
    const precision = predictedCount ? tp / predictedCount : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support, predicted: predictedCount };
  });
  perLabel.sort((a, b) => b.support - a.support || a.label.localeCompare(b.label));
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { items: gold.length, accuracy: gold.length ? correct / gold.length : 0, perLabel };
}

/**
 * Support-weighted mean F1 over `labels` (default: every label with gold support), as scikit-learn's
 * f1_score(average='weighted', labels=...) computes it. 0 when the labels have no support.
 */
export function weightedF1(figures: ClassificationFigures, labels?: readonly string[]): number {
  const rows = figures.perLabel.filter((r) => (labels ? labels.includes(r.label) : true) && r.support > 0);
  const support = rows.reduce((s, r) => s + r.support, 0);
  return support ? rows.reduce((s, r) => s + r.f1 * r.support, 0) / support : 0;
}

/** Confusion counts "gold → predicted" for the misclassified items, most frequent first. */
export function confusions(gold: readonly string[], predicted: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  gold.forEach((g, i) => {
    if (g !== predicted[i]) counts.set(`${g} → ${predicted[i]}`, (counts.get(`${g} → ${predicted[i]}`) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1]);
}
