// Logistic regression, fitted deterministically: examples in a fixed order shuffled by a seeded generator,
// AdaGrad steps, L2 penalty. Same examples in, same weights out, on any machine.
import { seededRandom } from '../../util/seeded-random.ts';

/** One training example: feature indices (sparse, value 1) or a dense vector; label 1/0; weight. */
export interface SparseExample {
  readonly x: Int32Array;
  readonly y: 0 | 1;
  readonly weight: number;
}

export interface DenseExample {
  readonly x: Float64Array;
  readonly y: 0 | 1;
  readonly weight: number;
}

export interface FitOptions {
  readonly epochs: number;
  readonly l2: number;
  readonly rate: number;
  readonly seed: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function order(n: number, random: () => number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/**
 * The shared fitting loop: epochs over the examples in a seeded order, each example's error from its
 * score (`dot`), then AdaGrad steps on the features `update` touches. `penalty` is the example's share of
 * the L2 penalty (applied lazily, per touched feature).
 */
function fitLogistic<E extends { readonly y: 0 | 1; readonly weight: number }>(
  examples: readonly E[],
  size: number,
  options: FitOptions,
  dot: (w: Float64Array, e: E) => number,
  update: (e: E, error: number, penalty: number, w: Float64Array, step: (j: number, grad: number) => void) => void,
): Float64Array {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const step = (j: number, grad: number): void => {
    g2[j]! += grad * grad;
    w[j]! -= (options.rate * grad) / Math.sqrt(g2[j]!);
  };
  const random = seededRandom(options.seed);
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0) || 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of order(examples.length, random)) {
      const e = examples[i]!;
      const error = (sigmoid(dot(w, e)) - e.y) * e.weight;
      const share = e.weight / totalWeight;
      update(e, error, options.l2 * share * examples.length, w, step);
    }
  }
  return w;
}

/**
 * Weights over `size` features (index 0 is usually a constant "bias" feature, penalised like the others
 * only lightly). The L2 penalty is applied lazily per touched feature in proportion to the example's share.
 */
export function fitSparse(examples: readonly SparseExample[], size: number, options: FitOptions): Float64Array {
  return fitLogistic(examples, size, options, (w, e) => {
    let z = 0;
    for (const j of e.x) z += w[j]!;
    return z;
  }, (e, error, penalty, w, step) => {
    for (const j of e.x) step(j, error + penalty * w[j]!);
  });
}

/** Weights over a dense vector of `size` features; feature 0 (the bias) is not penalised. */
export function fitDense(examples: readonly DenseExample[], size: number, options: FitOptions): Float64Array {
  return fitLogistic(examples, size, options, (w, e) => {
    let z = 0;
    for (let j = 0; j < size; j++) z += w[j]! * e.x[j]!;
    return z;
  }, (e, error, penalty, w, step) => {
    for (let j = 0; j < size; j++) {
      if (e.x[j] === 0) continue;
      step(j, error * e.x[j]! + (j === 0 ? 0 : penalty * w[j]!));
    }
  });
}
