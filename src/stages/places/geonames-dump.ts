// Reads a GeoNames dump (a country file such as IQ.txt, or allCountries; plain or zipped) line by line, without loading it whole.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createInflateRaw } from 'node:zlib';
import type { Readable } from 'node:stream';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly headerOffset: number;
}

/** The entries of a zip file, from its central directory (sizes are known there even when streamed). Throws on a file that is not a zip. */
async function zipEntries(path: string): Promise<ZipEntry[]> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || tail.readUInt32LE(end) !== END_OF_CENTRAL) throw new Error(`${path}: not a zip file (no central directory)`);
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    for (let at = 0, n = 0; n < count; n++) {
      if (directory.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`${path}: damaged zip directory`);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      entries.push({
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        headerOffset: directory.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** A stream of the data file inside a GeoNames zip: the one .txt entry that is not the readme. */
async function zippedDataStream(path: string): Promise<Readable> {
  const entry = (await zipEntries(path)).find((e) => e.name.endsWith('.txt') && !/readme/i.test(e.name));
  if (!entry) throw new Error(`${path}: no GeoNames .txt file inside the zip`);
  const handle = await open(path, 'r');
  const header = Buffer.alloc(30);
  await handle.read(header, 0, 30, entry.headerOffset);
  await handle.close();
  if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`${path}: damaged zip entry ${entry.name}`);
  const dataStart = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new Error(`${path}: zip compression method ${entry.method} is not supported (only stored or deflated)`);
  return raw.pipe(createInflateRaw());
}

/**
 * The tab-separated fields of each row of a GeoNames dump (19 columns: geonameid, name, asciiname,
 * alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1..4,
 * population, elevation, dem, timezone, modification date). Rows with fewer than 15 fields are
 * skipped. A path ending in .zip is read through its one data entry. Throws when unreadable.
 */
export async function* geoNamesRows(path: string): AsyncGenerator<string[]> {
  const input = path.toLowerCase().endsWith('.zip') ? await zippedDataStream(path) : createReadStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line || line.startsWith('#')) continue;
    const fields = line.split('\t');
    if (fields.length >= 15) yield fields;
  }
}
