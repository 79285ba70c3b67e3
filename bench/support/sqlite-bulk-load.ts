// Fast bulk load of synthetic documents into a SQLite store file: rows written directly with the events indexes deferred.
import { DatabaseSync } from 'node:sqlite';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import { seededRandom, syntheticDocument } from '../../test/support/synthetic-events.ts';

/**
 * Write documents [0, documents) of the synthetic corpus (the same rows fillSyntheticStore writes
 * through the Store) into the SQLite file at `path`, which must be new. The events table's indexes
 * and triggers are dropped while rows go in and rebuilt after, as one sorted pass each, which is
 * many times faster than maintaining them row by row. Mirrors SqliteStore's row layout.
 */
export async function bulkLoadSqlite(path: string, documents: number, eventsPerArticle: number, log: (line: string) => void): Promise<void> {
  const store = new SqliteStore(path);
  await store.migrate();
  await store.close();
  const db = new DatabaseSync(path);
  db.exec('PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;');
  const deferred = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'events' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
    .all() as { type: string; name: string; sql: string }[];
  for (const d of deferred) db.exec(`DROP ${d.type.toUpperCase()} ${d.name}`);

  const insertDocument = db.prepare(
    `INSERT INTO documents (id, origin, content_type, fetched_at, status, error, byte_length, raw, fields) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '{}')`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, document_id, idx, text, title, outlet, url, published, language, synthetic, meta, removed,
       content_hash, duplicate_of, pipeline, failures, created_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, NULL, 1, ?, '[]', ?, NULL, '[]', '[]', ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, article_id, seq, event_type, sub_event_type, date_start, country, admin1, fatalities_best, record, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertClaim = db.prepare('INSERT INTO claims (id, article_id, seq, subject, record, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const now = new Date().toISOString();
  const batch = 500;
  for (let first = 0; first < documents; first += batch) {
    const random = seededRandom(1 + first); // the same seeds as ensureSyntheticStore's Store path
    db.exec('BEGIN');
    for (let i = first; i < Math.min(first + batch, documents); i++) {
      const { document: d, writes } = syntheticDocument(i, eventsPerArticle, random);
      insertDocument.run(d.id, d.origin, d.contentType, d.fetchedAt, d.status, d.error, d.byteLength);
      for (const { article: a, contentHash } of writes) {
        const m = a.meta;
        insertArticle.run(a.id, a.documentId, a.text, m.title, m.outlet, m.url, m.published, JSON.stringify(m), contentHash, now);
        a.events.forEach((e, seq) => insertEvent.run(
          `${a.id}:e${seq}`, a.id, seq, e.eventType, e.subEventType, e.dateStart, e.country, e.admin1, e.fatalities.best, JSON.stringify(e), now,
        ));
        a.claims.forEach((c, seq) => insertClaim.run(`${a.id}:c${seq}`, a.id, seq, c.subject, JSON.stringify(c), now));
      }
    }
    db.exec('COMMIT');
    if ((first / batch) % 20 === 0) log(`  ${Math.min(first + batch, documents) * eventsPerArticle} events written`);
  }
  log('  rebuilding indexes…');
  for (const d of deferred.filter((x) => x.type === 'index')) db.exec(d.sql);
  // The trigger-maintained side tables, filled the way migration 4 backfills them.
  db.exec(`
    INSERT INTO event_counts (event_type, country, month, n)
      SELECT ifnull(event_type, ''), ifnull(country, ''), substr(ifnull(date_start, ''), 1, 7), count(*) FROM events GROUP BY 1, 2, 3;
    INSERT OR IGNORE INTO event_actors (actor, event_id)
      SELECT lower(j.value), e.id FROM events e, json_each(json_array(
        json_extract(e.record, '$.actor1.id'), json_extract(e.record, '$.actor1.name'),
        json_extract(e.record, '$.actor2.id'), json_extract(e.record, '$.actor2.name'))) j
      WHERE j.value IS NOT NULL AND j.value <> '';
    INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon)
      SELECT rowid, latitude, latitude, longitude, longitude FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
  `);
  for (const d of deferred.filter((x) => x.type === 'trigger')) db.exec(d.sql);
  log('  analyzing…');
  db.exec('ANALYZE');
  db.close();
}
