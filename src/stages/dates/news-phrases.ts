// Relative date phrases news reports use that chrono-node resolves loosely ("last month", "earlier this year", "six years ago", bare years).
import {
  type Day, type DayInterval, addDays, addMonths, monthInterval, weekInterval, yearInterval,
} from './calendar.ts';
import { parseSmallNumber } from './small-numbers.ts';

/** A date phrase found in a sentence: offsets relative to the sentence and its interval (null when unresolvable). */
export interface PhraseDate {
  readonly start: number;
  readonly end: number;
  readonly interval: DayInterval | null;
  readonly precision: DayInterval['precision'];
  readonly relative: boolean;
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';
const UNIT = '(day|week|month|year|decade)s?';
const COUNT = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|a couple of)';

/** Words every relative phrase holds (lower or title case), as a regex source; tested first because it is cheap. */
export const RELATIVE_WORDS = '\\b(?:[Tt]his|[Ll]ast|[Pp]ast|[Pp]revious|ago)\\b';
const RELATIVE_CUE = new RegExp(RELATIVE_WORDS);
const THIS_PERIOD = new RegExp(`\\b(?:(earlier|later|early|late)\\s+)?this\\s+${UNIT}\\b`, 'gi');
const LAST_PERIOD = new RegExp(`\\blast\\s+${UNIT}\\b`, 'gi');
const PAST_PERIOD = new RegExp(`\\b(?:the\\s+)?(?:past|last|previous)\\s+${COUNT}\\s+${UNIT}\\b`, 'gi');
const AGO = new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+ago\\b`, 'gi');
const YEARS = /(?<![\d,.$£€])\b(?:(early|mid|late)[- ])?((?:19|20)\d\d)(s)?(?:\s*(?:and|to|-|–)\s*((?:19|20)\d\d))?\b(?![,.]?\d)(?!-\w)(?!\s+(?:people|persons|troops|soldiers|fighters|militants|civilians|men|women|children|km|kilomet\w*|miles?|met(?:er|re)s?)\b)/gi;

function periodAround(pub: Day, unit: Unit, shift: number): DayInterval {
  switch (unit) {
    case 'day': return { start: addDays(pub, shift), end: addDays(pub, shift), precision: 'day' };
    case 'week': return weekInterval(addDays(pub, 7 * shift));
    case 'month': { const m = addMonths(pub, shift); return monthInterval(m.year, m.month); }
    case 'year': return yearInterval(pub.year + shift);
    case 'decade': { const d = Math.floor(pub.year / 10) * 10 + 10 * shift; return { ...yearInterval(d, d + 9), precision: 'decade' }; }
  }
}

function clipToPublication(interval: DayInterval, pub: Day, qualifier: string | undefined): DayInterval {
  const q = qualifier?.toLowerCase();
  return q === 'earlier' || q === 'early' ? { ...interval, end: pub } : interval;
}

/**
 * Relative period phrases in `sentence` ("last month", "earlier this year", "six years ago",
 * "the past six months"), resolved against `pub` (publication day); null intervals when `pub` is null.
 */
export function findRelativePhrases(sentence: string, pub: Day | null): PhraseDate[] {
  const out: PhraseDate[] = [];
  if (!RELATIVE_CUE.test(sentence)) return out;
  const push = (m: RegExpMatchArray, make: (p: Day) => DayInterval, precision: DayInterval['precision']): void => {
    out.push({ start: m.index!, end: m.index! + m[0].length, interval: pub ? make(pub) : null, precision, relative: true });
  };
  for (const m of sentence.matchAll(THIS_PERIOD)) {
    const unit = m[2]!.toLowerCase() as Unit;
    push(m, (p) => clipToPublication(periodAround(p, unit, 0), p, m[1]), unit);
  }
  for (const m of sentence.matchAll(LAST_PERIOD)) {
    const unit = m[1]!.toLowerCase() as Unit;
    push(m, (p) => periodAround(p, unit, -1), unit);
  }
  for (const m of sentence.matchAll(PAST_PERIOD)) {
    const unit = m[2]!.toLowerCase() as Unit;
    const n = parseSmallNumber(m[1]!);
    // "the last two days" are the report day and the day before; longer units count back whole periods.
    push(m, (p) => ({ start: unit === 'day' ? periodAround(p, unit, 1 - n).start : periodAround(p, unit, -n).start, end: p, precision: unit }), unit);
  }
  for (const m of sentence.matchAll(AGO)) {
    const unit = m[2]!.toLowerCase() as Unit;
    const n = parseSmallNumber(m[1]!);
    push(m, (p) => periodAround(p, unit, -n), unit);
  }
  return out;
}

/**
 * Bare years and year ranges ("2012", "in 2014 and 2015", "the 1990s") in `sentence`, skipping any
 * that overlap `taken` (mentions already found, such as chrono's "December 2017").
 */
export function findBareYears(sentence: string, taken: readonly PhraseDate[]): PhraseDate[] {
  const out: PhraseDate[] = [];
  if (!/(?:19|20)\d\d/.test(sentence)) return out;
  for (const m of sentence.matchAll(YEARS)) {
    if (taken.some((o) => m.index! < o.end && o.start < m.index! + m[0].length)) continue;
    const from = Number(m[2]);
    const decade = Boolean(m[3]);
    const to = m[4] ? Number(m[4]) : decade ? from + 9 : from;
    if (to < from) continue;
    out.push({
      start: m.index!, end: m.index! + m[0].length, precision: decade ? 'decade' : 'year', relative: false,
      interval: { ...yearInterval(from, to), precision: decade ? 'decade' : 'year' },
    });
  }
  return out;
}
