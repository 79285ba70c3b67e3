// Event dates as people read them: only what is known ("Jan 2017", "2017", "3–9 Mar 2025"), with the exact interval for a tooltip.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PRECISION_NAMES: Record<number, string> = { 1: 'day', 2: 'week or approximate', 3: 'month or coarser' };

interface Day { y: number; m: number; d: number }

function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthYear = (x: Day) => `${MONTHS[x.m - 1]} ${x.y}`;
const fullDay = (x: Day) => `${x.d} ${monthYear(x)}`;

/** The shortest faithful text for the interval [start, end]. */
function intervalText(a: Day, b: Day): string {
  const wholeMonths = a.d === 1 && b.d === lastDayOfMonth(b.y, b.m);
  if (wholeMonths && a.m === 1 && b.m === 12) return a.y === b.y ? String(a.y) : `${a.y}–${b.y}`;
  if (wholeMonths) {
    if (a.y === b.y && a.m === b.m) return monthYear(a);
    return a.y === b.y ? `${MONTHS[a.m - 1]}–${monthYear(b)}` : `${monthYear(a)}–${monthYear(b)}`;
  }
  if (a.y === b.y && a.m === b.m) return a.d === b.d ? fullDay(a) : `${a.d}–${fullDay(b)}`;
  return a.y === b.y ? `${a.d} ${MONTHS[a.m - 1]}–${fullDay(b)}` : `${fullDay(a)}–${fullDay(b)}`;
}

export interface DateLabel {
  /** What is known: "16 Mar 2025", "Jan 2017", "2017", "3–9 Mar 2025", "~16 Mar 2025" (approximate), or "undated". */
  readonly text: string;
  /** The stored interval and its precision, for a tooltip: "2017-01-01 to 2017-01-31 (month or coarser)". */
  readonly title: string;
}

/**
 * The label of an event date interval (YYYY-MM-DD start and end, inclusive) at ACLED time precision
 * 1 (day), 2 (week or approximate) or 3 (month or coarser). A day-long interval of precision 2 is shown
 * as approximate ("~"). Unparseable or missing dates give "undated".
 */
export function dateLabel(start: string | null | undefined, end: string | null | undefined, precision: number | null | undefined): DateLabel {
  const a = start ? parseDay(start) : null;
  if (!a) return { text: 'undated', title: 'no date was found for this event' };
  const b = (end ? parseDay(end) : null) ?? a;
  const same = a.y === b.y && a.m === b.m && a.d === b.d;
  const text = `${precision === 2 && same ? '~' : ''}${intervalText(a, b)}`;
  const interval = same ? start!.slice(0, 10) : `${start!.slice(0, 10)} to ${end!.slice(0, 10)}`;
  const title = precision && PRECISION_NAMES[precision] ? `${interval} (${PRECISION_NAMES[precision]} precision)` : interval;
  return { text, title };
}
