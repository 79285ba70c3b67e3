// Tests for decoding bytes: BOMs, declared charsets, invalid UTF-8 and binary content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, sniffMetaCharset } from './decode-bytes.ts';

const ok = (r: ReturnType<typeof decodeBytes>): string => {
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.text;
};

test('decodes UTF-8, and UTF-16 by its byte order mark', () => {
  assert.equal(ok(decodeBytes(new TextEncoder().encode('Mosul – الموصل'))), 'Mosul – الموصل');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Raqqa', 'utf16le')]);
  assert.equal(ok(decodeBytes(le)), 'Raqqa');
});

test('decodes a declared windows-1256 page into Arabic text', () => {
  // "بغداد" (Baghdad) in windows-1256.
  const bytes = Uint8Array.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf]);
  assert.equal(ok(decodeBytes(bytes, 'windows-1256')), 'بغداد');
});

test('refuses invalid UTF-8, binary content and empty input with a reason instead of mojibake', () => {
  const invalid = decodeBytes(Uint8Array.from([0x41, 0xc3, 0x28, 0x42]));
  assert.deepEqual(invalid, { ok: false, error: 'invalid UTF-8 byte sequence; not decoded' });
  assert.deepEqual(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), { ok: false, error: 'binary content (NUL bytes), not text' });
  assert.deepEqual(decodeBytes(new Uint8Array()), { ok: false, error: 'empty input (0 bytes)' });
});

test('finds the charset a page declares in its head', () => {
  assert.equal(sniffMetaCharset(new TextEncoder().encode('<html><head><meta charset="windows-1256">')), 'windows-1256');
  assert.equal(sniffMetaCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')), 'iso-8859-1');
  assert.equal(sniffMetaCharset(new TextEncoder().encode('<p>no charset</p>')), null);
});

test('an unknown declared charset is ignored and UTF-8 is tried', () => {
  assert.equal(ok(decodeBytes(new TextEncoder().encode('Kirkuk'), 'x-no-such-charset')), 'Kirkuk');
});
