// Tests for reading inputs: folders, gzip, JSON/JSONL records, and bad inputs as values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs } from './read-inputs.ts';
import type { InputItem } from './input-item.ts';

async function collect(paths: string[], maxBytes?: number): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, { maxBytes })) out.push(item);
  return out;
}

test('reads a folder recursively in name order, skipping hidden files and unknown extensions', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-read-'));
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'b.txt'), 'second report');
  await writeFile(join(dir, 'a.html'), '<html><body><p>first</p></body></html>');
  await writeFile(join(dir, 'sub', 'c.txt.gz'), gzipSync('gzipped report'));
  await writeFile(join(dir, '.hidden.txt'), 'x');
  await writeFile(join(dir, 'image.png'), 'x');
  const items = await collect([dir]);
  assert.deepEqual(items.map((i) => i.origin.slice(dir.length + 1)), ['a.html', 'b.txt', 'sub/c.txt.gz']);
  assert.deepEqual(items.map((i) => i.kind), ['html', 'text', 'text']);
  assert.equal(new TextDecoder().decode(items[2]!.bytes!), 'gzipped report');
});

test('JSON Lines records carry text or html and optional metadata; bad lines fail alone', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-read-'));
  const file = join(dir, 'feed.jsonl');
  await writeFile(file, [
    JSON.stringify({ text: 'Report one', url: 'https://example.org/1', title: 'One', outlet: 'Ex', published: '2025-01-02' }),
    '{not json',
    JSON.stringify({ html: '<p>Two</p>', published: 'yesterday' }),
    JSON.stringify({ title: 'no body' }),
  ].join('\n'));
  const items = await collect([file]);
  assert.equal(items.length, 4);
  assert.deepEqual(items.map((i) => i.origin.slice(file.length)), ['#1', '#2', '#3', '#4'], 'one record at a time, in line order, bad lines in their place');
  const [one, two, bad, nobody] = [items.find((i) => i.origin.endsWith('#1'))!, items.find((i) => i.origin.endsWith('#3'))!, items.find((i) => i.origin.endsWith('#2'))!, items.find((i) => i.origin.endsWith('#4'))!];
  assert.equal(one.body, 'Report one');
  assert.deepEqual({ ...one.fields }, { url: 'https://example.org/1', title: 'One', outlet: 'Ex', published: '2025-01-02', synthetic: false });
  assert.equal(two.kind, 'html');
  assert.equal(two.fields.published, null, 'an invalid date is dropped, not guessed');
  assert.match(bad.error!, /invalid JSON on line 2/);
  assert.match(nobody.error!, /neither "text" nor "html"/);
});

test('a missing path and an oversize file become failed items with one-line reasons', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-read-'));
  await writeFile(join(dir, 'big.txt'), Buffer.alloc(2048, 'a'));
  const items = await collect([join(dir, 'missing.txt'), join(dir, 'big.txt')], 1024);
  assert.match(items[0]!.error!, /^no such file or directory: /);
  assert.equal(items[1]!.error, 'file is 2.0 KiB, over the 1.0 KiB limit');
  assert.ok(items.every((i) => !i.error!.includes('\n')));
});

test('a gzip file that expands past the limit is refused', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-read-'));
  await writeFile(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(1024 * 1024, 0x61)));
  const [item] = await collect([join(dir, 'bomb.txt.gz')], 64 * 1024);
  assert.equal(item!.error, 'decompressed size over the 64.0 KiB limit');
});
