// How alike two event reports are: date, place, type and actors, each a blocking rule and a score.
import { foldedKey } from '../stages/places/fold-name.ts';
import { distanceKm } from '../util/geo-distance.ts';
import type { IncidentInput } from './incident-model.ts';

/** Days of slack a report's date carries, by ACLED time precision (1 day, 2 week, 3 month). */
const DATE_SLACK_DAYS: Record<number, number> = { 1: 1, 2: 7, 3: 31 };
/** Kilometres two points may lie apart, by the coarser geo precision (1 town, 2 district/feature, 3 province). */
const PLACE_TOLERANCE_KM: Record<number, number> = { 1: 30, 2: 60, 3: 250 };
/** Sub-event types of different event types that reports of one event often disagree between. */
const CONFUSABLE = [
  ['Attack', 'Armed clash'],
  ['Attack', 'Remote explosive/landmine/IED'],
  ['Attack', 'Suicide bomb'],
  ['Attack', 'Abduction/forced disappearance'],
  // A change of territory is told as a battle won, a takeover, a handover or a declaration.
  ['Armed clash', 'Non-state actor overtakes territory'],
  ['Armed clash', 'Government regains territory'],
  ['Government regains territory', 'Non-violent transfer of territory'],
  ['Non-state actor overtakes territory', 'Non-violent transfer of territory'],
  ['Government regains territory', 'Other'],
  ['Non-state actor overtakes territory', 'Other'],
].map(([a, b]) => `${a}|${b}`);

export const WEIGHTS = { date: 0.3, place: 0.3, type: 0.25, actors: 0.15 } as const;

export interface PairScore {
  /** False when a blocking rule keeps the two apart whatever the score. */
  readonly compatible: boolean;
  readonly score: number;
  readonly parts: Readonly<Record<keyof typeof WEIGHTS, number>>;
}

const DAY_MS = 86_400_000;

function interval(e: IncidentInput): { start: number; end: number; slack: number } | null {
  const start = e.dateStart ?? e.published?.slice(0, 10) ?? null;
  if (!start) return null;
  const end = e.dateEnd ?? start;
  const slack = e.dateStart ? (DATE_SLACK_DAYS[e.timePrecision ?? 2] ?? 7) : 3;
  return { start: Date.parse(start), end: Date.parse(end), slack };
}

/** Date part: 1 when the intervals overlap, falling to 0 at the allowed gap; null when too far apart. */
export function dateScore(a: IncidentInput, b: IncidentInput): number | null {
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return 0.3;
  const gapDays = Math.max(0, (Math.max(ia.start, ib.start) - Math.min(ia.end, ib.end)) / DAY_MS);
  const allowed = Math.max(ia.slack, ib.slack);
  if (gapDays > allowed) return null;
  return 1 - gapDays / (allowed + 1);
}

/** Whether a report places its event only in a country (its location is the country itself). */
function countryOnly(e: IncidentInput): boolean {
  return e.location !== null && e.location === e.country && e.admin1 === null;
}

/** A place name as compared across reports: case, accents, articles, spaces, hyphens and apostrophes do not count ("Pa Zi Gyi", "Pazigyi"). */
function placeNameKey(name: string): string {
  return foldedKey(name).replace(/\s+/g, '');
}

/**
 * Whether two reports name the same town or village in the same province. Their points may still lie
 * far apart: a village the gazetteer lacks takes the point of the area the text puts it in (its
 * township, or only its province), and a name the gazetteer holds several times may be read as
 * another of them; the name both reports give is the better evidence.
 */
function sameNamedPlace(a: IncidentInput, b: IncidentInput): boolean {
  if (!a.location || !b.location || (a.geoPrecision ?? 3) > 2 || (b.geoPrecision ?? 3) > 2) return false;
  if (!a.country || a.country !== b.country || (a.admin1 && b.admin1 && a.admin1 !== b.admin1)) return false;
  const key = placeNameKey(a.location);
  return key.length > 0 && key === placeNameKey(b.location) && key !== placeNameKey(a.country) && key !== placeNameKey(a.admin1 ?? b.admin1 ?? '');
}

/**
 * Place part: by distance within the tolerance of the coarser precision; null when incompatible.
 * A report placed only in a country is weak evidence (often a demonym or a foreign actor's
 * nationality), so it neither blocks nor counts for much. Two reports naming the same town or
 * village in one province are at one place whatever their points (see sameNamedPlace).
 */
export function placeScore(a: IncidentInput, b: IncidentInput): number | null {
  if (countryOnly(a) || countryOnly(b)) return a.country === b.country ? 0.5 : 0.3;
  if (a.country && b.country && a.country !== b.country) return null;
  if (sameNamedPlace(a, b)) return 1;
  if (a.latitude == null || a.longitude == null || b.latitude == null || b.longitude == null) {
    if (a.admin1 && b.admin1) return a.admin1 === b.admin1 ? 0.6 : null;
    return a.country && a.country === b.country ? 0.4 : 0.3;
  }
  const precision = Math.max(a.geoPrecision ?? 2, b.geoPrecision ?? 2);
  const tolerance = PLACE_TOLERANCE_KM[precision] ?? 60;
  const km = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude);
  if (km > tolerance) return a.admin1 && a.admin1 === b.admin1 && precision === 3 ? 0.3 : null;
  return 1 - km / (tolerance * 1.5);
}

/** Type part: same sub-type 1, confusable sub-types 0.6, same event type 0.5; null otherwise. */
export function typeScore(a: IncidentInput, b: IncidentInput): number | null {
  if (a.subEventType === b.subEventType) return 1;
  const pair = `${a.subEventType}|${b.subEventType}`;
  const reverse = `${b.subEventType}|${a.subEventType}`;
  if (CONFUSABLE.includes(pair) || CONFUSABLE.includes(reverse)) return 0.6;
  if (a.eventType && a.eventType === b.eventType) return 0.5;
  return null;
}

function actorKeys(e: IncidentInput): Set<string> {
  const keys = new Set<string>();
  for (const actor of [e.actor1, e.actor2]) if (actor) keys.add(actor.id ?? actor.name.toLowerCase());
  return keys;
}

/** Actor part: shared actors raise it, named but disjoint perpetrators lower it; unknown actors are neutral. */
export function actorScore(a: IncidentInput, b: IncidentInput): number {
  const ka = actorKeys(a);
  const kb = actorKeys(b);
  if (ka.size === 0 || kb.size === 0) return 0.5;
  const shared = [...ka].filter((k) => kb.has(k)).length;
  if (shared > 0) return Math.min(1, 0.6 + 0.4 * (shared / Math.min(ka.size, kb.size)));
  return 0.1;
}

/** Score two reports; incompatible when any blocking rule says they cannot be one event. */
export function scorePair(a: IncidentInput, b: IncidentInput): PairScore {
  const date = dateScore(a, b);
  const place = placeScore(a, b);
  const type = typeScore(a, b);
  const actors = actorScore(a, b);
  const compatible = date !== null && place !== null && type !== null && a.articleId !== b.articleId;
  const parts = { date: date ?? 0, place: place ?? 0, type: type ?? 0, actors };
  const score = compatible
    ? WEIGHTS.date * parts.date + WEIGHTS.place * parts.place + WEIGHTS.type * parts.type + WEIGHTS.actors * parts.actors
    : 0;
  return { compatible, score, parts };
}
