// `gazetteer import`: a small GeoNames-format dump, plain and zipped, becomes part of the gazetteer the resolver uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { importGeoNames } from './gazetteer-import.ts';
import { buildGazetteer } from './gazetteer-build.ts';
import { indexGazetteer } from './gazetteer.ts';
import { geoparseText } from './geoparse.ts';

// GeoNames columns: id, name, asciiname, alternates, lat, lon, class, code, country, cc2, admin1, admin2, admin3, admin4, population, ...
const ROWS = [
  ['99000001', 'Kuriga', 'Kuriga', 'Kuriga Village', '10.2667', '7.3167', 'P', 'PPL', 'NG', '', '23', '', '', '', '0', '', '600', 'Africa/Lagos', '2024-03-08'],
  ['99000002', 'Kaduna State', 'Kaduna State', 'Kaduna,Jihar Kaduna', '10.3333', '7.75', 'A', 'ADM1', 'NG', '', '23', '', '', '', '6113503', '', '600', 'Africa/Lagos', '2024-03-08'],
  ['99000003', 'Hol Camp', 'Hol Camp', 'al-Hol camp,Al Hawl Camp', '36.3822', '41.1488', 'S', 'CMP', 'SY', '', '08', '', '', '', '0', '', '300', 'Asia/Damascus', '2024-01-01'],
  ['99000004', 'Kuriga Primary School', 'Kuriga Primary School', '', '10.2668', '7.3168', 'S', 'SCH', 'NG', '', '23', '', '', '', '0', '', '600', 'Africa/Lagos', '2024-03-08'],
  ['99000005', 'Springfield Mills', 'Springfield Mills', '', '39.8', '-89.6', 'P', 'PPL', 'US', '', 'IL', '', '', '', '0', '', '180', 'America/Chicago', '2024-01-01'],
].map((r) => r.join('\t'));

/** A one-entry zip (deflated), as GeoNames ships country files. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content), 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(content.length, 22); local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content), 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(content.length, 24); central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12); end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-geonames-'));
const plain = join(dir, 'XX.txt');
writeFileSync(plain, `${ROWS.join('\n')}\n`);
const zipped = join(dir, 'YY.zip');
writeFileSync(zipped, zipOf('YY.txt', Buffer.from(`${ROWS.join('\n')}\n`)));

test('keeps populated places, admin areas and camps of a plain dump, not schools; --countries filters', async () => {
  const all = await importGeoNames(plain, { dir: join(dir, 'a') });
  assert.deepEqual([all.read, all.kept], [5, 4]);
  const kept = readFileSync(all.file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[1]);
  assert.deepEqual(kept, ['Kuriga', 'Kaduna State', 'Hol Camp', 'Springfield Mills']);
  const nigeria = await importGeoNames(plain, { dir: join(dir, 'b'), countries: ['ng'] });
  assert.equal(nigeria.kept, 2);
});

test('reads the same rows from a zipped dump', async () => {
  const result = await importGeoNames(zipped, { dir: join(dir, 'z') });
  assert.deepEqual([result.read, result.kept], [5, 4]);
  assert.match(result.file, /YY\.tsv$/);
});

test('rejects a file that is not a zip', async () => {
  const bad = join(dir, 'bad.zip');
  writeFileSync(bad, 'not a zip');
  await assert.rejects(importGeoNames(bad, { dir: join(dir, 'bad') }), /not a zip/);
});

test('after an import the resolver finds the imported village instead of an unlisted one', async () => {
  const importDir = join(dir, 'build');
  await importGeoNames(plain, { dir: importDir });
  const g = indexGazetteer(buildGazetteer(importDir));
  const text = 'Bandits invaded Kuriga town in Chikun Local Government Area of Kaduna State and abducted pupils.';
  const kuriga = geoparseText(text, { gazetteer: g }).find((r) => r.mention.phrase === 'Kuriga');
  assert.ok(kuriga);
  assert.equal(kuriga.entry.id, '99000001');
  assert.equal(kuriga.unlisted, undefined);
  // The dump's alternate names reach the admin row built from other data.
  const state = g.entry(g.adminByCode.get('NG.23')!);
  assert.ok(g.named('jihar kaduna').includes(state.index));
});
