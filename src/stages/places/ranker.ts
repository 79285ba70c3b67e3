// Scores a reading from its features: the learned weights (data/models/places-ranker.json, made by `npm run train:places`) or the hand-set ones.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES, type FeatureName } from './candidate-features.ts';

/** One weight per feature, in FEATURE_NAMES order. */
export interface Ranker {
  readonly name: string;
  readonly weights: Float64Array;
  /** Weights for a mention ranked before the article's context is known (the first pass); `weights` when absent. */
  readonly alone?: Float64Array;
}

/** The committed model, trained by `npm run train:places` (scripts/train-places.ts). */
export const DEFAULT_RANKER_PATH = fileURLToPath(new URL('../../../data/models/places-ranker.json', import.meta.url));

/** The model file: weights by feature name, and how it was made. */
export interface RankerFile {
  readonly kind: 'places-ranker';
  readonly trainedOn: readonly string[];
  readonly weights: Readonly<Record<string, number>>;
  readonly alone?: Readonly<Record<string, number>>;
  readonly [more: string]: unknown;
}

/** The hand-set weights the resolver used before the learned ranker (kept to compare, and as `--ranker hand`). */
const HAND_WEIGHTS: Partial<Record<FeatureName, number>> = {
  population: 1, 'kind country': 2.5, 'kind admin1': 1, 'kind admin2': 0.5, 'kind region': 2.5, 'kind feature': 2.5,
  'feature PPLC': 2.5, 'feature PPLA': 1, 'feature PPLA2': 0.4, 'feature PPLX': -1.5,
  'alias match': 1, 'folded match': -0.3, 'skeleton match': -1.5, 'fuzzy match': -2, 'partial match': -1,
  'alternate name': -2, 'area named without its kind word': -3,
  'the text says province: is one': 4, 'the text says province: is not': -2, 'the text says district: is one': 4, 'the text says district: is not': -2,
  'inside the area the text names': 5, 'country in context': 4, 'the article\'s main country': 2, 'province in context': 3,
  'near other places': 1, 'other names lie near it': 1.5, 'listed with areas of its kind': 3,
};

/** A ranker from weights by feature name (missing ones are 0). Throws on a name it does not know: the file is for another version. */
export function rankerFromWeights(name: string, weights: Readonly<Record<string, number>>, alone?: Readonly<Record<string, number>>): Ranker {
  const vectorOf = (named: Readonly<Record<string, number>>) => {
    const vector = new Float64Array(FEATURE_NAMES.length);
    for (const [feature, weight] of Object.entries(named)) {
      const at = FEATURE_NAMES.indexOf(feature as FeatureName);
      if (at < 0) throw new Error(`places ranker ${name}: unknown feature "${feature}"`);
      vector[at] = weight;
    }
    return vector;
  };
  return { name, weights: vectorOf(weights), ...(alone ? { alone: vectorOf(alone) } : {}) };
}

export const HAND_RANKER: Ranker = rankerFromWeights('hand', HAND_WEIGHTS as Record<string, number>);

const loaded = new Map<string, Ranker>();

/**
 * The ranker in `path` (default: the committed model), read once per process and thread. "hand"
 * gives the hand-set weights; so does a missing default file (a checkout without the model).
 */
export function loadRanker(path = DEFAULT_RANKER_PATH): Ranker {
  if (path === 'hand') return HAND_RANKER;
  let ranker = loaded.get(path);
  if (!ranker) {
    if (path === DEFAULT_RANKER_PATH && !existsSync(path)) {
      loaded.set(path, HAND_RANKER);
      return HAND_RANKER;
    }
    const file = JSON.parse(readFileSync(path, 'utf8')) as RankerFile;
    if (file.kind !== 'places-ranker') throw new Error(`${path} is not a places ranker`);
    ranker = rankerFromWeights(`learned (${file.trainedOn.join(' + ')})`, file.weights, file.alone);
    loaded.set(path, ranker);
  }
  return ranker;
}

/** The score of a feature vector; `why`, when given, receives each non-zero part as "+4.0 country in context". */
export function scoreFeatures(ranker: Ranker, features: Float64Array, why?: string[]): number {
  let score = 0;
  for (let i = 0; i < features.length; i++) {
    const part = ranker.weights[i]! * features[i]!;
    score += part;
    if (why && Math.abs(part) >= 0.05) why.push(`${part > 0 ? '+' : ''}${part.toFixed(1)} ${FEATURE_NAMES[i]}`);
  }
  return score;
}
