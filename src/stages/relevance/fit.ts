// Logistic regression, fitted deterministically: examples in a fixed order shuffled by a seeded generator,
// AdaGrad steps, L2 penalty. Same examples in, same weights out, on any machine.

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

/** mulberry32: a small seeded generator for the example order. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
 * Weights over `size` features (index 0 is usually a constant "bias" feature, penalised like the others
 * only lightly). The L2 penalty is applied lazily per touched feature in proportion to the example's share.
 */
export function fitSparse(examples: readonly SparseExample[], size: number, options: FitOptions): Float64Array {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const random = generator(options.seed);
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0) || 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of order(examples.length, random)) {
      const e = examples[i]!;
      let z = 0;
      for (const j of e.x) z += w[j]!;
      const error = (sigmoid(z) - e.y) * e.weight;
      const share = e.weight / totalWeight;
      for (const j of e.x) {
        const grad = error + options.l2 * share * examples.length * w[j]!;
        g2[j]! += grad * grad;
        w[j]! -= (options.rate * grad) / Math.sqrt(g2[j]!);
      }
    }
  }
  return w;
}

export function fitDense(examples: readonly DenseExample[], size: number, options: FitOptions): Float64Array {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const random = generator(options.seed);
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0) || 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of order(examples.length, random)) {
      const e = examples[i]!;
      let z = 0;
      for (let j = 0; j < size; j++) z += w[j]! * e.x[j]!;
      const error = (sigmoid(z) - e.y) * e.weight;
      const share = e.weight / totalWeight;
      for (let j = 0; j < size; j++) {
        if (e.x[j] === 0) continue;
        const grad = error * e.x[j]! + (j === 0 ? 0 : options.l2 * share * examples.length * w[j]!);
        g2[j]! += grad * grad;
        w[j]! -= (options.rate * grad) / Math.sqrt(g2[j]!);
      }
    }
  }
  return w;
}
