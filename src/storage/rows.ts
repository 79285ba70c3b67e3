// Row mapping shared by every store: how records become columns and back, and cursor encoding.
import { articleFromJSON, type Article } from '../article/article.ts';
import type { Span } from '../article/span.ts';
import type { ClaimRecord, EventRecord } from '../article/records.ts';
import type { StoredClaim, StoredEvent } from './store.ts';

export function eventId(articleId: string, seq: number): string {
  return `${articleId}:e${seq}`;
}

export function claimId(articleId: string, seq: number): string {
  return `${articleId}:c${seq}`;
}

/** Opaque page cursor from the last key of a page. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** The key inside a cursor; throws TypeError on a cursor that is not one of ours. */
export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw new TypeError('invalid cursor');
  return key;
}

export interface ArticleRowContext {
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly synthetic: boolean | number;
}

export function storedEventFromRow(
  row: { id: string; article_id: string; record: string; updated_at?: string | null } & ArticleRowContext,
): StoredEvent {
  const record = JSON.parse(row.record) as EventRecord;
  return {
    ...record,
    id: row.id,
    articleId: row.article_id,
    sourceUrl: row.url,
    outlet: row.outlet,
    published: row.published,
    articleTitle: row.title,
    synthetic: Boolean(row.synthetic),
    ...(row.updated_at ? { updatedAt: String(row.updated_at) } : {}),
  };
}

export function storedClaimFromRow(row: { id: string; article_id: string; record: string; url: string | null; outlet: string | null }): StoredClaim {
  const record = JSON.parse(row.record) as ClaimRecord;
  return { ...record, id: row.id, articleId: row.article_id, sourceUrl: row.url, outlet: row.outlet };
}

export interface SpanRow {
  layer: string;
  start: number;
  end: number;
  label: string;
  value: string;
  stage: string;
  stage_version: string;
  method: string;
  confidence: number;
}

/** Rebuild an article from its stored row, span rows and records. */
export function articleFromRows(
  row: { id: string; document_id: string; idx: number; text: string; meta: string; removed: string },
  spans: readonly SpanRow[],
  events: readonly EventRecord[],
  claims: readonly ClaimRecord[],
): Article {
  const layers: Record<string, Span[]> = {};
  for (const s of spans) {
    (layers[s.layer] ??= []).push({
      start: s.start,
      end: s.end,
      label: s.label,
      value: JSON.parse(s.value),
      provenance: { stage: s.stage, version: s.stage_version, method: s.method, confidence: s.confidence },
    });
  }
  return articleFromJSON({
    kind: 'article',
    id: row.id,
    documentId: row.document_id,
    index: row.idx,
    text: row.text,
    meta: JSON.parse(row.meta),
    layers,
    events,
    claims,
    removed: JSON.parse(row.removed),
  });
}

/** A MinHash signature as bytes: unsigned 32-bit little-endian values, for BLOB/bytea columns. */
export function encodeSignature(signature: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  signature.forEach((value, i) => view.setUint32(i * 4, value, true));
  return bytes;
}

/** The signature stored by encodeSignature; throws RangeError on a length that is not a multiple of 4. */
export function decodeSignature(bytes: Uint8Array): number[] {
  if (bytes.byteLength % 4 !== 0) throw new RangeError(`signature of ${bytes.byteLength} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getUint32(i * 4, true));
}

/** Cursor of a claim-subject page: the last subject's count and name. */
export function encodeSubjectCursor(count: number, subject: string): string {
  return encodeCursor(JSON.stringify([count, subject]));
}

/** The (count, subject) in a claim-subject cursor; throws TypeError on one that is not ours. */
export function decodeSubjectCursor(cursor: string): [number, string] {
  try {
    const parsed = JSON.parse(decodeCursor(cursor)) as unknown;
    if (Array.isArray(parsed) && typeof parsed[0] === 'number' && typeof parsed[1] === 'string') return [parsed[0], parsed[1]];
  } catch { /* fall through */ }
  throw new TypeError('invalid cursor');
}

/** The sequence number in a deletions cursor (0 without one); throws TypeError on one that is not ours. */
export function decodeSequenceCursor(cursor: string | null): number {
  const seq = cursor ? Number(decodeCursor(cursor)) : 0;
  if (!Number.isInteger(seq)) throw new TypeError('invalid cursor');
  return seq;
}

/** `since` as an ISO 8601 UTC instant, or `fallback` without one; throws TypeError on a string that is no timestamp. */
export function sinceInstant(since: string | null, fallback: string): string {
  if (!since) return fallback;
  const time = Date.parse(since);
  if (Number.isNaN(time)) throw new TypeError(`not an ISO 8601 timestamp: ${since}`);
  return new Date(time).toISOString();
}
