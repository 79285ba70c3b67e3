// Publication dates as ISO 8601: machine dates from HTML kept exact, human dates ("Wednesday, September 4, 2019") parsed.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * Normalise a date string to ISO 8601: `YYYY-MM-DD`, or a full date-time when the input has a time
 * and zone. Returns null when no plausible date (years 1900-2100) is found.
 */
export function normalizePublicationDate(value: string): string | null {
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [, y, m, d, time, zone] = iso;
    if (!validDate(Number(y), Number(m), Number(d))) return null;
    if (time && zone) {
      const parsed = Date.parse(`${y}-${m}-${d}T${time}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
      if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
    }
    return `${y}-${m}-${d}`;
  }
  const human = humanDate(value);
  if (human) return human;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  return validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ? date.toISOString() : null;
}

/** A written date ("September 4, 2019", "4 September 2019") anywhere in the text, as YYYY-MM-DD. */
export function humanDate(text: string): string | null {
  let match = MONTH_FIRST.exec(text);
  let month: string | undefined;
  let day: string | undefined;
  let year: string | undefined;
  if (match) [, month, day, year] = match;
  else if ((match = DAY_FIRST.exec(text))) [, day, month, year] = match;
  if (!month || !day || !year) return null;
  const m = MONTHS[month.toLowerCase().replace('.', '').slice(0, month.toLowerCase().startsWith('sept') ? 4 : 3)];
  if (!m || !validDate(Number(year), m, Number(day))) return null;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A `YYYY/MM/DD` or `YYYY-MM-DD` date in a URL path, as an ISO date. */
export function dateFromUrl(url: string): string | null {
  const m = /[/_-](20\d{2}|19\d{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
