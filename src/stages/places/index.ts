// The places stage: assigns the `places` layer (place mentions resolved to gazetteer entries, demonyms as context).
import { layer, withLayer } from '../../article/article.ts';
import { makeSpan } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { loadGazetteer } from './gazetteer.ts';
import { geoparseText } from './geoparse.ts';
import { placeValue } from './place-value.ts';

export const PLACES_VERSION = '1.0.0';

/** Countries named by the dateline ("ERBIL (Kurdistan24) –" → IQ), used as the article's focus. */
function datelineCountries(dateline: string | null): string[] {
  if (!dateline) return [];
  const resolved = geoparseText(dateline);
  return [...new Set(resolved.map((r) => r.entry.countryCode).filter(Boolean))];
}

/** Words that, right after a country's name, make it a modifier ("US forces", "Iraqi-led", "U.S. President"), not a location. */
const ATTRIBUTIVE_NEXT = /^(?:-led|-backed|-based|\s+(?:forces?|troops|soldiers|military|army|navy|air force|marines|special forces|officials?|president|government|administration|envoy|embassy|ambassador|diplomats?|defen[cs]e|secretary|intelligence|authorities|lawmakers|congress|congressional|state department|sanctions|coalition|commanders?|officers?|drones?|aircraft|jets?|warplanes?|strikes?|airstrikes?)\b)/i;

/** Whether the country name ending at `end` is used as a modifier of what follows. */
function attributiveUse(text: string, end: number): boolean {
  return ATTRIBUTIVE_NEXT.test(text.slice(end, end + 24));
}

/**
 * Stage factory. Requires `sentences` (mentions never cross a sentence) and reads `sources` when an
 * earlier stage assigned it (named speakers are people, not places). Assigns `places`: one span
 * per place mention, label 'place' or 'demonym' ("Iraqi": context, not an event location), value a
 * PlaceValue. The gazetteer is loaded once per process on first use.
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
      const resolutions = geoparseText(text, { focusCountries: datelineCountries(article.meta.dateline), gazetteer: g });
      // A named speaker ("Ahmad Zia") is a person: a place-like word inside the name is not a place.
      const speakers = layer(article, 'sources').filter((s) => (s.value as { anonymous?: boolean } | null)?.anonymous === false);
      const spans = resolutions
        .filter((r) => sentences.length === 0 || sentences.some((s) => s.start <= r.mention.start && r.mention.end <= s.end))
        .filter((r) => !speakers.some((s) => s.start <= r.mention.start && r.mention.end <= s.end))
        .map((r) => {
          const value = placeValue(g, r, text.slice(Math.max(0, r.mention.start - 40), r.mention.start));
          const confidence = Math.round((0.5 + 0.45 * r.margin) * 100) / 100;
          const provenance = { stage: 'places', version: PLACES_VERSION, method: `gazetteer:${r.candidate.match}`, confidence };
          const label = r.candidate.label === 'place' && value.featureCode === 'country' && attributiveUse(text, r.mention.end)
            ? 'demonym'
            : r.candidate.label;
          return makeSpan(text, r.mention.start, r.mention.end, label, value, provenance);
        });
      return withLayer(article, 'places', spans);
    },
  };
}
