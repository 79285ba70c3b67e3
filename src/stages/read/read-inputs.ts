// Reading local inputs: files, folders (recursively), gzip, and JSON/JSONL records.
import { readdir, stat, open } from 'node:fs/promises';
import { join, extname, basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { InputFields } from '../../article/document.ts';
import { DEFAULT_MAX_BYTES, decodeBytes } from './decode-bytes.ts';
import { type InputItem, failedInput, withoutNuls } from './input-item.ts';
import { depthRefusal, jsonTextDepth, jsonValueDepth, MAX_JSON_DEPTH } from '../../util/json-depth.ts';
import { SIDECAR_SUFFIX, sidecarFields, splitFrontMatter } from './text-metadata.ts';

export const READABLE_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson'] as const;

export interface ReadOptions {
  /** Largest input accepted, after decompression (default 15 MiB). */
  readonly maxBytes?: number;
}

/**
 * Yield one InputItem per readable input under `paths`: a file, each file of a folder (recursively,
 * in name order, skipping hidden files and unknown extensions), each record of a JSON or JSONL file.
 * Never throws for a bad input: a missing path, an oversize or undecodable file becomes an item
 * with `error` set.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield failedInput(path, describeFsError(error, path));
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFile(file, maxBytes, false);
    } else {
      yield* readFile(path, maxBytes, true);
    }
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && isReadableName(entry.name) && !entry.name.toLowerCase().endsWith(SIDECAR_SUFFIX)) yield full;
  }
}

function isReadableName(name: string): boolean {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  return (READABLE_EXTENSIONS as readonly string[]).includes(extname(base));
}

async function* readFile(path: string, maxBytes: number, explicit: boolean): AsyncGenerator<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(path, maxBytes);
  } catch (error) {
    yield failedInput(path, error instanceof LimitError ? error.message : describeFsError(error, path));
    return;
  }
  let name = basename(path).toLowerCase();
  if (name.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      yield failedInput(path, tooBig ? `decompressed size over the ${formatBytes(maxBytes)} limit` : 'corrupt gzip data');
      return;
    }
    name = name.replace(/\.gz$/, '');
  }
  const ext = extname(name);
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
    yield* readRecords(path, bytes, ext === '.json');
    return;
  }
  const kind = ext === '.html' || ext === '.htm' || (!explicit ? false : sniffHtml(bytes)) ? 'html' : 'text';
  let body: string | null = null;
  let fields: InputFields;
  try {
    // A sidecar (story.txt.meta.json) first, then a front matter block fills what it leaves open.
    fields = await sidecarFields(path);
    const decoded = kind === 'text' ? decodeBytes(bytes) : null;
    const front = decoded?.ok ? splitFrontMatter(decoded.text) : null;
    if (front) fields = { ...front.fields, ...fields };
    if (decoded?.ok) body = front ? front.body : decoded.text;
  } catch (error) {
    yield failedInput(path, `bad metadata: ${(error as Error).message}`, bytes);
    return;
  }
  yield {
    origin: path,
    kind,
    contentType: kind === 'html' ? 'text/html' : 'text/plain',
    bytes,
    body,
    fields,
    error: null,
  };
}

function* readRecords(path: string, bytes: Uint8Array, wholeJson: boolean): Generator<InputItem> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield failedInput(path, decoded.error, bytes);
    return;
  }
  if (wholeJson) {
    const tooDeep = depthRefusal(jsonTextDepth(decoded.text, MAX_JSON_DEPTH), 'the JSON file');
    if (tooDeep) {
      yield failedInput(path, tooDeep, bytes);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoded.text);
    } catch (error) {
      yield failedInput(path, `invalid JSON: ${(error as Error).message}`, bytes);
      return;
    }
    const values = Array.isArray(parsed) ? parsed : [parsed];
    for (let i = 0; i < values.length; i++) yield recordItem(`${path}#${i + 1}`, values[i]);
    return;
  }
  // JSON Lines: one record at a time, in line order, each parsed only when the reader asks for it (no array of
  // every line or every record: a file of large records holds one of them parsed at a time beside its text).
  const text = decoded.text;
  for (let start = 0, lineNo = 1; start < text.length; lineNo++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    const tooDeep = depthRefusal(jsonTextDepth(line, MAX_JSON_DEPTH), `line ${lineNo}`);
    if (tooDeep) {
      yield failedInput(`${path}#${lineNo}`, tooDeep, new TextEncoder().encode(line));
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield failedInput(`${path}#${lineNo}`, `invalid JSON on line ${lineNo}: ${(error as Error).message}`, new TextEncoder().encode(line));
      continue;
    }
    yield recordItem(`${path}#${lineNo}`, value);
  }
}

/**
 * One JSON record carrying `text` or `html` plus optional url, title, outlet, published, synthetic.
 * A record nested past MAX_JSON_DEPTH is refused (copying it would exhaust the stack).
 */
export function recordItem(origin: string, value: unknown): InputItem {
  const tooDeep = depthRefusal(jsonValueDepth(value, MAX_JSON_DEPTH), 'record');
  if (tooDeep) return failedInput(origin, tooDeep);
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return failedInput(origin, 'record is not a JSON object', bytes);
  }
  const r = value as Record<string, unknown>;
  // NUL characters are removed from every string taken from the record (and counted), so SQLite and
  // PostgreSQL (whose text cannot hold U+0000) store the same record.
  const nuls = { count: 0 };
  const clean = (v: unknown) => (typeof v === 'string' ? withoutNuls(v, nuls) : v);
  const html = typeof r.html === 'string' ? withoutNuls(r.html, nuls) : null;
  const text = typeof r.text === 'string' ? withoutNuls(r.text, nuls) : null;
  if (html === null && text === null) return failedInput(origin, 'record has neither "text" nor "html"', bytes);
  const fields: InputFields = {
    url: str(clean(r.url)),
    title: str(clean(r.title)),
    outlet: str(clean(r.outlet)),
    published: validIso(clean(r.published)),
    synthetic: r.synthetic === true,
    ...(nuls.count > 0 ? { nulsRemoved: nuls.count } : {}),
  };
  return {
    origin: withoutNuls(origin),
    kind: html !== null ? 'html' : 'text',
    contentType: html !== null ? 'text/html' : 'text/plain',
    bytes,
    body: html ?? text,
    fields,
    error: null,
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function validIso(v: unknown): string | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  return Number.isNaN(Date.parse(v)) ? null : v;
}

function sniffHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|head|article|div|p)[\s>]/.test(head);
}

class LimitError extends Error {}

/** Read a file, refusing (without reading it whole) one larger than maxBytes. */
async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new LimitError(`file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`);
    }
    const buffer = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file or directory: ${path}`;
  if (code === 'EACCES') return `permission denied: ${path}`;
  if (code === 'EISDIR') return `is a directory: ${path}`;
  return `cannot read ${path}: ${(error as Error).message}`;
}
