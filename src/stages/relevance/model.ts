// The learned relevance model: scores each event mention (does its sentence report a specific political-
// violence, protest or strategic event?) and each article (does it report any?). Made by `npm run train`
// (scripts/train-relevance.ts) into data/models/relevance.json, read once per process and thread.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../article/article.ts';
import { setting } from '../../config/settings.ts';
import type { EventMention } from '../events/detect-mentions.ts';
import { ARTICLE_FEATURES, articleFeatures, articleLayers, HASH_BITS, mentionFeatures, type ArticleLayers } from './features.ts';
import { sigmoid } from './fit.ts';

export const DEFAULT_RELEVANCE_MODEL_PATH = fileURLToPath(new URL('../../../data/models/relevance.json', import.meta.url));
export const RELEVANCE_MODEL_KIND = 'sitrep-relevance';
export const RELEVANCE_FORMAT = 1;

/** The model file as committed (weights rounded, tiny ones dropped). */
export interface RelevanceModelFile {
  readonly kind: typeof RELEVANCE_MODEL_KIND;
  readonly format: typeof RELEVANCE_FORMAT;
  /** What it was trained on (sets, folds excluded) and how, for provenance. */
  readonly trainedOn: Record<string, unknown>;
  readonly hashBits: number;
  readonly thresholds: Thresholds;
  /** Mention model: bucket indices (ascending) and their weights. */
  readonly mention: { readonly indices: readonly number[]; readonly weights: readonly number[] };
  /** Article model: one weight per ARTICLE_FEATURES name. */
  readonly article: Readonly<Record<string, number>>;
}

/**
 * A mention passes when its article scores at least `article` and it scores at least `mention`, or, alone,
 * when it scores at least `alone` (null: never), whatever its article: one clear report in a long piece.
 */
export interface Thresholds {
  readonly mention: number;
  readonly article: number;
  readonly alone: number | null;
}

export function passes(thresholds: Thresholds, article: number, mention: number): boolean {
  return (article >= thresholds.article && mention >= thresholds.mention) || (thresholds.alone !== null && mention >= thresholds.alone);
}

export interface RelevanceModel {
  readonly name: string;
  readonly thresholds: Thresholds;
  /** Full mention weight table (2^hashBits). */
  readonly mentionWeights: Float64Array;
  readonly articleWeights: Float64Array;
}

export function modelFromFile(file: RelevanceModelFile, name: string): RelevanceModel {
  if (file.kind !== RELEVANCE_MODEL_KIND || file.format !== RELEVANCE_FORMAT) throw new Error(`${name} is not a sitrep relevance model (format ${RELEVANCE_FORMAT})`);
  if (file.hashBits !== HASH_BITS) throw new Error(`${name}: hashed with ${file.hashBits} bits, this build uses ${HASH_BITS}`);
  const mentionWeights = new Float64Array(1 << HASH_BITS);
  file.mention.indices.forEach((index, i) => {
    mentionWeights[index] = file.mention.weights[i]!;
  });
  const articleWeights = new Float64Array(ARTICLE_FEATURES.length);
  for (const [feature, weight] of Object.entries(file.article)) {
    const at = (ARTICLE_FEATURES as readonly string[]).indexOf(feature);
    if (at < 0) throw new Error(`${name}: unknown article feature "${feature}"`);
    articleWeights[at] = weight;
  }
  return { name, thresholds: { ...file.thresholds, alone: file.thresholds.alone ?? null }, mentionWeights, articleWeights };
}

/** The mention model's probability for a vector of bucket indices. */
export function scoreVector(weights: Float64Array, x: Int32Array): number {
  let z = 0;
  for (const j of x) z += weights[j]!;
  return sigmoid(z);
}

export function scoreDense(weights: Float64Array, x: Float64Array): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += weights[i]! * x[i]!;
  return sigmoid(z);
}

/** Every ACLED mention's score and the article's, for one article. */
export interface ArticleScores {
  readonly mentions: readonly number[];
  readonly article: number;
}

export function scoreArticle(model: RelevanceModel, article: Article, mentions: readonly EventMention[], layers: ArticleLayers = articleLayers(article)): ArticleScores {
  const scores = mentions.map((m) => scoreVector(model.mentionWeights, mentionFeatures(article.text, layers, m)));
  return { mentions: scores, article: scoreDense(model.articleWeights, articleFeatures(article, layers, scores, mentions.map((m) => m.label))) };
}

const loaded = new Map<string, RelevanceModel | null>();

/**
 * The model the events stage uses: `path`, else SITREP_RELEVANCE_MODEL (setting `relevance-model`), else
 * the committed data/models/relevance.json. "none" means no model (every mention the cue rules keep
 * passes), as does a checkout without the committed file. Read once per path, process and thread.
 */
export function loadRelevanceModel(path: string = setting('relevance-model') || DEFAULT_RELEVANCE_MODEL_PATH): RelevanceModel | null {
  if (path === 'none') return null;
  if (loaded.has(path)) return loaded.get(path)!;
  let model: RelevanceModel | null = null;
  if (path !== DEFAULT_RELEVANCE_MODEL_PATH || existsSync(path)) {
    model = modelFromFile(JSON.parse(readFileSync(path, 'utf8')) as RelevanceModelFile, path);
  }
  loaded.set(path, model);
  return model;
}

/**
 * Make `path` the model every later pipeline in this process (and worker threads started after) uses, as
 * `--model FILE` does for the eval commands. Throws when the file is not a relevance model.
 */
export function selectRelevanceModel(path: string): RelevanceModel | null {
  const model = loadRelevanceModel(path);
  process.env.SITREP_RELEVANCE_MODEL = path;
  return model;
}
