// Calendar dates chrono-node finds ("on Sunday", "in January", "December 2017"), resolved with a news past bias.
import * as chrono from 'chrono-node';
import {
  type Day, type DayInterval, addDays, compareDays, dayInterval, fromDate, monthInterval, toDate, yearInterval,
} from './calendar.ts';
import type { PhraseDate } from './news-phrases.ts';

/**
 * Words and digit patterns chrono needs to find a date (capitalised month and weekday names, as news
 * prose writes them). chrono is slow, so it runs only on a short window around each of these.
 */
export const DATE_CUE_WORDS = /(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})\b/;
export const DATE_CUE = new RegExp(`\\b(?=[JFMASONDTWYty\\d])${DATE_CUE_WORDS.source}`, 'g');
/** How far around a cue the chrono window reaches: enough for "on the morning of Wednesday, September 4, 2019". */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 32;

/** Windows [start, end) of `sentence` around each date cue, widened to word boundaries and merged. */
export function cueWindows(sentence: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const m of sentence.matchAll(DATE_CUE)) {
    let start = Math.max(0, m.index - WINDOW_BEFORE);
    let end = Math.min(sentence.length, m.index + m[0].length + WINDOW_AFTER);
    while (start > 0 && /\S/.test(sentence[start - 1]!)) start--;
    while (end < sentence.length && /\S/.test(sentence[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
const LOWERCASE_MONTH_ONLY = /^(?:in\s+)?(?:may|march|june|august)$/;
/** Words that point forward ("next Tuesday"): the past bias does not apply to them. */
const FORWARD_WORDS = /\b(?:next|coming|upcoming|tomorrow|following)\b/i;
const DAY_WORDS = /\b(?:today|tonight|yesterday|tomorrow)\b/i;
const RELATIVE_WORDS = /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|past)\b/i;
/**
 * chrono's casual English parsers cut down to the ones a cue window can need (calendar dates, month
 * and weekday names, "today"): six times faster than all of them on news text. Parsers are picked
 * by class name; if a chrono release renames them, the full casual parser is used instead.
 */
const WANTED_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENYearMonthNameParser', 'ENCasualDateParser', 'ENMonthNameParser',
]);
const casualConfiguration = chrono.en.configuration.createCasualConfiguration(false);
const wantedParsers = casualConfiguration.parsers.filter((p) => WANTED_PARSERS.has(p.constructor.name));
const parser = wantedParsers.length === WANTED_PARSERS.size
  ? new chrono.Chrono({ parsers: wantedParsers, refiners: casualConfiguration.refiners })
  : chrono.en.casual;

/** chrono's stand-in reference when there is no publication date; results that depend on it are discarded. */
const PLACEHOLDER_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * chrono-node's dates in `sentence`, resolved against `pub` with a past bias: a weekday, or a
 * month without a year, that chrono would put after publication moves back a week or a year.
 * Mentions that depend on the reference date get a null interval when `pub` is null. "Sun" or
 * "Sat" alone (as in "The Sun"), lowercase "may"/"march" and "now" (news prose for "currently") are not dates.
 */
export function findChronoDates(sentence: string, pub: Day | null): PhraseDate[] {
  const out: PhraseDate[] = [];
  for (const [from, to] of cueWindows(sentence)) {
    const window = sentence.slice(from, to);
    const plain = plainNameDate(window, from, pub);
    out.push(...(plain ?? chronoInWindow(window, from, pub)));
  }
  return out;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLAIN_NAME = new RegExp(`\\b(?:([Oo]n\\s+)?(${WEEKDAYS.join('|')})|(${MONTHS.join('|')}))\\b`, 'g');

/**
 * The common case without chrono: a window whose only date words are bare weekday or month names
 * ("on Sunday", "in January"), with no digits or "next"/"last"/"this" to combine with. A weekday
 * is the latest such day on or before publication, a month the latest such month not after it.
 * Returns null when the window needs chrono.
 */
function plainNameDate(window: string, offset: number, pub: Day | null): PhraseDate[] | null {
  if (/\d|\b(?:next|last|this|coming|following|previous|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)/.test(window)) return null;
  const out: PhraseDate[] = [];
  for (const m of window.matchAll(PLAIN_NAME)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (m[2]) {
      const back = pub ? (toDate(pub).getUTCDay() - WEEKDAYS.indexOf(m[2]) + 7) % 7 : 0;
      out.push({ start, end, precision: 'day', relative: true, interval: pub ? dayInterval(addDays(pub, -back)) : null });
    } else {
      const month = MONTHS.indexOf(m[3]!) + 1;
      const year = pub ? (month <= pub.month ? pub.year : pub.year - 1) : 0;
      out.push({ start, end, precision: 'month', relative: true, interval: pub ? monthInterval(year, month) : null });
    }
  }
  return out;
}

function chronoInWindow(window: string, offset: number, pub: Day | null): PhraseDate[] {
  const reference = pub ? toDate(pub) : PLACEHOLDER_REFERENCE;
  const out: PhraseDate[] = [];
  // "On June 11, 86 people were killed": a count after a day is no two-digit year (the comma becomes a stop, same length).
  const read = window.replace(/(\b[A-Z][a-z]+\.?\s+\d{1,2}),(?=\s+\d{1,3}\s+[a-z])/g, '$1;');
  for (const result of parser.parse(read, { instant: reference, timezone: 0 })) {
    const text = result.text.replace(/[\s,.;:]+$/, '');
    if (WEEKDAY_ABBREVIATION.test(text) || LOWERCASE_MONTH_ONLY.test(text) || /^(?:right |just )?now$/i.test(text)) continue;
    const known = (c: chrono.Component): boolean => result.start.isCertain(c);
    if (!known('day') && !known('weekday') && !known('month') && !known('year') && !DAY_WORDS.test(text)) continue;
    const relative = !known('year') || RELATIVE_WORDS.test(text);
    const precision: DayInterval['precision'] = known('day') || known('weekday') ? 'day' : known('month') ? 'month' : 'year';
    let interval: DayInterval | null = null;
    if (pub || !relative) {
      let start = intervalFor(fromDate(result.start.date()), precision);
      if (pub && !known('year') && compareDays(start.start, pub) > 0 && !FORWARD_WORDS.test(text)) {
        start = intervalFor(shiftBack(start.start, known('day') || known('month') ? 'year' : 'week'), precision);
      }
      const end = result.end ? intervalFor(fromDate(result.end.date()), precision).end : start.end;
      interval = { start: start.start, end: compareDays(end, start.start) >= 0 ? end : start.end, precision };
    }
    out.push({ start: offset + result.index, end: offset + result.index + text.length, interval, precision, relative });
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
