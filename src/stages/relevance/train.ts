// Training the relevance model from the corpus (corpus.ts): a mention model over hashed window features, an
// article model over the article's figures (fed the mention model's out-of-fold scores), and both thresholds
// chosen on out-of-fold scores of the training pages only. Deterministic: same pages, same bytes.
import { sha256Hex } from '../../util/hash.ts';
import type { CorpusPage, Fold, SetName } from './corpus.ts';
import { ARTICLE_FEATURES, articleFeatures, HASH_BITS, mentionFeatures } from './features.ts';
import { fitDense, fitSparse, type DenseExample, type SparseExample } from './fit.ts';
import { passes, RELEVANCE_FORMAT, RELEVANCE_MODEL_KIND, scoreDense, scoreVector, type RelevanceModelFile, type Thresholds } from './model.ts';

export type Variant = 'mention+article' | 'mention-only';

export interface TrainOptions {
  /** Leave out this fold of the news, scrapinghub and BBC pages (CASE snippets are never scored, so always kept). */
  readonly excludeFold?: Fold;
  /** Leave out whole sets (e.g. bbc, to score the model on a set it never saw). */
  readonly excludeSets?: readonly SetName[];
  readonly variant?: Variant;
  /** Largest share of non-conflict pages (per set) with an event the thresholds may allow on out-of-fold scores. */
  readonly maxNegativeShare?: number;
  readonly log?: (line: string) => void;
}

const INNER_FOLDS = 4;
const MENTION_FIT = { epochs: 12, l2: 2e-5, rate: 0.1, seed: 17 } as const;
const ARTICLE_FIT = { epochs: 40, l2: 1e-3, rate: 0.05, seed: 17 } as const;
/** Mention thresholds searched for the mention-only variant (the comparison that shows what the article model adds). */
export const MENTION_ONLY_GRID = [0, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7] as const;
/**
 * Mention thresholds searched with the article model: only 0. A mention's window cannot see the sentence before it ("They shot him
 * and his two brothers…" after the sentence naming the village and the militants): a mention threshold
 * dropped that seed killing, and on both folds it bought nothing the article threshold did not (same
 * non-conflict pages, same gold events kept). The mention scores feed the article model.
 */
export const MENTION_GRID = [0] as const;
export const ARTICLE_GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8] as const;
/**
 * Scores at which a mention passes alone, whatever its article (null: never): one clear report at the end of
 * a long page about other things (two stories in one page). Searched highest first, so that when keeping it
 * costs nothing out of fold the highest such threshold is chosen (the sets hold almost no such pages to
 * learn it from); null only when every threshold lets more non-conflict pages through.
 */
export const ALONE_GRID = [0.99, 0.98, 0.95, 0.9, null] as const;

function innerFold(page: CorpusPage): number {
  return parseInt(sha256Hex(`inner:${page.set}:${page.id}`).slice(0, 8), 16) % INNER_FOLDS;
}

/** The pages a model trained with these options learns from. */
export function trainingPages(pages: readonly CorpusPage[], options: TrainOptions): CorpusPage[] {
  return pages.filter((p) => !(options.excludeSets ?? []).includes(p.set) && (p.set === 'case' || p.fold !== options.excludeFold));
}

interface MentionRow {
  readonly page: number;
  readonly article: number;
  readonly mention: number;
  readonly x: Int32Array;
  readonly y: 0 | 1 | null;
}

/** Positives and negatives weigh the same in total, whatever their numbers. */
function balanced<E extends { y: 0 | 1 }>(rows: ReadonlyArray<Omit<E, 'weight'>>): E[] {
  const pos = rows.filter((r) => r.y === 1).length || 1;
  const neg = rows.filter((r) => r.y === 0).length || 1;
  return rows.map((r) => ({ ...r, weight: r.y === 1 ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg) }) as unknown as E);
}

function mentionRows(pages: readonly CorpusPage[]): MentionRow[] {
  const rows: MentionRow[] = [];
  pages.forEach((p, pi) => p.articles.forEach((a, ai) => a.mentions.forEach((m, mi) => {
    rows.push({ page: pi, article: ai, mention: mi, x: mentionFeatures(a.article.text, a.layers, m.mention), y: m.label });
  })));
  return rows;
}

function fitMentions(rows: readonly MentionRow[]): Float64Array {
  const labelled = rows.filter((r): r is MentionRow & { y: 0 | 1 } => r.y !== null).map((r) => ({ x: r.x, y: r.y }));
  return fitSparse(balanced<SparseExample>(labelled), 1 << HASH_BITS, MENTION_FIT);
}

/** Article label: 1 reports events, 0 does not, null not trained on (CASE snippets; news articles without gold evidence on event pages). */
function articleLabel(page: CorpusPage, ai: number): 0 | 1 | null {
  if (page.set === 'case') return null;
  if (!page.conflict) return 0;
  if (page.set === 'news') return page.articles[ai]!.mentions.some((m) => m.label === 1 || m.inEvent) ? 1 : null;
  return 1;
}

/** Out-of-fold scores of every mention and article of `pages` (models fitted on the other inner folds). */
export interface OutOfFold {
  readonly mention: number[][][];
  readonly article: number[][];
}

function denseRows(pages: readonly CorpusPage[], mentionScores: number[][][]) {
  const rows: Array<{ page: number; article: number; x: Float64Array; y: 0 | 1 | null }> = [];
  pages.forEach((p, pi) => p.articles.forEach((a, ai) => {
    if (!a.mentions.length) return;
    rows.push({ page: pi, article: ai, x: articleFeatures(a.article, a.layers, mentionScores[pi]![ai]!, a.mentions.map((m) => m.mention.label)), y: articleLabel(p, ai) });
  }));
  return rows;
}

function fitArticles(rows: ReadonlyArray<{ x: Float64Array; y: 0 | 1 | null }>): Float64Array {
  const labelled = rows.filter((r): r is { x: Float64Array; y: 0 | 1 } => r.y !== null).map((r) => ({ x: r.x, y: r.y }));
  return fitDense(balanced<DenseExample>(labelled), ARTICLE_FEATURES.length, ARTICLE_FIT);
}

/** The share of a set's non-conflict pages, the news set's gold events kept, and more, at given thresholds. */
export interface GateFigures {
  /** Per set: non-conflict pages with an event, and events (event mentions passing) per 100 such pages. */
  readonly negatives: Record<string, { pages: number; withEvent: number; share: number; eventsPer100: number }>;
  /** Per set: pages that report events (hand label) on which the rules code one, and those that keep one. */
  readonly positives: Record<string, { pages: number; kept: number }>;
  /** News: gold events with an event mention that passes, over those the rules found (coverable) and over all. */
  readonly news: { gold: number; coverable: number; kept: number; coverage: number; recallBound: number; eventMentions: number; eventMentionsKept: number; keptPrecision: number; conflictPages: number; conflictPagesKept: number };
}

/**
 * What the gate does to the pages, from scores alone: a page "has an event" when one of the mentions the
 * rules coded into an event (inEvent) passes. This is the offline stand-in for the full eval commands.
 */
export function gateFigures(pages: readonly CorpusPage[], scores: OutOfFold | null, thresholds: Thresholds): GateFigures {
  const negatives: GateFigures['negatives'] = {};
  const positives: GateFigures['positives'] = {};
  let gold = 0, coverable = 0, kept = 0, eventMentions = 0, eventMentionsKept = 0, keptTrue = 0, conflictPages = 0, conflictPagesKept = 0;
  pages.forEach((p, pi) => {
    const passing = (ai: number, mi: number) => !scores || passes(thresholds, scores.article[pi]![ai]!, scores.mention[pi]![ai]![mi]!);
    let events = 0;
    const goldSeen = new Set<number>();
    const goldKept = new Set<number>();
    p.articles.forEach((a, ai) => a.mentions.forEach((m, mi) => {
      if (!m.inEvent) return;
      const pass = passing(ai, mi);
      if (pass) events++;
      for (const g of m.gold) {
        goldSeen.add(g);
        if (pass) goldKept.add(g);
      }
      if (p.set === 'news') {
        eventMentions++;
        if (pass) {
          eventMentionsKept++;
          if (m.gold.length) keptTrue++;
        }
      }
    }));
    if (!p.conflict && p.set !== 'case') {
      const n = (negatives[p.set] ??= { pages: 0, withEvent: 0, share: 0, eventsPer100: 0 });
      n.pages++;
      if (events > 0) n.withEvent++;
      n.eventsPer100 += events;
    }
    if (p.conflict && p.set !== 'case' && p.articles.some((a) => a.mentions.some((m) => m.inEvent))) {
      const n = (positives[p.set] ??= { pages: 0, kept: 0 });
      n.pages++;
      if (events > 0) n.kept++;
    }
    if (p.set === 'news') {
      if (p.conflict && p.articles.some((a) => a.mentions.some((m) => m.inEvent))) {
        conflictPages++;
        if (events > 0) conflictPagesKept++;
      }
      gold += p.goldEvents;
      coverable += goldSeen.size;
      kept += goldKept.size;
    }
  });
  for (const n of Object.values(negatives)) {
    n.share = n.pages ? Math.round((1000 * n.withEvent) / n.pages) / 1000 : 0;
    n.eventsPer100 = n.pages ? Math.round((1000 * n.eventsPer100) / n.pages) / 10 : 0;
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    negatives,
    positives,
    news: { gold, coverable, kept, coverage: r3(coverable ? kept / coverable : 0), recallBound: r3(gold ? kept / gold : 0), eventMentions, eventMentionsKept, keptPrecision: r3(eventMentionsKept ? keptTrue / eventMentionsKept : 0), conflictPages, conflictPagesKept },
  };
}

/**
 * Thresholds from out-of-fold scores: the most kept of what should be kept (news gold events the rules find,
 * and pages of other sets that report events on which the rules code one), while no set's non-conflict
 * pages get an event more often than maxNegativeShare; ties go to fewer events on news pages without any,
 * then to fewer non-conflict pages with an event, then to the middle of what remains (the highest alone
 * threshold when that is as good, ALONE_GRID's order; the median article threshold, and the lowest mention
 * threshold with it).
 */
export function chooseThresholds(pages: readonly CorpusPage[], oof: OutOfFold, variant: Variant, maxNegativeShare: number): Thresholds & { figures: GateFigures } {
  let best: Array<Thresholds & { figures: GateFigures; key: number[] }> = [];
  for (const alone of variant === 'mention-only' ? [null] : ALONE_GRID) {
    for (const article of variant === 'mention-only' ? [0] : ARTICLE_GRID) {
      for (const mention of variant === 'mention-only' ? MENTION_ONLY_GRID : MENTION_GRID) {
        const figures = gateFigures(pages, oof, { mention, article, alone });
        const sets = Object.entries(figures.negatives).filter(([s]) => s !== 'news');
        const worst = Math.max(0, ...sets.map(([, n]) => n.share));
        const feasible = worst <= maxNegativeShare ? 1 : 0;
        const newsNegative = figures.negatives.news?.withEvent ?? 0;
        const others = Object.entries(figures.positives).filter(([s]) => s !== 'news');
        const wanted = figures.news.coverable + others.reduce((n, [, p]) => n + p.pages, 0);
        const kept = figures.news.kept + others.reduce((n, [, p]) => n + p.kept, 0);
        const key = [feasible, feasible ? kept / (wanted || 1) : -worst, -newsNegative, -worst];
        if (!best.length || lexicallyGreater(key, best[0]!.key)) best = [{ mention, article, alone, figures, key }];
        else if (!lexicallyGreater(best[0]!.key, key)) best.push({ mention, article, alone, figures, key });
      }
    }
  }
  // Equally good thresholds form a plateau; its middle is the choice least moved by noise in a few dozen
  // pages (its lowest end let through as many non-conflict pages as the held-out fold allowed).
  const alone = best[0]!.alone;
  const plateau = best.filter((b) => b.alone === alone);
  const articles = [...new Set(plateau.map((b) => b.article))].sort((a, b) => a - b);
  const article = articles[Math.floor((articles.length - 1) / 2)]!;
  // At that article threshold, the lowest mention threshold: within an article that reads as reporting
  // events, a low-scoring mention is more often one more report of a real event than an invented one.
  return plateau.filter((b) => b.article === article).sort((a, b) => a.mention - b.mention)[0]!;
}

function lexicallyGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

function outOfFold(pages: readonly CorpusPage[], rows: readonly MentionRow[], variant: Variant, log: (line: string) => void): OutOfFold {
  const mention = pages.map((p) => p.articles.map((a) => a.mentions.map(() => 0)));
  const folds = pages.map(innerFold);
  for (let k = 0; k < INNER_FOLDS; k++) {
    const w = fitMentions(rows.filter((r) => folds[r.page] !== k));
    for (const r of rows) if (folds[r.page] === k) mention[r.page]![r.article]![r.mention] = scoreVector(w, r.x);
    log(`  inner fold ${k + 1}/${INNER_FOLDS}: mention model fitted`);
  }
  const article = pages.map((p) => p.articles.map(() => 1));
  if (variant === 'mention+article') {
    const dense = denseRows(pages, mention);
    for (let k = 0; k < INNER_FOLDS; k++) {
      const w = fitArticles(dense.filter((r) => folds[r.page] !== k));
      for (const r of dense) if (folds[r.page] === k) article[r.page]![r.article] = scoreDense(w, r.x);
    }
  }
  return { mention, article };
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Train on `pages` (the whole corpus; options choose what is left out) and return the model file. */
export function trainRelevance(allPages: readonly CorpusPage[], options: TrainOptions = {}): RelevanceModelFile {
  const log = options.log ?? (() => {});
  const variant = options.variant ?? 'mention+article';
  const pages = trainingPages(allPages, options);
  const rows = mentionRows(pages);
  const labelled = rows.filter((r) => r.y !== null);
  log(`training on ${pages.length} pages: ${labelled.length} labelled mentions (${labelled.filter((r) => r.y === 1).length} positive)`);
  const oof = outOfFold(pages, rows, variant, log);
  const chosen = chooseThresholds(pages, oof, variant, options.maxNegativeShare ?? 0.015);
  log(`thresholds: mention ${chosen.mention}, article ${chosen.article}, alone ${chosen.alone} (out-of-fold: ${JSON.stringify(chosen.figures)})`);
  const mentionWeights = fitMentions(rows);
  const indices: number[] = [];
  const weights: number[] = [];
  mentionWeights.forEach((w, i) => {
    const r = round(w, 3);
    if (Math.abs(r) >= 0.002) {
      indices.push(i);
      weights.push(r);
    }
  });
  const article: Record<string, number> = {};
  if (variant === 'mention+article') {
    const w = fitArticles(denseRows(pages, oof.mention));
    ARTICLE_FEATURES.forEach((name, i) => {
      article[name] = round(w[i]!, 4);
    });
  }
  return {
    kind: RELEVANCE_MODEL_KIND,
    format: RELEVANCE_FORMAT,
    trainedOn: {
      variant,
      excludeFold: options.excludeFold ?? null,
      excludeSets: options.excludeSets ?? [],
      pages: Object.fromEntries((['news', 'case', 'scrapinghub', 'bbc'] as const).map((s) => [s, pages.filter((p) => p.set === s).length])),
      labelledMentions: labelled.length,
      positiveMentions: labelled.filter((r) => r.y === 1).length,
      outOfFold: chosen.figures,
    },
    hashBits: HASH_BITS,
    thresholds: { mention: chosen.mention, article: chosen.article, alone: chosen.alone },
    mention: { indices, weights },
    article,
  };
}
