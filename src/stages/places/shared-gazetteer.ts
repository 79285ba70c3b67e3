// The gazetteer packed into one SharedArrayBuffer: columns for the rows, the name index as sorted UTF-8 keys
// with their entry lists. One copy per process, handed to every worker thread; nothing in it is parsed again.
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { ENTRY_KINDS, type GazetteerFile } from './gazetteer-format.ts';
import { skeletonKey } from './fold-name.ts';

/** Bump when the packed layout changes. */
const PACKED_LAYOUT = 2;

/** The columns of a packed gazetteer, in the order they are laid out. */
const COLUMNS = {
  lat: Float64Array, lon: Float64Array, population: Float64Array, rowStart: Uint32Array, keyStart: Uint32Array,
  postingStart: Uint32Array, postings: Int32Array, countryPairs: Int32Array, pairFormStart: Uint32Array, country: Uint16Array, kind: Uint8Array,
  rowText: Uint8Array, keyText: Uint8Array, pairFormText: Uint8Array,
} as const;
export type ColumnName = keyof typeof COLUMNS;

/** Structured-cloneable: the buffer is shared between threads, the rest (small) is copied. */
export interface PackedGazetteer {
  readonly buffer: SharedArrayBuffer;
  /** Per column: byte offset and length in elements. */
  readonly layout: Readonly<Record<ColumnName, readonly [number, number]>>;
  readonly rowCount: number;
  readonly keyCount: number;
  /** Country codes, indexed by the `country` column. */
  readonly countries: readonly string[];
  /**
   * Per transliterated country: [start, end) of its (key position, entry) pairs in `countryPairs`. Pair i
   * (at countryPairs[2i]) has its key's spelling forms, "initials\tskeleton", at pairFormText[pairFormStart[i], pairFormStart[i + 1]).
   */
  readonly countryPairRanges: Readonly<Record<string, readonly [number, number]>>;
  /** [form, entry, "place:P" | "demonym:P"], targets resolved to entries. */
  readonly aliases: ReadonlyArray<readonly [string, number, string]>;
  readonly transliterated: readonly string[];
  readonly stopNames: readonly string[];
  /** [code, entry] of each country ("IQ") and admin area ("IQ.07", "IQ.07.123"). */
  readonly countryCodes: ReadonlyArray<readonly [string, number]>;
  readonly adminCodes: ReadonlyArray<readonly [string, number]>;
}

/** Views over a packed gazetteer's columns (cheap: no copy). */
export function packedColumns(packed: PackedGazetteer): { [K in ColumnName]: InstanceType<(typeof COLUMNS)[K]> } {
  const views = {} as Record<ColumnName, unknown>;
  for (const name of Object.keys(COLUMNS) as ColumnName[]) {
    const [offset, length] = packed.layout[name];
    const View = COLUMNS[name] as unknown as new (buffer: ArrayBufferLike, byteOffset: number, length: number) => unknown;
    views[name] = new View(packed.buffer, offset, length);
  }
  return views as { [K in ColumnName]: InstanceType<(typeof COLUMNS)[K]> };
}

/** Pack a gazetteer file (see gazetteer-format.ts). Throws on an index whose keys are not in byte order. */
export function packGazetteer(file: GazetteerFile): PackedGazetteer {
  const rows = file.rows;
  const n = rows.length;
  const encoder = new TextEncoder();
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const rowStrings = rows.map((r) => `${r[0]}\t${r[1]}\t${r[5]}\t${r[6]}\t${r[7]}\t${r[8]}`);
  const rowText = encoder.encode(rowStrings.join(''));
  const rowStart = new Uint32Array(n + 1);
  for (let i = 0, at = 0; i < n; i++) rowStart[i + 1] = at += Buffer.byteLength(rowStrings[i]!);
  const lines = file.index ? file.index.split('\n') : [];
  const keys = lines.map((line) => line.slice(0, line.indexOf('\t')));
  const keyText = encoder.encode(keys.join(''));
  const keyStart = new Uint32Array(keys.length + 1);
  keys.forEach((key, i) => {
    keyStart[i + 1] = keyStart[i]! + Buffer.byteLength(key);
    if (i > 0 && Buffer.compare(Buffer.from(keys[i - 1]!), Buffer.from(key)) >= 0) throw new Error(`gazetteer index keys out of byte order at "${key}"`);
  });
  const postingLists = lines.map((line) => line.slice(line.indexOf('\t') + 1).split(',').map(Number));
  const postingStart = new Uint32Array(keys.length + 1);
  postingLists.forEach((list, i) => (postingStart[i + 1] = postingStart[i]! + list.length));
  const country = new Uint16Array(n);
  rows.forEach((r, i) => {
    if (!countryIndex.has(r[6])) countryIndex.set(r[6], countries.push(r[6]) - 1);
    country[i] = countryIndex.get(r[6])!;
  });
  // (key position, entry) pairs of the countries whose spelling variants are sought, grouped by country, in key order.
  const transliterated = new Set(file.transliterated);
  const pairsByCountry = new Map<string, number[]>([...transliterated].map((cc) => [cc, []]));
  postingLists.forEach((list, position) => {
    for (const entry of list) pairsByCountry.get(rows[entry]![6])?.push(position, entry);
  });
  const countryPairRanges: Record<string, [number, number]> = {};
  const pairs: number[] = [];
  for (const [cc, list] of pairsByCountry) {
    countryPairRanges[cc] = [pairs.length, pairs.length + list.length];
    for (const x of list) pairs.push(x);
  }
  // Each pair's key's word initials and transliteration skeleton, computed here once rather than per thread at run time.
  const pairForms = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const key = keys[pairs[p]!]!;
    pairForms.push(`${keyInitials(key)}\t${skeletonKey(key)}`);
  }
  const pairFormText = encoder.encode(pairForms.join(''));
  const pairFormStart = new Uint32Array(pairForms.length + 1);
  pairForms.forEach((form, i) => (pairFormStart[i + 1] = pairFormStart[i]! + Buffer.byteLength(form)));
  const countryCodes: Array<[string, number]> = [];
  const adminCodes: Array<[string, number]> = [];
  const byId = new Map<string, number>();
  rows.forEach((r, i) => {
    const kind = ENTRY_KINDS[r[4]];
    if (kind === 'place') return;
    byId.set(r[0], i);
    if (kind === 'country') countryCodes.push([r[6], i]);
    else if (kind === 'admin1') adminCodes.push([`${r[6]}.${r[7]}`, i]);
    else if (kind === 'admin2') adminCodes.push([`${r[6]}.${r[7]}.${r[8]}`, i]);
  });
  const aliases = file.aliases.flatMap(([form, target, label]): Array<[string, number, string]> => {
    const entry = typeof target === 'number' ? target : byId.get(target);
    return entry === undefined ? [] : [[form, entry, label]];
  });
  const data: Record<ColumnName, ArrayLike<number>> = {
    lat: rows.map((r) => r[2]), lon: rows.map((r) => r[3]), population: rows.map((r) => r[9]), rowStart, keyStart, postingStart,
    postings: postingLists.flat(), countryPairs: pairs, pairFormStart, country, kind: rows.map((r) => r[4]), rowText, keyText, pairFormText,
  };
  const layout = {} as Record<ColumnName, [number, number]>;
  let bytes = 0;
  for (const name of Object.keys(COLUMNS) as ColumnName[]) {
    const size = COLUMNS[name].BYTES_PER_ELEMENT;
    bytes = Math.ceil(bytes / 8) * 8;
    layout[name] = [bytes, data[name].length];
    bytes += size * data[name].length;
  }
  const buffer = new SharedArrayBuffer(Math.ceil(bytes / 8) * 8);
  const packed: PackedGazetteer = {
    buffer, layout, rowCount: n, keyCount: keys.length, countries, countryPairRanges, aliases,
    transliterated: [...transliterated], stopNames: file.stopNames, countryCodes, adminCodes,
  };
  const views = packedColumns(packed);
  for (const name of Object.keys(COLUMNS) as ColumnName[]) (views[name] as { set(a: ArrayLike<number>): void }).set(data[name]);
  return packed;
}

/** The first letter of each word of a name key ("deir ez zor" -> "dez"): spelling variants keep them. */
export function keyInitials(key: string): string {
  return key.split(' ').map((w) => w[0]).join('');
}

/**
 * Write `packed` to `path`: a little-endian length, a JSON header (everything but the buffer, plus
 * `stamp`, which says what it was packed from), then the buffer's bytes.
 */
export function writePackedGazetteer(path: string, packed: PackedGazetteer, stamp: string): void {
  const { buffer, ...rest } = packed;
  const header = Buffer.from(JSON.stringify({ ...rest, layoutVersion: PACKED_LAYOUT, stamp, bytes: buffer.byteLength }));
  const length = Buffer.alloc(8);
  length.writeUInt32LE(header.length, 0);
  const padding = Buffer.alloc((8 - ((8 + header.length) % 8)) % 8);
  writeFileSync(path, Buffer.concat([length, header, padding, Buffer.from(buffer)]));
}

/** Read a packed gazetteer straight into shared memory; null when the file is missing, of another layout, or packed from something else than `stamp`. */
export function readPackedGazetteer(path: string, stamp: string): PackedGazetteer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const length = Buffer.alloc(8);
    if (readSync(fd, length, 0, 8, 0) < 8) return null;
    const header = Buffer.alloc(length.readUInt32LE(0));
    readSync(fd, header, 0, header.length, 8);
    const meta = JSON.parse(header.toString('utf8')) as Omit<PackedGazetteer, 'buffer'> & { layoutVersion: number; stamp: string; bytes: number };
    if (meta.layoutVersion !== PACKED_LAYOUT || meta.stamp !== stamp) return null;
    const buffer = new SharedArrayBuffer(meta.bytes);
    const start = 8 + header.length + ((8 - ((8 + header.length) % 8)) % 8);
    const target = new Uint8Array(buffer);
    for (let at = 0; at < meta.bytes;) {
      const read = readSync(fd, target, at, Math.min(1 << 24, meta.bytes - at), start + at);
      if (read <= 0) return null;
      at += read;
    }
    const { layoutVersion: _layout, stamp: _stamp, bytes: _bytes, ...rest } = meta;
    return { ...rest, buffer };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
