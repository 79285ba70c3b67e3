// Calendar arithmetic on UTC days, for turning date mentions into inclusive [start, end] day intervals.

/** A UTC calendar day. */
export interface Day {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
}

export type Precision = 'day' | 'week' | 'month' | 'year' | 'decade';

export interface DayInterval {
  readonly start: Day;
  readonly end: Day;
  readonly precision: Precision;
}

/** The publication day of an ISO date or date-time string, or null when it does not parse. */
export function publicationDay(published: string | null): Day | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function toISODate(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function toDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

export function addDays(d: Day, n: number): Day {
  return fromDate(new Date(Date.UTC(d.year, d.month - 1, d.day + n, 12)));
}

/** Shift by whole months, clamping the day to the target month's length. */
export function addMonths(d: Day, n: number): Day {
  const first = new Date(Date.UTC(d.year, d.month - 1 + n, 1, 12));
  const last = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: Math.min(d.day, last) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function dayInterval(d: Day): DayInterval {
  return { start: d, end: d, precision: 'day' };
}

export function monthInterval(year: number, month: number): DayInterval {
  return { start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) }, precision: 'month' };
}

export function yearInterval(from: number, to = from): DayInterval {
  return { start: { year: from, month: 1, day: 1 }, end: { year: to, month: 12, day: 31 }, precision: 'year' };
}

/** The Monday-to-Sunday week holding `d`. */
export function weekInterval(d: Day): DayInterval {
  const weekday = (toDate(d).getUTCDay() + 6) % 7;
  const start = addDays(d, -weekday);
  return { start, end: addDays(start, 6), precision: 'week' };
}
