// The segment stage: assigns the `sentences` layer.
import { withLayer } from '../../article/article.ts';
import { makeSpan } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { sentenceOffsets } from './segment-sentences.ts';

export const SEGMENT_VERSION = '1.1.0';

/** Stage factory: one `sentence` span per sentence; lines are hard boundaries, quotations stay whole. */
export function segmentStage(): Stage {
  const provenance = Object.freeze({ stage: 'segment', version: SEGMENT_VERSION, method: 'lines+punctuation', confidence: 0.95 });
  return {
    id: 'segment',
    version: SEGMENT_VERSION,
    requires: [],
    assigns: ['sentences'],
    apply(article) {
      const spans = sentenceOffsets(article.text).map(([s, e]) =>
        makeSpan(article.text, s, e, 'sentence', null, provenance),
      );
      return withLayer(article, 'sentences', spans);
    },
  };
}
