// Turning raw bytes into text: BOMs, declared charsets, strict UTF-8, and binary detection.

export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;

export type Decoded = { ok: true; text: string; charset: string } | { ok: false; error: string };

/**
 * Decode bytes to text. Honours a BOM (UTF-8, UTF-16LE/BE), then `declared` (an HTTP or <meta>
 * charset), then strict UTF-8. Rejects content that looks binary (NUL bytes outside UTF-16) and
 * UTF-8 that does not decode, with a one-line reason, rather than storing mojibake.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'empty input (0 bytes)' };
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bom.charset, bytes.subarray(bom.length));
  if (looksBinary(bytes)) return { ok: false, error: 'binary content (NUL bytes), not text' };
  if (declared) {
    const label = declared.trim().toLowerCase();
    // A label TextDecoder does not know is ignored (UTF-8 is tried instead); a known one is obeyed.
    if (label && label !== 'utf-8' && label !== 'utf8' && knownCharset(label)) return decodeWith(label, bytes);
  }
  return decodeWith('utf-8', bytes);
}

function knownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(charset: string, bytes: Uint8Array): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { ok: false, error: `unknown charset "${charset}"` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes), charset: decoder.encoding };
  } catch {
    return { ok: false, error: `invalid ${decoder.encoding.toUpperCase()} byte sequence; not decoded` };
  }
}

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The charset named in an HTML document's <meta charset> or http-equiv Content-Type, if any. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset parameter of a Content-Type header value ("text/html; charset=windows-1256"), if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Decode fetched bytes the way a browser would, in order: BOM, the HTTP header's charset, the
 * document's <meta charset> (HTML only), strict UTF-8. When nothing is declared and the bytes are
 * not UTF-8, guess between windows-1256 (Arabic script) and windows-1252 (Latin) by how many
 * letters use high bytes; the charset returned says "(guessed)" so the guess stays visible.
 */
export function decodeWebBytes(bytes: Uint8Array, httpCharset: string | null, html: boolean): Decoded {
  const known = (label: string | null): string | null => (label && isKnownCharset(label) ? label : null);
  const declared = known(httpCharset) ?? (html ? known(sniffMetaCharset(bytes)) : null);
  const decoded = decodeBytes(bytes, declared);
  if (decoded.ok || declared || sniffBom(bytes) || looksBinary(bytes)) return decoded;
  const guess = guessLegacyCharset(bytes);
  const fallback = decodeWith(guess, bytes);
  return fallback.ok ? { ...fallback, charset: `${fallback.charset} (guessed)` } : decoded;
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Arabic text in windows-1256 is mostly high bytes; Latin text in windows-1252 only sprinkles them.
 * Bytes inside <tags> are skipped so HTML markup does not outvote the text.
 */
function guessLegacyCharset(bytes: Uint8Array): string {
  let high = 0;
  let asciiLetters = 0;
  let inTag = false;
  for (const b of bytes) {
    if (b === 0x3c) inTag = true;
    else if (b === 0x3e) inTag = false;
    else if (inTag) continue;
    else if (b >= 0xc0) high++;
    else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
  }
  return high > 0 && high >= asciiLetters * 0.5 ? 'windows-1256' : 'windows-1252';
}
