// Calendar dates chrono-node finds ("on Sunday", "in January", "December 2017"), resolved with a news past bias.
import * as chrono from 'chrono-node';
import {
  type Day, type DayInterval, addDays, compareDays, dayInterval, fromDate, monthInterval, toDate, yearInterval,
} from './calendar.ts';
import type { PhraseDate } from './news-phrases.ts';

/** Sentences without one of these words or digit patterns cannot hold a date chrono would find; skip them (chrono is slow). */
export const DATE_CUE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|noon|midnight|\d{1,2}[/.]\d{1,2})/i;

const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
const LOWERCASE_MONTH_ONLY = /^(?:in\s+)?(?:may|march|june|august)$/;
const DAY_WORDS = /\b(?:today|tonight|yesterday|tomorrow)\b/i;
const RELATIVE_WORDS = /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|past)\b/i;
/** chrono's stand-in reference when there is no publication date; results that depend on it are discarded. */
const PLACEHOLDER_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * chrono-node's dates in `sentence`, resolved against `pub` with a past bias: a weekday, or a
 * month without a year, that chrono would put after publication moves back a week or a year.
 * Mentions that depend on the reference date get a null interval when `pub` is null. "Sun" or
 * "Sat" alone (as in "The Sun"), lowercase "may"/"march" and "now" (news prose for "currently") are not dates.
 */
export function findChronoDates(sentence: string, pub: Day | null): PhraseDate[] {
  if (!DATE_CUE.test(sentence)) return [];
  const reference = pub ? toDate(pub) : PLACEHOLDER_REFERENCE;
  const out: PhraseDate[] = [];
  for (const result of chrono.en.parse(sentence, { instant: reference, timezone: 0 })) {
    const text = result.text.replace(/[\s,.;:]+$/, '');
    if (WEEKDAY_ABBREVIATION.test(text) || LOWERCASE_MONTH_ONLY.test(text) || /^(?:right |just )?now$/i.test(text)) continue;
    const known = (c: chrono.Component): boolean => result.start.isCertain(c);
    if (!known('day') && !known('weekday') && !known('month') && !known('year') && !DAY_WORDS.test(text)) continue;
    const relative = !known('year') || RELATIVE_WORDS.test(text);
    const precision: DayInterval['precision'] = known('day') || known('weekday') ? 'day' : known('month') ? 'month' : 'year';
    let interval: DayInterval | null = null;
    if (pub || !relative) {
      let start = intervalFor(fromDate(result.start.date()), precision);
      if (pub && !known('year') && compareDays(start.start, pub) > 0) {
        start = intervalFor(shiftBack(start.start, known('day') || known('month') ? 'year' : 'week'), precision);
      }
      const end = result.end ? intervalFor(fromDate(result.end.date()), precision).end : start.end;
      interval = { start: start.start, end: compareDays(end, start.start) >= 0 ? end : start.end, precision };
    }
    out.push({ start: result.index, end: result.index + text.length, interval, precision, relative });
  }
  return out;
}

function intervalFor(d: Day, precision: DayInterval['precision']): DayInterval {
  if (precision === 'month') return monthInterval(d.year, d.month);
  if (precision === 'year') return yearInterval(d.year);
  return dayInterval(d);
}

function shiftBack(d: Day, by: 'week' | 'year'): Day {
  return by === 'week' ? addDays(d, -7) : { ...d, year: d.year - 1 };
}
