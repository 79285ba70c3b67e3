// Fits ranker weights: a conditional logit over each mention's readings (softmax of w·features), deterministic full-batch descent.

/** One mention's readings: a feature vector each, and which of them are right (within 161 km of the gold point). */
export interface RankingExample {
  readonly features: readonly Float64Array[];
  readonly right: readonly boolean[];
}

export interface FitOptions {
  /** L2 penalty on the standardised weights, per example (default 0.01). */
  readonly l2?: number;
  readonly iterations?: number;
  /** Weights (features' own units) the penalty pulls towards instead of zero, e.g. the hand weights. */
  readonly prior?: Float64Array;
}

export interface FitResult {
  /** Weights in the features' own units (ready for scoreFeatures). */
  readonly weights: Float64Array;
  /** Mean negative log-likelihood of the right readings, per example, at the end. */
  readonly loss: number;
  readonly examples: number;
}

/**
 * Maximise Σ log P(a right reading) with P = softmax over the mention's readings, minus an L2
 * penalty (towards `prior`, else zero), by gradient descent with momentum on standardised features, from the prior: the same
 * examples always give the same weights. Examples with no right reading, or only right ones, teach
 * nothing and are skipped. Throws when no example is left.
 */
export function fitRanker(all: readonly RankingExample[], options: FitOptions = {}): FitResult {
  const examples = all.filter((e) => e.right.some(Boolean) && e.right.some((r) => !r));
  if (!examples.length) throw new Error('fitRanker: no mention has both a right and a wrong reading');
  const width = examples[0]!.features[0]!.length;
  const scale = featureScales(examples, width);
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 600;
  // Standardised, the prior is prior × scale; descent starts from it.
  const prior = options.prior ? options.prior.map((p, j) => p * scale[j]!) : new Float64Array(width);
  const w = Float64Array.from(prior);
  const velocity = new Float64Array(width);
  let loss = Infinity;
  for (let step = 0; step < iterations; step++) {
    const gradient = new Float64Array(width);
    loss = 0;
    for (const example of examples) loss += accumulate(example, w, scale, gradient);
    loss /= examples.length;
    for (let j = 0; j < width; j++) {
      const g = gradient[j]! / examples.length + l2 * (w[j]! - prior[j]!);
      velocity[j] = 0.9 * velocity[j]! - 0.5 * g;
      w[j] = w[j]! + velocity[j]!;
    }
  }
  return { weights: w.map((x, j) => x / scale[j]!), loss, examples: examples.length };
}

/** Root mean square of each feature over every reading (1 for a feature that never fires). */
function featureScales(examples: readonly RankingExample[], width: number): Float64Array {
  const sum = new Float64Array(width);
  let n = 0;
  for (const e of examples) {
    for (const f of e.features) {
      for (let j = 0; j < width; j++) sum[j] = sum[j]! + f[j]! * f[j]!;
      n++;
    }
  }
  return sum.map((s) => (s > 0 ? Math.sqrt(s / n) : 1));
}

/** Adds the example's gradient of −log P(right) to `gradient`; returns that loss. */
function accumulate(example: RankingExample, w: Float64Array, scale: Float64Array, gradient: Float64Array): number {
  const scores = example.features.map((f) => {
    let s = 0;
    for (let j = 0; j < f.length; j++) s += (w[j]! * f[j]!) / scale[j]!;
    return s;
  });
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  const rightTotal = exp.reduce((a, b, k) => a + (example.right[k] ? b : 0), 0);
  example.features.forEach((f, k) => {
    const p = exp[k]! / total;
    const q = example.right[k] ? exp[k]! / rightTotal : 0;
    for (let j = 0; j < f.length; j++) gradient[j] = gradient[j]! + ((p - q) * f[j]!) / scale[j]!;
  });
  return -Math.log(rightTotal / total);
}
