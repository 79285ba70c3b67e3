// The dates stage: assigns the `dates` layer, every date mention as an interval with a precision, resolved against the publication date.
import { layer, withLayer } from '../../article/article.ts';
import type { DateValue } from '../../article/layer-values.ts';
import { makeSpan, type Span } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { type Day, publicationDay, toISODate } from './calendar.ts';
import { DATE_CUE_WORDS, findChronoDates } from './chrono-dates.ts';
import { RELATIVE_WORDS, findBareYears, findRelativePhrases, type PhraseDate } from './news-phrases.ts';

export const DATES_VERSION = '1.0.0';

/** Any word a date mention needs (month, weekday, day word, relative word, year): one scan of the article finds the sentences worth reading. */
// The first-letter lookahead lets the scan skip most words without trying the alternatives.
const ANY_DATE_CUE = new RegExp(`\\b(?=[JFMASONDTWYtyLlPpa\\d])(?:${DATE_CUE_WORDS.source}|${RELATIVE_WORDS}|(?:19|20)\\d\\d)`, 'g');

/**
 * Date mentions in one sentence: relative news phrases first ("last month"), then chrono-node's finds
 * that do not overlap them, then bare years left over. Offsets are relative to the sentence;
 * `published` is an ISO date (or the parsed day).
 */
export function findDates(sentence: string, published: string | Day | null): PhraseDate[] {
  const pub = typeof published === 'string' ? publicationDay(published) : published;
  const phrases = findRelativePhrases(sentence, pub);
  const chrono = findChronoDates(sentence, pub).filter((c) => !phrases.some((p) => c.start < p.end && p.start < c.end));
  const years = findBareYears(sentence, [...phrases, ...chrono]);
  return [...phrases, ...chrono, ...years].sort((a, b) => a.start - b.start);
}

/** The DateValue of a found mention: ISO days, or null start/end when it could not be resolved. */
export function dateValue(found: PhraseDate): DateValue {
  return {
    start: found.interval ? toISODate(found.interval.start) : null,
    end: found.interval ? toISODate(found.interval.end) : null,
    precision: found.interval?.precision ?? found.precision,
    relative: found.relative,
  };
}

/** Stage factory: one `date` span per mention; relative mentions without a publication date stay unresolved. */
export function datesStage(): Stage {
  const provenance = { stage: 'dates', version: DATES_VERSION, method: 'news-phrases+chrono-node', confidence: 0.8 };
  return {
    id: 'dates',
    version: DATES_VERSION,
    requires: ['sentences'],
    assigns: ['dates'],
    apply(article) {
      const spans: Span[] = [];
      const pub = publicationDay(article.meta.published);
      const cues = [...article.text.matchAll(ANY_DATE_CUE)].map((m) => m.index);
      let nextCue = 0;
      for (const sentence of layer(article, 'sentences')) {
        while (nextCue < cues.length && cues[nextCue]! < sentence.start) nextCue++;
        if (nextCue >= cues.length || cues[nextCue]! >= sentence.end) continue;
        const slice = article.text.slice(sentence.start, sentence.end);
        for (const found of findDates(slice, pub)) {
          const start = sentence.start + found.start;
          const confidence = found.interval ? provenance.confidence : 0.3;
          spans.push(makeSpan(article.text, start, sentence.start + found.end, 'date', dateValue(found), { ...provenance, confidence }));
        }
      }
      return withLayer(article, 'dates', spans);
    },
  };
}
