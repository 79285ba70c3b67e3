// Which mentions the relevance model lets through to event assembly: the one call site of the model in the events stage.
import type { Article } from '../../article/article.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import { relevantMentions } from '../relevance/gate.ts';
import type { EventMention } from './detect-mentions.ts';

/** Whether a mention may become an event. */
export type MentionGate = (m: EventMention) => boolean;

/**
 * The gate for one article, given its ACLED-typed mentions: the learned relevance model
 * (src/stages/relevance/, data/models/relevance.json) scores them and the article and passes those
 * it judges to report a specific event.
 */
export function relevanceGate(article: Article, _context: StageContext, mentions: readonly EventMention[]): MentionGate {
  return relevantMentions(article, mentions);
}
