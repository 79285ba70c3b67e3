// Web decoding: BOM beats header beats <meta>; undeclared windows-1256 guessed as Arabic; bad bytes rejected, not stored as mojibake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromContentType, decodeWebBytes } from './decode-bytes.ts';

// "بغداد العراق" (Baghdad, Iraq) in windows-1256.
const arabic = Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x20, 0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde]);
const html = (head: string, body: Buffer) => Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), body, Buffer.from('</p></body></html>')]);

test('reads the charset parameter of a Content-Type header', () => {
  assert.equal(charsetFromContentType('text/html; charset="Windows-1256"'), 'windows-1256');
  assert.equal(charsetFromContentType('text/html'), null);
});

test('decodes windows-1256 declared by the HTTP header, by <meta>, and undeclared', () => {
  const byHeader = decodeWebBytes(html('', arabic), 'windows-1256', true);
  assert.ok(byHeader.ok && byHeader.text.includes('بغداد العراق') && byHeader.charset === 'windows-1256');
  const byMeta = decodeWebBytes(html('<meta charset="windows-1256">', arabic), null, true);
  assert.ok(byMeta.ok && byMeta.text.includes('بغداد العراق'));
  const guessed = decodeWebBytes(html('<title>x</title>', arabic), null, true);
  assert.ok(guessed.ok && guessed.text.includes('بغداد العراق'));
  assert.equal(guessed.ok && guessed.charset, 'windows-1256 (guessed)');
});

test('guesses windows-1252 for undeclared Latin text with a few accents', () => {
  const latin = Buffer.from('Le ministre a d\xe9clar\xe9 que la r\xe9union aurait lieu \xe0 Gen\xe8ve.', 'latin1');
  const decoded = decodeWebBytes(latin, null, false);
  assert.ok(decoded.ok && decoded.text.includes('déclaré') && decoded.charset === 'windows-1252 (guessed)');
});

test('a BOM wins over a wrong header; UTF-16 with BOM decodes', () => {
  const utf8 = decodeWebBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('العراق')]), 'windows-1256', false);
  assert.ok(utf8.ok && utf8.text === 'العراق');
  const utf16 = decodeWebBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mosul', 'utf16le')]), null, false);
  assert.ok(utf16.ok && utf16.text === 'Mosul');
});

test('declared UTF-8 that is not UTF-8 is rejected with a reason; NUL bytes are binary', () => {
  const bad = decodeWebBytes(Buffer.from([0x41, 0xc3, 0x28]), 'utf-8', false);
  assert.deepEqual(bad, { ok: false, error: 'invalid UTF-8 byte sequence; not decoded' });
  const binary = decodeWebBytes(Buffer.from([0x89, 0x50, 0x00, 0x00]), null, false);
  assert.equal(binary.ok, false);
});
