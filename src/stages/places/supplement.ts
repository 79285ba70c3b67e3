// Reads the curated supplement in data/places: features, aliases (abbreviations, demonyms, spellings), country points, the stop-list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EntryRow, ENTRY_KINDS, type EntryKind } from './gazetteer-format.ts';

export interface Supplement {
  readonly rows: EntryRow[];
  /** [surface form, target entry id, label] with the precision appended to the label ("place:3"). */
  readonly aliases: Array<[string, string, string]>;
  readonly stopNames: string[];
  /** GeoNames country points by ISO code, which replace the country packages' centre points. */
  readonly countryPoints: Map<string, [number, number]>;
  /** Centre points of large provinces ("CA.01"), where the places inside them are too lopsided to derive one. */
  readonly admin1Points: Map<string, [number, number]>;
}

/** Rows of a TSV file with a header line, as objects keyed by column; every row must name its source. */
function readTsv(path: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const columns = header!.split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const row = Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? '']));
    if ('source' in row && !row.source) throw new Error(`${path}:${i + 2}: row without a source`);
    return row;
  });
}

/** Load data/places/{features,aliases,stoplist}.tsv. Throws on a malformed row (a curation error). */
export function readSupplement(dir: string): Supplement {
  const rows: EntryRow[] = readTsv(join(dir, 'features.tsv')).map((r) => {
    const kind = ENTRY_KINDS.indexOf(r.kind as EntryKind);
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    if (kind < 0 || !Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`features.tsv: bad row ${r.id}`);
    return [r.id!, r.name!, lat, lon, kind, r.feature_code!, r.country!, r.admin1!, '', Number(r.population) || 0, r.alternates!];
  });
  const aliases = readTsv(join(dir, 'aliases.tsv')).map(
    (r) => [r.form!, r.target!, `${r.label}:${r.precision}`] as [string, string, string],
  );
  const stopNames = readTsv(join(dir, 'stoplist.tsv')).map((r) => r.name!);
  const countryPoints = new Map(
    readTsv(join(dir, 'country-points.tsv')).map((r) => [r.country!, [Number(r.lat), Number(r.lon)] as [number, number]]),
  );
  const admin1Points = new Map(
    readTsv(join(dir, 'admin1-points.tsv')).map((r) => [r.admin1!, [Number(r.lat), Number(r.lon)] as [number, number]]),
  );
  return { rows, aliases, stopNames, countryPoints, admin1Points };
}
