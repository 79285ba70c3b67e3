// Countries as ACLED writes them: its spelling of each name, "of the" forms for state forces, its regions, and English demonyms.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}

export interface AcledCountry {
  readonly code: string;
  /** ACLED's spelling ("Democratic Republic of Congo", "Turkey"). */
  readonly name: string;
  /** The name after "Military Forces of" ("the United States", "Iraq"). */
  readonly ofName: string;
  readonly region: string;
  /** English demonyms and short written forms that name the country as an adjective ("Iraqi", "US", "UK"). */
  readonly adjectives: readonly string[];
}

/** Where ACLED's country name differs from world-countries' common name. */
const ACLED_NAMES: Record<string, string> = {
  CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', TR: 'Turkey', CZ: 'Czech Republic', SZ: 'eSwatini',
  TL: 'East Timor', CW: 'Curacao', RE: 'Reunion', VA: 'Vatican City', BL: 'Saint-Barthelemy', CI: 'Ivory Coast',
};
/** Names that take "the" after "Military Forces of" in ACLED's actor names. */
const WITH_ARTICLE = new Set(['US', 'GB', 'CD', 'CG', 'CF', 'PH', 'NL', 'AE', 'BS', 'GM', 'DO', 'KM', 'MV', 'SB', 'MH', 'CZ', 'SC']);
/** ACLED regions by world-countries subregion, then the countries ACLED places elsewhere. */
const REGION_OF_SUBREGION: Record<string, string> = {
  'Western Africa': 'Western Africa', 'Middle Africa': 'Middle Africa', 'Eastern Africa': 'Eastern Africa',
  'Southern Africa': 'Southern Africa', 'Northern Africa': 'Northern Africa', 'Western Asia': 'Middle East',
  'Southern Asia': 'South Asia', 'South-Eastern Asia': 'Southeast Asia', 'Eastern Asia': 'East Asia',
  'Central Asia': 'Caucasus and Central Asia', 'Caribbean': 'Caribbean', 'Central America': 'Central America',
  'South America': 'South America', 'North America': 'North America',
};
const REGION_OVERRIDES: Record<string, string> = {
  IR: 'Middle East', AM: 'Caucasus and Central Asia', AZ: 'Caucasus and Central Asia', GE: 'Caucasus and Central Asia',
  MX: 'Central America', CY: 'Europe',
};

function regionOf(c: WorldCountry): string {
  return REGION_OVERRIDES[c.cca2] ?? REGION_OF_SUBREGION[c.subregion] ?? (c.region === 'Europe' ? 'Europe' : c.region === 'Oceania' ? 'Oceania' : c.region === 'Antarctic' ? 'Antarctica' : c.region);
}

let table: { byCode: Map<string, AcledCountry>; byName: Map<string, AcledCountry> } | null = null;

function load(): NonNullable<typeof table> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('world-countries')), 'countries.json');
  const rows = JSON.parse(readFileSync(file, 'utf8')) as WorldCountry[];
  const byCode = new Map<string, AcledCountry>();
  const byName = new Map<string, AcledCountry>();
  for (const c of rows) {
    const name = ACLED_NAMES[c.cca2] ?? c.name.common;
    // Short written forms in capitals ("US", "UK", "DRC") name the country as an adjective; two-letter codes only for the US and UK.
    const short = c.altSpellings.filter((s) => /^[A-Z]{3,4}$/.test(s) || s === 'US' || s === 'UK');
    const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && d.length > 2);
    const country: AcledCountry = {
      code: c.cca2, name, ofName: WITH_ARTICLE.has(c.cca2) ? `the ${name}` : name, region: regionOf(c),
      adjectives: [...new Set([...demonyms, ...short, ...(c.cca2 === 'US' ? ['U.S.', 'American'] : []), ...(c.cca2 === 'GB' ? ['U.K.'] : [])])],
    };
    byCode.set(c.cca2, country);
    for (const n of new Set([name, c.name.common, c.name.official, ...c.altSpellings])) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), country);
  }
  table = { byCode, byName };
  return table;
}

/** The country for an ISO alpha-2 code or an English name ("Iraq", "DR Congo", "Türkiye"); null when unknown. */
export function acledCountry(codeOrName: string | null | undefined): AcledCountry | null {
  if (!codeOrName) return null;
  const t = load();
  return t.byCode.get(codeOrName.toUpperCase()) ?? t.byName.get(codeOrName.toLowerCase()) ?? null;
}

/** Every country, for building phrase tables. */
export function allAcledCountries(): readonly AcledCountry[] {
  return [...load().byCode.values()];
}
