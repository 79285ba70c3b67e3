// Which mentions the relevance model lets through to event assembly: the one call site of the model in the events stage.
import type { Article } from '../../article/article.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import type { EventMention } from './detect-mentions.ts';

/** Whether a mention may become an event. */
export type MentionGate = (m: EventMention) => boolean;

/**
 * The gate for one article, given its ACLED-typed mentions: the relevance model scores them and the
 * article (src/stages/events/relevance/, owned by the relevance work) and passes those it judges to
 * report a specific event. Until the model is wired in here, every mention passes.
 */
export function relevanceGate(_article: Article, _context: StageContext, _mentions: readonly EventMention[]): MentionGate {
  return () => true;
}
