// The in-memory gazetteer: compact rows, a prebuilt name index and curated aliases; loaded once per process.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildGazetteer } from './gazetteer-build.ts';
import { ENTRY_KINDS, type EntryKind, GAZETTEER_FORMAT, GAZETTEER_PATH, type GazetteerFile } from './gazetteer-format.ts';
import { exactKey, foldedKey, skeletonKey } from './fold-name.ts';
import { openNameIndex } from './name-index.ts';

export interface GazetteerEntry {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: EntryKind;
  readonly featureCode: string;
  readonly countryCode: string;
  readonly admin1Code: string;
  readonly admin2Code: string;
  readonly population: number;
}

/** A surface form the curated supplement or the country data maps to an entry. */
export interface AliasTarget {
  readonly entry: number;
  readonly label: 'place' | 'demonym';
  readonly precision: 1 | 2 | 3;
  /** A one-word abbreviation with its dot ("Pa.", "Ga."): matches only when the text has the dot ("Pa Zi Gyi" is not Pennsylvania). */
  readonly needsDot: boolean;
}

export interface Gazetteer {
  readonly size: number;
  /** The entry at an index (objects are made on demand: the rows stay compact). */
  entry(index: number): GazetteerEntry;
  /** Entry indices of every entry one of whose names has this folded key (see foldedKey). */
  named(key: string): readonly number[];
  readonly aliases: ReadonlyMap<string, readonly AliasTarget[]>;
  /** Lower-cased alias forms that end in a dot ("ky.", "u.s."): abbreviations, not sentence ends. */
  readonly dottedForms: ReadonlySet<string>;
  /** Countries whose names reach English transliterated (Iraq, Syria, Russia…), where spelling variants are sought. */
  readonly transliterated: ReadonlySet<string>;
  /** Exact keys of names never to match (see data/places/stoplist.tsv). */
  readonly stopNames: ReadonlySet<string>;
  /** Entry index of each country by ISO code, of each admin area by "CC.A1" / "CC.A1.A2". */
  readonly countryByCode: ReadonlyMap<string, number>;
  readonly adminByCode: ReadonlyMap<string, number>;
  /** [folded key, skeleton key, entry] for the entries of one country, built on first use. */
  countryKeys(countryCode: string): ReadonlyArray<readonly [string, string, number]>;
}

/** Write a fresh build to GAZETTEER_PATH. Returns what was written. */
export function writeGazetteerFile(path = GAZETTEER_PATH, importDir?: string): { path: string; rows: number; bytes: number } {
  const file = buildGazetteer(importDir);
  const json = JSON.stringify(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  return { path, rows: file.rows.length, bytes: Buffer.byteLength(json) };
}

function readGazetteerFile(path: string): GazetteerFile {
  if (existsSync(path)) {
    const file = JSON.parse(readFileSync(path, 'utf8')) as GazetteerFile;
    if (file.format === GAZETTEER_FORMAT) return file;
  }
  // A clone where `prepare` did not run, or a stale build: build now (a few seconds) and keep it.
  writeGazetteerFile(path);
  return JSON.parse(readFileSync(path, 'utf8')) as GazetteerFile;
}

/** Open a gazetteer file (its name index is prebuilt). Pure; exported for tests. */
export function indexGazetteer(file: GazetteerFile): Gazetteer {
  const rows = file.rows;
  const names = openNameIndex(file.index);
  const countryByCode = new Map<string, number>();
  const adminByCode = new Map<string, number>();
  const byId = new Map<string, number>();
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const kind = row[4];
    if (kind !== PLACE_KIND) {
      byId.set(row[0], index);
      if (ENTRY_KINDS[kind] === 'country') countryByCode.set(row[6], index);
      else if (ENTRY_KINDS[kind] === 'admin1') adminByCode.set(`${row[6]}.${row[7]}`, index);
      else if (ENTRY_KINDS[kind] === 'admin2') adminByCode.set(`${row[6]}.${row[7]}.${row[8]}`, index);
    }
  }
  const made = new Map<number, GazetteerEntry>();
  function entry(index: number): GazetteerEntry {
    let e = made.get(index);
    if (!e) {
      const [id, name, lat, lon, kind, featureCode, countryCode, admin1Code, admin2Code, population] = rows[index]!;
      e = Object.freeze({ index, id, name, lat, lon, kind: ENTRY_KINDS[kind]!, featureCode, countryCode, admin1Code, admin2Code, population });
      made.set(index, e);
    }
    return e;
  }
  const aliases = new Map<string, AliasTarget[]>();
  const dottedForms = new Set<string>();
  for (const [form, target, label] of file.aliases) {
    if (form.endsWith('.')) dottedForms.add(form.toLowerCase());
    const index = typeof target === 'number' ? target : byId.get(target);
    if (index === undefined) continue;
    const [kind, precision] = label.split(':');
    const key = exactKey(form);
    const list = aliases.get(key) ?? [];
    list.push({ entry: index, label: kind === 'demonym' ? 'demonym' : 'place', precision: (Number(precision) || 1) as 1 | 2 | 3, needsDot: /^\p{Lu}\p{Ll}+\.$/u.test(form) });
    aliases.set(key, list);
  }
  let perCountry: Map<string, Array<[string, string, number]>> | null = null;
  const transliterated = new Set(file.transliterated);
  /**
   * Built once per process, in one pass over the name index, for every country whose names reach
   * English transliterated (the only ones whose spelling variants are sought); others get [].
   */
  function countryKeys(countryCode: string): ReadonlyArray<readonly [string, string, number]> {
    if (!perCountry) {
      perCountry = new Map([...transliterated].map((cc) => [cc, []]));
      const lists = perCountry;
      for (const [key, indices] of names.entries()) {
        let skeleton: string | null = null;
        for (const i of indices) {
          const list = lists.get(rows[i]![6]);
          if (list) list.push([key, (skeleton ??= skeletonKey(key)), i]);
        }
      }
      // Curated spellings ("Hawija") join, so their variants ("Haija") find the entry they mean.
      for (const [key, targets] of aliases) {
        for (const t of targets) lists.get(rows[t.entry]![6])?.push([foldedKey(key), skeletonKey(key), t.entry]);
      }
    }
    return perCountry.get(countryCode) ?? [];
  }
  return {
    size: rows.length, entry, named: (key: string) => names.lookup(key), aliases, dottedForms, transliterated, stopNames: new Set(file.stopNames.map(exactKey)), countryByCode, adminByCode, countryKeys,
  };
}

const PLACE_KIND = ENTRY_KINDS.indexOf('place');

let loaded: Gazetteer | null = null;

/** The process-wide gazetteer, loaded (or built, when missing) on first use. */
export function loadGazetteer(): Gazetteer {
  loaded ??= indexGazetteer(readGazetteerFile(GAZETTEER_PATH));
  return loaded;
}
