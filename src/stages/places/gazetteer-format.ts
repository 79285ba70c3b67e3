// The compact on-disk gazetteer: its shape, where it lives, and the entry kinds it holds.
import { fileURLToPath } from 'node:url';

/** Bump when the file layout or the build rules change, so stale builds are rebuilt. */
export const GAZETTEER_FORMAT = 15;

/** build/gazetteer/gazetteer.json under the repository root (git-ignored). */
export const GAZETTEER_PATH = fileURLToPath(new URL('../../../build/gazetteer/gazetteer.json', import.meta.url));

/** GeoNames dumps imported with `sitrep gazetteer import` (build/gazetteer/imported, beside the built file). */
export const IMPORT_DIR = fileURLToPath(new URL('../../../build/gazetteer/imported/', import.meta.url));

/** The curated supplement folder (data/places under the repository root). */
export const SUPPLEMENT_DIR = fileURLToPath(new URL('../../../data/places/', import.meta.url));

export const ENTRY_KINDS = ['place', 'admin1', 'admin2', 'country', 'feature', 'region'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * One row: [id, name, lat, lon, kind index, feature code, country code, admin1 code, admin2 code,
 * population, alternate names joined by "|" (emptied once the name index is built)]. Arrays keep the file small and quick to parse.
 */
export type EntryRow = [string, string, number, number, number, string, string, string, string, number, string];

export interface GazetteerFile {
  readonly format: number;
  readonly builtAt: string;
  /** Where the rows came from, with licences, for attribution. */
  readonly sources: readonly string[];
  readonly rows: readonly EntryRow[];
  /** Sorted "folded key\trow,row" lines (see name-index.ts). */
  readonly index: string;
  /** Extra surface forms: [form, target, "place:P" or "demonym:P"]; the target is a row index once built. */
  readonly aliases: ReadonlyArray<readonly [string, string | number, string]>;
  /** Countries whose languages are not written in Latin script: their names reach English text transliterated. */
  readonly transliterated: readonly string[];
  /** Folded names that must never be matched (junk alternate names, common words). */
  readonly stopNames: readonly string[];
}
