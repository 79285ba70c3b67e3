// The sources stage: assigns the `sources` layer, one attribution span per speaker mention, linked to what it covers.
import { layer, withLayer } from '../../article/article.ts';
import type { AttributionValue } from '../../article/layer-values.ts';
import { makeSpan, type Span } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { findAttributions } from './find-attributions.ts';

export const SOURCES_VERSION = '1.2.0';

const CONFIDENCE = { 'speaker-cue': 0.8, 'cue-speaker': 0.85, 'according-to': 0.85, 'quote-continuation': 0.6, headline: 0.6 } as const;

/** Stage factory: `attribution` spans valued as AttributionValue; the span covers the speaker as written. */
export function sourcesStage(): Stage {
  return {
    id: 'sources',
    version: SOURCES_VERSION,
    requires: ['sentences', 'actors'],
    assigns: ['sources'],
    apply(article) {
      const text = article.text;
      const sentences = layer(article, 'sentences').map((s) => [s.start, s.end] as const);
      const actors = layer(article, 'actors').map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
      const spans: Span[] = [];
      for (const a of findAttributions(text, sentences, actors)) {
        const value: AttributionValue = {
          speaker: a.speaker.name, role: a.speaker.role, organisation: a.speaker.organisation,
          anonymous: a.speaker.anonymous, cue: a.cue, coversStart: a.coversStart, coversEnd: a.coversEnd,
        };
        const provenance = { stage: 'sources', version: SOURCES_VERSION, method: a.method, confidence: CONFIDENCE[a.method] };
        spans.push(makeSpan(text, a.speaker.start, a.speaker.end, 'attribution', value, provenance));
      }
      return withLayer(article, 'sources', spans);
    },
  };
}
