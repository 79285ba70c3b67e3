// The relevance decision for one article's ACLED mentions: the article must read as reporting events, and
// each mention's sentence as reporting one; without a model every mention the cue rules keep passes.
import type { Article } from '../../article/article.ts';
import type { EventMention } from '../events/detect-mentions.ts';
import { loadRelevanceModel, passes, scoreArticle, type RelevanceModel } from './model.ts';

/** The layers the model's features read: it was trained on articles the whole default pipeline had read. */
const READ_LAYERS = ['actors', 'places', 'dates', 'quantities', 'sources'] as const;

/**
 * Which mentions pass: those whose score and whose article's score reach the model's thresholds (see
 * passes() in model.ts), exactly as training chose them on out-of-fold scores, so that `npm run bench
 * relevance` measures what the gate does. Flagged
 * mentions (negated, hypothetical, historical) always pass: they become events every default view hides,
 * kept for the reader who asks for them, and the model was never asked to judge them. An article that a
 * partial pipeline read (one of READ_LAYERS never assigned) is out of the model's reach: everything passes.
 */
export function relevantMentions(article: Article, mentions: readonly EventMention[], model: RelevanceModel | null = loadRelevanceModel()): (m: EventMention) => boolean {
  if (!model || mentions.length === 0 || READ_LAYERS.some((name) => article.layers[name] === undefined)) return () => true;
  const scores = scoreArticle(model, article, mentions);
  const passing = new Set(mentions.filter((_, i) => passes(model.thresholds, scores.article, scores.mentions[i]!)));
  return (m) => m.flags.length > 0 || passing.has(m);
}
