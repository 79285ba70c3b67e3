// `sitrep gazetteer import`: keeps the useful rows of a GeoNames dump beside the built gazetteer and rebuilds it with them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { IMPORT_DIR } from './gazetteer-format.ts';
import { geoNamesRows } from './geonames-dump.ts';

/**
 * Feature codes kept besides every populated place (class P): admin areas, and what conflict
 * reports name as places: camps, markets, squares, airports and bases, prisons, dams and bridges,
 * rivers, wadis and lakes, mountains, valleys, plains, deserts and islands, areas, oases, roads.
 */
const KEPT_CODES = new Set([
  'A.ADM1', 'A.ADM2', 'A.ADM3', 'S.CMP', 'S.CMPRF', 'S.MKT', 'S.SQR', 'S.AIRP', 'S.AIRB', 'S.AIRF', 'S.MILB', 'S.INSM', 'S.PRN', 'S.DAM',
  'S.BDG', 'H.STM', 'H.WAD', 'H.LK', 'H.RSV', 'T.MT', 'T.MTS', 'T.VAL', 'T.PLN', 'T.DSRT', 'T.ISL', 'L.AREA', 'L.RGN', 'L.OAS', 'R.RD',
]);

export interface ImportResult {
  readonly file: string;
  readonly read: number;
  readonly kept: number;
}

/**
 * Read a GeoNames dump (plain or zipped) and write the rows worth keeping (populated places, admin
 * areas, the feature codes above; only `countries` when given) to `dir`/<name>.tsv in the dump's
 * own column layout (first 15 columns). Importing the same dump again replaces its rows.
 * Throws when the file cannot be read.
 */
export async function importGeoNames(path: string, options: { dir?: string; countries?: readonly string[] } = {}): Promise<ImportResult> {
  const dir = options.dir ?? IMPORT_DIR;
  const countries = options.countries?.length ? new Set(options.countries.map((c) => c.toUpperCase())) : null;
  const lines: string[] = [];
  let read = 0;
  for await (const f of geoNamesRows(path)) {
    read++;
    if (countries && !countries.has(f[8]!)) continue;
    if (f[6] !== 'P' && !KEPT_CODES.has(`${f[6]}.${f[7]}`)) continue;
    if (!Number.isFinite(Number(f[4])) || !Number.isFinite(Number(f[5])) || !f[1]) continue;
    lines.push(f.slice(0, 15).join('\t'));
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${basename(path).replace(/\.(zip|txt)$/i, '').replace(/[^\w.-]+/g, '_')}.tsv`);
  writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
  return { file, read, kept: lines.length };
}

/** The imported rows' fields, every file in `dir` (none when the folder does not exist). */
export function importedRows(dir = IMPORT_DIR): string[][] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => readFileSync(join(dir, n), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')));
}
