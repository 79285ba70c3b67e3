// The relevance decision for one article's ACLED mentions: the article must read as reporting events, and
// each mention's sentence as reporting one; without a model every mention the cue rules keep passes.
import type { Article } from '../../article/article.ts';
import type { EventMention } from '../events/detect-mentions.ts';
import { loadRelevanceModel, passes, scoreArticle, type RelevanceModel } from './model.ts';

/** The layers the model's features read: it was trained on articles the whole default pipeline had read. */
const READ_LAYERS = ['actors', 'places', 'dates', 'quantities', 'sources'] as const;

/**
 * A mention the sentence model scores at least this high passes whatever its article scores: one clear
 * report at the end of a long page about other things (two stories in one page). Cross-validation found no
 * signal for it either way (the sets hold almost no such pages), so it is a product rule, measured held out:
 * scrapinghub fold A 0/83 non-conflict pages with an event either way; fold B 2/89 -> 3/89, conflict pages
 * kept 6/7 -> 7/7; news A and B unchanged; BBC 0 either way. Used when the model file sets no `alone`.
 */
export const ONE_CLEAR_REPORT = 0.9;

/**
 * Which mentions pass: those whose score and whose article's score reach the model's thresholds (see
 * passes() in model.ts). Flagged
 * mentions (negated, hypothetical, historical) always pass: they become events every default view hides,
 * kept for the reader who asks for them, and the model was never asked to judge them. An article that a
 * partial pipeline read (one of READ_LAYERS never assigned) is out of the model's reach: everything passes.
 */
export function relevantMentions(article: Article, mentions: readonly EventMention[], model: RelevanceModel | null = loadRelevanceModel()): (m: EventMention) => boolean {
  if (!model || mentions.length === 0 || READ_LAYERS.some((name) => article.layers[name] === undefined)) return () => true;
  const scores = scoreArticle(model, article, mentions);
  const thresholds = { ...model.thresholds, alone: model.thresholds.alone ?? ONE_CLEAR_REPORT };
  const passing = new Set(mentions.filter((_, i) => passes(thresholds, scores.article, scores.mentions[i]!)));
  return (m) => m.flags.length > 0 || passing.has(m);
}
