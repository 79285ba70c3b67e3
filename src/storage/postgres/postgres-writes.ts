// Writing one article's rows (article, spans, events, claims) inside a PostgreSQL transaction.
import type pg from 'pg';
import type { Article } from '../../article/article.ts';
import { LAYER_NAMES } from '../../article/span.ts';
import type { ArticleWrite } from '../store.ts';
import { claimId, eventId } from '../rows.ts';
import { insertDedupe } from './postgres-links.ts';

/**
 * Insert one article with its spans, events and claims. An original whose content hash another
 * transaction stored first is written as a duplicate of that one instead (without layers or records,
 * as ingest writes duplicates). Returns whether it was stored as an original.
 */
export async function insertArticle(db: pg.PoolClient, write: ArticleWrite): Promise<boolean> {
  const { article, contentHash } = write;
  const insert = (duplicateOf: string | null, pipeline: readonly string[], failures: readonly string[]) =>
    db.query(
      `INSERT INTO articles (id, document_id, idx, text, title, outlet, url, published, language, synthetic, meta,
         removed, content_hash, duplicate_of, pipeline, failures)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14, $15::jsonb, $16::jsonb)
       ON CONFLICT (content_hash) WHERE duplicate_of IS NULL DO NOTHING`,
      [
        article.id, article.documentId, article.index, article.text, article.meta.title, article.meta.outlet,
        article.meta.url, article.meta.published, article.meta.language, article.meta.synthetic,
        toJsonb(article.meta), toJsonb(article.removed), contentHash, duplicateOf, toJsonb(pipeline), toJsonb(failures),
      ],
    );
  if ((await insert(write.duplicateOf, write.pipeline, write.failures)).rowCount === 0) {
    const { rows } = await db.query('SELECT id FROM articles WHERE content_hash = $1 AND duplicate_of IS NULL', [contentHash]);
    await insert(String(rows[0].id), [], []);
    return false;
  }
  await insertSpans(db, article);
  await insertRecords(db, article);
  await insertDedupe(db, write.fingerprint, write.links);
  return write.duplicateOf === null;
}

async function insertSpans(db: pg.PoolClient, article: Article): Promise<void> {
  const rows = LAYER_NAMES.flatMap((layer) =>
    (article.layers[layer] ?? []).map((s, seq) => ({
      layer, seq, start_offset: s.start, end_offset: s.end, label: s.label, value: s.value,
      stage: s.provenance.stage, stage_version: s.provenance.version, method: s.provenance.method,
      confidence: s.provenance.confidence,
    })),
  );
  if (!rows.length) return;
  await db.query(
    `INSERT INTO spans (article_id, layer, seq, start_offset, end_offset, label, value, stage, stage_version, method, confidence)
     -- jsonb_to_recordset reads a JSON null as SQL NULL; a span value of null is the JSON value null.
     SELECT $1, r.layer, r.seq, r.start_offset, r.end_offset, r.label, coalesce(r.value, 'null'::jsonb), r.stage, r.stage_version, r.method, r.confidence
     FROM jsonb_to_recordset($2::jsonb) AS r(layer text, seq integer, start_offset integer, end_offset integer,
       label text, value jsonb, stage text, stage_version text, method text, confidence float8)`,
    [article.id, toJsonb(rows)],
  );
}

async function insertRecords(db: pg.PoolClient, article: Article): Promise<void> {
  if (article.events.length) {
    const rows = article.events.map((e, seq) => ({
      id: eventId(article.id, seq), seq, event_type: e.eventType, sub_event_type: e.subEventType,
      date_start: e.dateStart, date_end: e.dateEnd, country: e.country, admin1: e.admin1,
      latitude: e.latitude, longitude: e.longitude,
      fatalities_best: e.fatalities.best === null ? null : Math.round(e.fatalities.best),
      actor_ids: [e.actor1?.id, e.actor2?.id].filter((v): v is string => Boolean(v)),
      actor_names: [e.actor1?.name, e.actor2?.name].filter((v): v is string => Boolean(v)).map((n) => n.toLowerCase()),
      flags: e.flags, record: e,
    }));
    await db.query(
      `INSERT INTO events (id, article_id, seq, event_type, sub_event_type, date_start, date_end, country, admin1,
         latitude, longitude, fatalities_best, actor_ids, actor_names, flags, record)
       SELECT r.id, $1, r.seq, r.event_type, r.sub_event_type, r.date_start, r.date_end, r.country, r.admin1,
         r.latitude, r.longitude, r.fatalities_best, r.actor_ids, r.actor_names, r.flags, r.record
       FROM jsonb_to_recordset($2::jsonb) AS r(id text, seq integer, event_type text, sub_event_type text,
         date_start text, date_end text, country text, admin1 text, latitude float8, longitude float8,
         fatalities_best integer, actor_ids text[], actor_names text[], flags text[], record jsonb)`,
      [article.id, toJsonb(rows)],
    );
  }
  if (article.claims.length) {
    const rows = article.claims.map((c, seq) => ({ id: claimId(article.id, seq), seq, subject: c.subject, record: c }));
    await db.query(
      `INSERT INTO claims (id, article_id, seq, subject, record)
       SELECT r.id, $1, r.seq, r.subject, r.record
       FROM jsonb_to_recordset($2::jsonb) AS r(id text, seq integer, subject text, record jsonb)`,
      [article.id, toJsonb(rows)],
    );
  }
}

/** JSON for a jsonb parameter. PostgreSQL rejects U+0000 in jsonb, so it becomes U+FFFD. */
export function toJsonb(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.includes('\u0000') ? v.replaceAll('\u0000', '\uFFFD') : v));
}
