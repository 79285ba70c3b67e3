// The quantities stage: assigns the `quantities` layer, every count and measurement with its bounds and what it counts.
import { layer, withLayer } from '../../article/article.ts';
import type { QuantityValue } from '../../article/layer-values.ts';
import { makeSpan, type Span } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { findQuantities } from './find-quantities.ts';

export const QUANTITIES_VERSION = '1.0.0';

/** Stage factory: one `count` or `measure` span per quantity, valued as QuantityValue (plus the hedge word). */
export function quantitiesStage(): Stage {
  const provenance = { stage: 'quantities', version: QUANTITIES_VERSION, method: 'number-grammar', confidence: 0.85 };
  return {
    id: 'quantities',
    version: QUANTITIES_VERSION,
    requires: ['sentences'],
    assigns: ['quantities'],
    apply(article) {
      const spans: Span[] = [];
      for (const sentence of layer(article, 'sentences')) {
        for (const q of findQuantities(article.text.slice(sentence.start, sentence.end))) {
          const value: QuantityValue = {
            low: q.low, high: q.high, best: q.best, noun: q.noun, approximate: q.approximate, hedge: q.hedge,
          };
          const confidence = q.noun || q.label === 'measure' ? provenance.confidence : 0.6;
          spans.push(makeSpan(article.text, sentence.start + q.start, sentence.start + q.end, q.label, value, { ...provenance, confidence }));
        }
      }
      return withLayer(article, 'quantities', spans);
    },
  };
}
