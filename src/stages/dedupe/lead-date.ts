// The day a news lead says its event happened ("on Sunday", "late Saturday", "a day earlier"), resolved
// against the publication date. A light, lead-only reading for story clustering; the dates stage
// (which runs later, per article) does full date resolution.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const DAY_MS = 86_400_000;

const DAYS_BACK: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:today|this (?:morning|afternoon|evening))\b/i, 0],
  [/\b(?:yesterday|last night|overnight|a day earlier|the previous day|the day before)\b/i, 1],
  [/\btwo days (?:earlier|before|ago)\b/i, 2],
];

/**
 * The lead: the title and the first paragraph of the text (clean text holds one paragraph per line;
 * a first line repeating the title is skipped), at most 400 characters of it.
 */
export function leadOf(title: string | null, text: string): string {
  const paragraph = text.split('\n').map((line) => line.trim()).find((line) => line && line !== title?.trim()) ?? '';
  return `${title ?? ''}\n${paragraph.slice(0, 400)}`;
}

/**
 * The earliest day (YYYY-MM-DD) the lead mentions: weekday names resolve to the latest such day on
 * or before publication, "Month day" to that day in the publication year (the year before when it
 * would fall after publication), relative words by their offset. Null when the lead names no day
 * or `published` does not parse.
 */
export function leadEventDay(title: string | null, text: string, published: string): string | null {
  const at = Date.parse(published);
  if (Number.isNaN(at)) return null;
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  const lead = leadOf(title, text);
  const candidates: number[] = [];
  for (const match of lead.matchAll(/\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi)) {
    const weekday = WEEKDAYS.indexOf(match[1]!.toLowerCase() as (typeof WEEKDAYS)[number]);
    const back = (new Date(day).getUTCDay() - weekday + 7) % 7;
    candidates.push(day - back * DAY_MS);
  }
  for (const match of lead.matchAll(/\b(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})\b/gi)) {
    const month = MONTHS.indexOf(match[1]!.toLowerCase() as (typeof MONTHS)[number]);
    const year = new Date(day).getUTCFullYear();
    let date = Date.UTC(year, month, Number(match[2]));
    if (date > day) date = Date.UTC(year - 1, month, Number(match[2]));
    candidates.push(date);
  }
  for (const [pattern, back] of DAYS_BACK) if (pattern.test(lead)) candidates.push(day - back * DAY_MS);
  if (candidates.length === 0) return null;
  return new Date(Math.min(...candidates)).toISOString().slice(0, 10);
}
