// The places stage: assigns the `places` layer (place mentions resolved to gazetteer entries; demonyms and datelines as context).
import { layer, withLayer } from '../../article/article.ts';
import { makeSpan } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { loadGazetteer } from './gazetteer.ts';
import { geoparseText } from './geoparse.ts';
import { placeValue } from './place-value.ts';
import { mentionLabel, outletRanges } from './mention-roles.ts';
import type { Resolution } from './resolve.ts';

export const PLACES_VERSION = '1.2.0';

/** Countries named by the dateline ("ERBIL (Kurdistan24) –" → IQ), used as the article's focus. */
function datelineCountries(dateline: string | null): string[] {
  if (!dateline) return [];
  const resolved = geoparseText(dateline);
  return [...new Set(resolved.map((r) => r.entry.countryCode).filter(Boolean))];
}

/** The article's resolutions as the stage sees them (exported for `sitrep explain`, which asks for the readings considered). */
export function resolveArticlePlaces(text: string, dateline: string | null, explain = false): Resolution[] {
  return geoparseText(text, { focusCountries: datelineCountries(dateline), gazetteer: loadGazetteer(), explain });
}

/**
 * Stage factory. Requires `sentences` (mentions never cross a sentence) and reads `sources` when an
 * earlier stage assigned it (named speakers are people, not places). Assigns `places`: one span
 * per place mention, labelled 'place' (an event location candidate), 'demonym' (country context:
 * "Iraqi", "US forces", "backed by the United States") or 'dateline' (where the report was filed);
 * value a PlaceValue. Names of the outlet ("Kurdistan 24") are not places. The gazetteer is loaded
 * once per process on first use.
 */
export function placesStage(): Stage {
  return {
    id: 'places',
    version: PLACES_VERSION,
    requires: ['sentences'],
    assigns: ['places'],
    apply(article) {
      const g = loadGazetteer();
      const text = article.text;
      const sentences = layer(article, 'sentences');
      const resolutions = resolveArticlePlaces(text, article.meta.dateline ?? null);
      // A named speaker ("Ahmad Zia") is a person: a place-like word inside the name is not a place.
      const speakers = layer(article, 'sources').filter((s) => (s.value as { anonymous?: boolean } | null)?.anonymous === false);
      const outlets = outletRanges(text, article.meta.outlet);
      const inSentence = containment(sentences);
      const inSpeaker = containment(speakers);
      const spans = [];
      for (const r of resolutions) {
        if (sentences.length > 0 && !inSentence(r.mention.start, r.mention.end)) continue;
        if (inSpeaker(r.mention.start, r.mention.end)) continue;
        const label = mentionLabel(text, r, outlets);
        if (!label) continue;
        const value = placeValue(g, r, text.slice(Math.max(0, r.mention.start - 40), r.mention.start));
        const confidence = Math.round((0.5 + 0.45 * r.margin) * 100) / 100;
        const provenance = { stage: 'places', version: PLACES_VERSION, method: `gazetteer:${r.candidate.match}`, confidence };
        spans.push(makeSpan(text, r.mention.start, r.mention.end, label, value, provenance));
      }
      return withLayer(article, 'places', spans);
    },
  };
}

/**
 * Whether some span of `spans` holds [start, end): spans sorted by start with the furthest end reached
 * so far, answered by binary search (a long article has thousands of sentences and mentions).
 */
function containment(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= end;
  };
}
