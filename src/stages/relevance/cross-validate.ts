// Cross-validation of the relevance gate: for each fold, a model trained without it is scored on it (the
// news set's halves; scrapinghub and BBC split by page id), next to the cue rules alone (no model).
import type { CorpusPage, Fold } from './corpus.ts';
import { modelFromFile, scoreArticle, type RelevanceModel, type RelevanceModelFile, type Thresholds } from './model.ts';
import { gateFigures, trainRelevance, type GateFigures, type OutOfFold, type TrainOptions } from './train.ts';

/** Every mention's and article's score by `model` (articles without ACLED mentions score 1: they are never gated). */
export function scorePages(pages: readonly CorpusPage[], model: RelevanceModel): OutOfFold {
  const mention: number[][][] = [];
  const article: number[][] = [];
  for (const p of pages) {
    const m: number[][] = [];
    const a: number[] = [];
    for (const art of p.articles) {
      if (!art.mentions.length) {
        m.push([]);
        a.push(1);
        continue;
      }
      const s = scoreArticle(model, art.article, art.mentions.map((x) => x.mention), art.layers);
      m.push([...s.mentions]);
      a.push(s.article);
    }
    mention.push(m);
    article.push(a);
  }
  return { mention, article };
}

export interface FoldResult {
  readonly fold: Fold;
  readonly thresholds: Thresholds;
  readonly rules: GateFigures;
  readonly model: GateFigures;
  readonly seconds: number;
}

/** Train without each fold in turn and score that fold; `heldOut` pages are those of the fold (CASE never). */
export function crossValidate(pages: readonly CorpusPage[], options: Omit<TrainOptions, 'excludeFold'> = {}): FoldResult[] {
  return (['A', 'B'] as const).map((fold) => {
    const started = performance.now();
    const file: RelevanceModelFile = trainRelevance(pages, { ...options, excludeFold: fold });
    const model = modelFromFile(file, `without ${fold}`);
    const heldOut = pages.filter((p) => p.set !== 'case' && p.fold === fold);
    return {
      fold,
      thresholds: model.thresholds,
      rules: gateFigures(heldOut, null, model.thresholds),
      model: gateFigures(heldOut, scorePages(heldOut, model), model.thresholds),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  });
}
