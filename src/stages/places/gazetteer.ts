// The gazetteer: packed rows and name index in shared memory (shared-gazetteer.ts), curated aliases; loaded once per process and shared by its worker threads.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildGazetteer } from './gazetteer-build.ts';
import { ENTRY_KINDS, type EntryKind, GAZETTEER_FORMAT, GAZETTEER_PATH, type GazetteerFile } from './gazetteer-format.ts';
import { exactKey, foldedKey, skeletonKey } from './fold-name.ts';
import { keyInitials, packGazetteer, packedColumns, readPackedGazetteer, writePackedGazetteer, type PackedGazetteer } from './shared-gazetteer.ts';

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

/** [folded key, skeleton key, entry] of one name of a country's entry. */
export type CountryKey = readonly [string, string, number];

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
  countryKeys(countryCode: string): ReadonlyArray<CountryKey>;
  /** The countryKeys whose key's word initials (keyInitials) are `initials`, in the same order. */
  countryKeysWithInitials(countryCode: string, initials: string): ReadonlyArray<CountryKey>;
}

/** Write a fresh build to GAZETTEER_PATH, with its packed copy beside it. Returns what was written. */
export function writeGazetteerFile(path = GAZETTEER_PATH, importDir?: string): { path: string; rows: number; bytes: number } {
  const file = buildGazetteer(importDir);
  const json = JSON.stringify(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  writePacked(path, packGazetteer(file));
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

/** What a packed copy must have been packed from: this format, and the JSON file as it is now. */
function stampOf(jsonPath: string): string | null {
  try {
    const { size, mtimeMs } = statSync(jsonPath);
    return `${GAZETTEER_FORMAT}:${size}:${mtimeMs}`;
  } catch {
    return null;
  }
}

function packedPathOf(jsonPath: string): string {
  return jsonPath.replace(/\.json$/, '') + '.packed';
}

/** Write the packed copy through a temporary file, so a reader in another process never sees half of it. */
function writePacked(jsonPath: string, packed: PackedGazetteer): void {
  const temporary = `${packedPathOf(jsonPath)}.${process.pid}.tmp`;
  writePackedGazetteer(temporary, packed, stampOf(jsonPath)!);
  renameSync(temporary, packedPathOf(jsonPath));
}

/**
 * The gazetteer in shared memory: read from its packed copy (no parsing), or packed now from the
 * JSON build (built first when missing or stale) and the packed copy kept. Hand the result to
 * worker threads (useSharedGazetteer) so they share one copy.
 */
export function loadPackedGazetteer(path = GAZETTEER_PATH): PackedGazetteer {
  const stamp = stampOf(path);
  const cached = stamp === null ? null : readPackedGazetteer(packedPathOf(path), stamp);
  if (cached) return cached;
  const packed = packGazetteer(readGazetteerFile(path));
  writePacked(path, packed);
  return packed;
}

/** Open a gazetteer file (its name index is prebuilt). Pure; exported for tests. */
export function indexGazetteer(file: GazetteerFile): Gazetteer {
  return openGazetteer(packGazetteer(file));
}

/** The gazetteer over its packed form; entries are made on demand, the rows and the index stay shared. */
export function openGazetteer(packed: PackedGazetteer): Gazetteer {
  const columns = packedColumns(packed);
  const { rowStart, rowText, keyStart, keyText, postingStart, postings, countryPairs, pairFormStart, pairFormText } = columns;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  // Recently made entries are kept (two generations, so the cache stays bounded over a long run).
  let recent = new Map<number, GazetteerEntry>();
  let older = new Map<number, GazetteerEntry>();
  function entry(index: number): GazetteerEntry {
    let e = recent.get(index);
    if (e) return e;
    e = older.get(index);
    if (!e) {
      const [id, name, featureCode, countryCode, admin1Code, admin2Code] = decoder.decode(rowText.subarray(rowStart[index]!, rowStart[index + 1]!)).split('\t');
      e = Object.freeze({
        index, id: id!, name: name!, lat: columns.lat[index]!, lon: columns.lon[index]!, kind: ENTRY_KINDS[columns.kind[index]!]!,
        featureCode: featureCode!, countryCode: countryCode!, admin1Code: admin1Code!, admin2Code: admin2Code!, population: columns.population[index]!,
      });
    }
    if (recent.size >= ENTRY_CACHE) [older, recent] = [recent, new Map()];
    recent.set(index, e);
    return e;
  }
  const keyAt = (position: number) => decoder.decode(keyText.subarray(keyStart[position]!, keyStart[position + 1]!));
  let scratch = new Uint8Array(256);
  function named(key: string): readonly number[] {
    if (scratch.length < key.length * 3) scratch = new Uint8Array(key.length * 3);
    const length = encoder.encodeInto(key, scratch).written;
    let lo = 0;
    let hi = packed.keyCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = compareBytes(keyText, keyStart[mid]!, keyStart[mid + 1]!, scratch, length);
      if (order === 0) return Array.from(postings.subarray(postingStart[mid]!, postingStart[mid + 1]!));
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }
  const countryOf = (index: number) => packed.countries[columns.country[index]!]!;
  const aliases = new Map<string, AliasTarget[]>();
  const dottedForms = new Set<string>();
  for (const [form, index, label] of packed.aliases) {
    if (form.endsWith('.')) dottedForms.add(form.toLowerCase());
    const [kind, precision] = label.split(':');
    const key = exactKey(form);
    const list = aliases.get(key) ?? [];
    list.push({ entry: index, label: kind === 'demonym' ? 'demonym' : 'place', precision: (Number(precision) || 1) as 1 | 2 | 3, needsDot: /^\p{Lu}\p{Ll}+\.$/u.test(form) });
    aliases.set(key, list);
  }
  const transliterated = new Set(packed.transliterated);
  const perCountry = new Map<string, { list: CountryKey[]; byInitials: Map<string, CountryKey[]> }>();
  /**
   * Made on first use per country, from that country's own (key, entry) pairs, whose skeletons and initials were
   * computed when the gazetteer was packed; only transliterated countries have any.
   */
  function keysOf(countryCode: string): { list: CountryKey[]; byInitials: Map<string, CountryKey[]> } {
    let keys = perCountry.get(countryCode);
    if (keys) return keys;
    keys = { list: [], byInitials: new Map() };
    const add = (key: CountryKey, initials: string) => {
      keys!.list.push(key);
      const group = keys!.byInitials.get(initials);
      if (group) group.push(key);
      else keys!.byInitials.set(initials, [key]);
    };
    const range = packed.countryPairRanges[countryCode];
    if (range) {
      for (let p = range[0]; p < range[1]; p += 2) {
        const form = decoder.decode(pairFormText.subarray(pairFormStart[p / 2]!, pairFormStart[p / 2 + 1]!));
        const tab = form.indexOf('\t');
        add([keyAt(countryPairs[p]!), form.slice(tab + 1), countryPairs[p + 1]!], form.slice(0, tab));
      }
      // Curated spellings ("Hawija") join, so their variants ("Haija") find the entry they mean.
      for (const [key, targets] of aliases) {
        for (const t of targets) {
          if (countryOf(t.entry) !== countryCode) continue;
          const folded = foldedKey(key);
          add([folded, skeletonKey(key), t.entry], keyInitials(folded));
        }
      }
    }
    perCountry.set(countryCode, keys);
    return keys;
  }
  const countryKeys = (countryCode: string): ReadonlyArray<CountryKey> => keysOf(countryCode).list;
  const countryKeysWithInitials = (countryCode: string, initials: string): ReadonlyArray<CountryKey> => keysOf(countryCode).byInitials.get(initials) ?? [];
  return {
    size: packed.rowCount, entry, named, aliases, dottedForms, transliterated, stopNames: new Set(packed.stopNames.map(exactKey)),
    countryByCode: new Map(packed.countryCodes), adminByCode: new Map(packed.adminCodes), countryKeys, countryKeysWithInitials,
  };
}

/** Entries kept made per generation. */
const ENTRY_CACHE = 20_000;

/** Byte order of text[start, end) against query[0, length): negative when the text sorts first. */
function compareBytes(text: Uint8Array, start: number, end: number, query: Uint8Array, length: number): number {
  const n = Math.min(end - start, length);
  for (let i = 0; i < n; i++) {
    const d = text[start + i]! - query[i]!;
    if (d !== 0) return d;
  }
  return end - start - length;
}

let shared: PackedGazetteer | null = null;
let loaded: Gazetteer | null = null;

/** In a worker thread: use the packed gazetteer the main thread loaded (see loadPackedGazetteer), not a copy of its own. */
export function useSharedGazetteer(packed: PackedGazetteer): void {
  shared = packed;
  loaded = null;
}

/** The process-wide (or thread-wide, over shared memory) gazetteer, loaded (or built, when missing) on first use. */
export function loadGazetteer(): Gazetteer {
  loaded ??= openGazetteer(shared ?? loadPackedGazetteer());
  return loaded;
}
