// Which sentences the relevance model lets through to event assembly (a pass-through until the model lands under relevance/).
import type { Article } from '../../article/article.ts';

/** Whether a mention in the sentence starting at `sentenceStart` may become an event. */
export type SentenceGate = (sentenceStart: number) => boolean;

/**
 * The gate for one article: the article and each of its sentences scored by the relevance model.
 * Until the model is wired in, every sentence passes.
 */
export function relevanceGate(_article: Article): SentenceGate {
  return () => true;
}
