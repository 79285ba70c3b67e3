// ACLED-compatible CSV rows: ACLED's 31 columns in ACLED's order, then sitrep's own evidence and range columns.
import { stringify } from 'csv-stringify/sync';
import type { StoredEvent } from '../storage/store.ts';
import { isoNumericCode } from './country-codes.ts';
import { acledCountry } from '../stages/actors/acled-countries.ts';

/** ACLED's export columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** sitrep's columns after ACLED's: what makes each row traceable and its uncertainty visible. */
export const SITREP_COLUMNS = [
  'evidence', 'source_urls', 'confidence', 'flags', 'fatalities_low', 'fatalities_high', 'article_id',
] as const;

export const ACLED_CSV_HEADER = [...ACLED_COLUMNS, ...SITREP_COLUMNS] as const;

const DISORDER_TYPES: Record<string, string> = {
  'Battles': 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  'Riots': 'Political violence',
  'Protests': 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

type Cell = string | number;

/**
 * The cells of one event, in ACLED_CSV_HEADER order. Unknown values are empty; fatalities default to 0
 * as in ACLED. inter1/inter2/interaction/civilian_targeting/source_scale come from the event's ACLED
 * coding (events stage); region from the country when an older record lacks it.
 */
export function acledRow(e: StoredEvent): Cell[] {
  const timestamp = e.updatedAt ? Math.floor(Date.parse(e.updatedAt) / 1000) : '';
  // ACLED's event_date: the day, or the 15th when only the month is known (records before events 0.3 lack eventDate).
  const eventDate = e.eventDate ?? e.dateStart;
  const acled: Record<(typeof ACLED_COLUMNS)[number], Cell | null> = {
    event_id_cnty: e.id,
    event_date: eventDate,
    year: eventDate ? Number(eventDate.slice(0, 4)) : null,
    time_precision: e.timePrecision,
    disorder_type: e.eventType ? DISORDER_TYPES[e.eventType] ?? null : null,
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: e.actor1?.name ?? null,
    assoc_actor_1: null,
    inter1: e.inter1 ?? null,
    actor2: e.actor2?.name ?? null,
    assoc_actor_2: null,
    inter2: e.inter2 ?? null,
    interaction: e.interaction ?? null,
    civilian_targeting: (e.civilianTargeting ?? e.eventType === 'Violence against civilians') ? 'Civilian targeting' : null,
    iso: isoNumericCode(e.country),
    region: e.region ?? acledCountry(e.country)?.region ?? null,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: null,
    location: e.location,
    latitude: e.latitude,
    longitude: e.longitude,
    geo_precision: e.geoPrecision,
    source: e.outlet,
    source_scale: e.sourceScale ?? null,
    notes: e.evidence[0]?.text.replace(/\s+/g, ' ').trim() ?? null,
    fatalities: e.fatalities.best ?? 0,
    tags: null,
    timestamp,
  };
  const own: Record<(typeof SITREP_COLUMNS)[number], Cell | null> = {
    evidence: e.evidence.map((x) => `[${x.start}-${x.end}] ${x.text.replace(/\s+/g, ' ').trim()}`).join(' | '),
    source_urls: e.sourceUrl,
    confidence: e.confidence,
    flags: e.flags.join(';'),
    fatalities_low: e.fatalities.low,
    fatalities_high: e.fatalities.high,
    article_id: e.articleId,
  };
  return [...ACLED_COLUMNS.map((c) => acled[c] ?? ''), ...SITREP_COLUMNS.map((c) => own[c] ?? '')].map(neutralised);
}

/**
 * A text cell a spreadsheet would read as a formula (it begins with = + - @, a tab or a carriage return:
 * an outlet named `=cmd|' /C calc'!A0`, notes starting with "=") gets a leading apostrophe, so it is shown
 * as text (OWASP's advice for CSV injection). Numbers stay numbers: a negative longitude is not text.
 */
export function neutralised(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One CSV line (RFC 4180 quoting, CRLF-free "\n" ending) for a row of cells. */
export function csvLine(cells: readonly Cell[]): string {
  return stringify([cells as Cell[]]);
}
