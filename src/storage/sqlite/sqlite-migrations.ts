// Versioned schema migrations for the SQLite store, applied in order, each once.

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, articles, spans, events, claims',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        content_type TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('processed', 'failed', 'duplicate', 'empty')),
        error TEXT,
        byte_length INTEGER NOT NULL,
        raw BLOB,
        fields TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX documents_status ON documents(status);

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        language TEXT,
        synthetic INTEGER NOT NULL DEFAULT 0,
        meta TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        content_hash TEXT NOT NULL,
        duplicate_of TEXT REFERENCES articles(id),
        pipeline TEXT NOT NULL DEFAULT '[]',
        failures TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      );
      CREATE INDEX articles_content_hash ON articles(content_hash);
      CREATE INDEX articles_document ON articles(document_id);

      CREATE TABLE spans (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        layer TEXT NOT NULL,
        seq INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        label TEXT NOT NULL,
        value TEXT NOT NULL,
        stage TEXT NOT NULL,
        stage_version TEXT NOT NULL,
        method TEXT NOT NULL,
        confidence REAL NOT NULL,
        PRIMARY KEY (article_id, layer, seq),
        CHECK (start >= 0 AND end >= start)
      );

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        event_type TEXT,
        sub_event_type TEXT,
        date_start TEXT,
        country TEXT,
        admin1 TEXT,
        fatalities_best INTEGER,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX events_article ON events(article_id);
      CREATE INDEX events_type ON events(event_type, sub_event_type);
      CREATE INDEX events_date ON events(date_start);

      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        subject TEXT NOT NULL,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX claims_subject ON claims(subject);

      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'feed state for watch (conditional GET, seen items)',
    sql: `
      CREATE TABLE feed_state (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        seen_items TEXT NOT NULL DEFAULT '[]',
        last_polled_at TEXT,
        last_result TEXT
      );
    `,
  },
  {
    version: 3,
    name: 'near-duplicate fingerprints, LSH band index, near-duplicate and story links',
    sql: `
      CREATE TABLE article_fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        published TEXT NOT NULL,
        dated INTEGER NOT NULL,
        shingle_count INTEGER NOT NULL,
        signature BLOB NOT NULL,
        event_day TEXT,
        terms TEXT NOT NULL,
        produced_by TEXT NOT NULL
      );
      CREATE INDEX article_fingerprints_published ON article_fingerprints(published);

      CREATE TABLE article_bands (
        band_key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_bands_article ON article_bands(article_id);

      -- Every distinct story term of each dated article: document frequencies and candidate blocking.
      CREATE TABLE article_terms (
        term TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        published TEXT NOT NULL,
        PRIMARY KEY (term, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_terms_term_published ON article_terms(term, published);
      CREATE INDEX article_terms_article ON article_terms(article_id);

      CREATE TABLE article_links (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        near_duplicate_of TEXT REFERENCES articles(id),
        near_duplicate_similarity REAL,
        story_id TEXT NOT NULL,
        story_score REAL,
        produced_by TEXT NOT NULL
      );
      CREATE INDEX article_links_story ON article_links(story_id);
      CREATE INDEX article_links_near_duplicate ON article_links(near_duplicate_of);
    `,
  },
  {
    // Derived columns are
    // VIRTUAL generated columns over the stored record, so every writer stays correct without change.
    version: 4,
    name: 'event query columns and indexes, actor index, geo index, deletions feed',
    sql: `
      ALTER TABLE events ADD COLUMN date_end TEXT GENERATED ALWAYS AS (coalesce(json_extract(record, '$.dateEnd'), date_start)) VIRTUAL;
      ALTER TABLE events ADD COLUMN span_days INTEGER GENERATED ALWAYS AS (CAST(julianday(date_end) - julianday(date_start) AS INTEGER)) VIRTUAL;
      ALTER TABLE events ADD COLUMN latitude REAL GENERATED ALWAYS AS (json_extract(record, '$.latitude')) VIRTUAL;
      ALTER TABLE events ADD COLUMN longitude REAL GENERATED ALWAYS AS (json_extract(record, '$.longitude')) VIRTUAL;
      ALTER TABLE events ADD COLUMN flags TEXT GENERATED ALWAYS AS (coalesce(json_extract(record, '$.flags'), '[]')) VIRTUAL;
      ALTER TABLE events ADD COLUMN flagged INTEGER GENERATED ALWAYS AS (json_array_length(coalesce(json_extract(record, '$.flags'), '[]')) > 0) VIRTUAL;

      -- Keyset pagination walks (sort key, id); NULL keys sort lowest ('' and -1). The sort indexes
      -- also carry the columns most filters read, so rows that fail a filter are skipped without
      -- reading the (large) record; only matches touch the table.
      CREATE INDEX events_by_id ON events(id, country COLLATE NOCASE, admin1 COLLATE NOCASE, event_type,
        sub_event_type, fatalities_best, date_start, date_end, flagged, latitude, longitude);
      CREATE INDEX events_by_date ON events(ifnull(date_start, ''), id, country COLLATE NOCASE, admin1 COLLATE NOCASE,
        event_type, sub_event_type, fatalities_best, date_end, flagged, latitude, longitude);
      CREATE INDEX events_by_fatalities ON events(ifnull(fatalities_best, -1), id, country COLLATE NOCASE,
        admin1 COLLATE NOCASE, event_type, sub_event_type, date_start, date_end, flagged, latitude, longitude);
      DROP INDEX IF EXISTS events_date; -- superseded by events_by_date
      CREATE INDEX events_country_date ON events(country COLLATE NOCASE, ifnull(date_start, ''), id, date_end);
      CREATE INDEX events_admin1_date ON events(admin1 COLLATE NOCASE, ifnull(date_start, ''), id, date_end);
      -- Type or place within a date range: an equality and a range on one index (ACLED users' most
      -- common query); id and date_end are there so the page is found and sorted from the index alone.
      CREATE INDEX events_type_date ON events(event_type, ifnull(date_start, ''), id, date_end);
      CREATE INDEX events_sub_type_date ON events(sub_event_type, ifnull(date_start, ''), id, date_end);
      CREATE INDEX events_span ON events(span_days);
      CREATE INDEX events_updated ON events(updated_at, id);

      -- Actor ids and names (lower-cased) of actor1 and actor2, for the actor filter.
      CREATE TABLE event_actors (
        actor TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (actor, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_actors_event ON event_actors(event_id);

      -- Bounding boxes of event points, keyed by the events rowid, for the near filter. (VACUUM may
      -- renumber rowids of a table without INTEGER PRIMARY KEY; sitrep never runs it.)
      CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

      -- Sync feed: what was deleted, so copies can delete it too.
      CREATE TABLE deletions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      );
      CREATE INDEX deletions_time ON deletions(deleted_at);

      -- Event counts by type, country and month, kept by the triggers below, so unfiltered stats
      -- (the dashboard's first view) read a few hundred rows instead of every event.
      CREATE TABLE event_counts (
        event_type TEXT NOT NULL,
        country TEXT NOT NULL,
        month TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (event_type, country, month)
      ) WITHOUT ROWID;

      CREATE TRIGGER events_count_insert AFTER INSERT ON events BEGIN
        INSERT INTO event_counts (event_type, country, month, n)
          VALUES (ifnull(new.event_type, ''), ifnull(new.country, ''), substr(ifnull(new.date_start, ''), 1, 7), 1)
          ON CONFLICT DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER events_count_delete AFTER DELETE ON events BEGIN
        UPDATE event_counts SET n = n - 1
          WHERE event_type = ifnull(old.event_type, '') AND country = ifnull(old.country, '') AND month = substr(ifnull(old.date_start, ''), 1, 7);
      END;
      CREATE TRIGGER events_count_update AFTER UPDATE OF event_type, country, date_start ON events BEGIN
        UPDATE event_counts SET n = n - 1
          WHERE event_type = ifnull(old.event_type, '') AND country = ifnull(old.country, '') AND month = substr(ifnull(old.date_start, ''), 1, 7);
        INSERT INTO event_counts (event_type, country, month, n)
          VALUES (ifnull(new.event_type, ''), ifnull(new.country, ''), substr(ifnull(new.date_start, ''), 1, 7), 1)
          ON CONFLICT DO UPDATE SET n = n + 1;
      END;

      CREATE TRIGGER events_index_insert AFTER INSERT ON events BEGIN
        INSERT OR IGNORE INTO event_actors (actor, event_id)
          SELECT lower(value), new.id FROM json_each(json_array(
            json_extract(new.record, '$.actor1.id'), json_extract(new.record, '$.actor1.name'),
            json_extract(new.record, '$.actor2.id'), json_extract(new.record, '$.actor2.name')))
          WHERE value IS NOT NULL AND value <> '';
        INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon)
          SELECT new.rowid, new.latitude, new.latitude, new.longitude, new.longitude
          WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
      END;
      CREATE TRIGGER events_index_delete AFTER DELETE ON events BEGIN
        DELETE FROM event_actors WHERE event_id = old.id;
        DELETE FROM events_geo WHERE id = old.rowid;
        INSERT INTO deletions (kind, id, deleted_at) VALUES ('event', old.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      END;
      CREATE TRIGGER events_index_update AFTER UPDATE OF record ON events BEGIN
        DELETE FROM event_actors WHERE event_id = old.id;
        DELETE FROM events_geo WHERE id = old.rowid;
        INSERT OR IGNORE INTO event_actors (actor, event_id)
          SELECT lower(value), new.id FROM json_each(json_array(
            json_extract(new.record, '$.actor1.id'), json_extract(new.record, '$.actor1.name'),
            json_extract(new.record, '$.actor2.id'), json_extract(new.record, '$.actor2.name')))
          WHERE value IS NOT NULL AND value <> '';
        INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon)
          SELECT new.rowid, new.latitude, new.latitude, new.longitude, new.longitude
          WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
      END;
      CREATE TRIGGER claims_deleted AFTER DELETE ON claims BEGIN
        INSERT INTO deletions (kind, id, deleted_at) VALUES ('claim', old.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      END;
      CREATE TRIGGER articles_deleted AFTER DELETE ON articles BEGIN
        INSERT INTO deletions (kind, id, deleted_at) VALUES ('article', old.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      END;

      -- Rows written before this migration.
      INSERT INTO event_counts (event_type, country, month, n)
        SELECT ifnull(event_type, ''), ifnull(country, ''), substr(ifnull(date_start, ''), 1, 7), count(*) FROM events GROUP BY 1, 2, 3;
      INSERT OR IGNORE INTO event_actors (actor, event_id)
        SELECT lower(j.value), e.id FROM events e, json_each(json_array(
          json_extract(e.record, '$.actor1.id'), json_extract(e.record, '$.actor1.name'),
          json_extract(e.record, '$.actor2.id'), json_extract(e.record, '$.actor2.name'))) j
        WHERE j.value IS NOT NULL AND j.value <> '';
      INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon)
        SELECT rowid, latitude, latitude, longitude, longitude FROM events
        WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
    `,
  },
  {
    version: 5,
    name: 'incidents',
    sql: `
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        date_start TEXT,
        event_type TEXT,
        country TEXT,
        independent_sources INTEGER NOT NULL,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX incidents_date ON incidents(date_start);
      CREATE TABLE incident_events (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (incident_id, event_id)
      );
      CREATE UNIQUE INDEX incident_events_event ON incident_events(event_id);
    `,
  },
  {
    version: 6,
    name: 'incidents sorted by date, fatalities and independent sources',
    // Generated columns, so writers stay unchanged; unknown dates and fatalities sort lowest.
    sql: `
      ALTER TABLE incidents ADD COLUMN sort_date TEXT GENERATED ALWAYS AS (coalesce(date_start, '')) VIRTUAL;
      ALTER TABLE incidents ADD COLUMN sort_fatalities INTEGER GENERATED ALWAYS AS (coalesce(json_extract(record, '$.fatalities.best'), -1)) VIRTUAL;
      CREATE INDEX incidents_sort_date ON incidents(sort_date, id);
      CREATE INDEX incidents_sort_fatalities ON incidents(sort_fatalities, id);
      CREATE INDEX incidents_sort_sources ON incidents(independent_sources, id);
    `,
  },
  {
    version: 7,
    name: 'incremental incidents: a queue of events to place, members with their report keys, a version',
    // Events are queued by trigger in the transaction that stores (or deletes) them, so no path that
    // writes events can leave incidents stale. Incidents built before are rebuilt from the queue.
    sql: `
      DROP TABLE IF EXISTS incident_events;
      DELETE FROM incidents;
      CREATE TABLE incident_members (
        event_id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        sort_key TEXT NOT NULL
      );
      CREATE INDEX incident_members_key ON incident_members(sort_key);
      CREATE INDEX incident_members_incident ON incident_members(incident_id);
      CREATE TABLE incident_queue (
        event_id TEXT PRIMARY KEY,
        sort_key TEXT NOT NULL
      );
      CREATE INDEX incident_queue_key ON incident_queue(sort_key, event_id);
      CREATE TABLE incident_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      );
      INSERT INTO incident_state (id, version) VALUES (1, 0);
      CREATE TRIGGER events_incident_queue_insert AFTER INSERT ON events BEGIN
        INSERT OR REPLACE INTO incident_queue (event_id, sort_key) VALUES (new.id,
          ifnull(ifnull(new.date_start, substr((SELECT published FROM articles WHERE id = new.article_id), 1, 10)), '') || ' ' || new.id);
      END;
      CREATE TRIGGER events_incident_queue_delete AFTER DELETE ON events BEGIN
        INSERT OR REPLACE INTO incident_queue (event_id, sort_key) VALUES (old.id, '');
      END;
      INSERT INTO incident_queue (event_id, sort_key)
        SELECT e.id, ifnull(ifnull(e.date_start, substr(a.published, 1, 10)), '') || ' ' || e.id
        FROM events e JOIN articles a ON a.id = e.article_id;
    `,
  },
  {
    version: 8,
    name: 'story terms kept by publication day',
    // Keyed by (term, article) with an index on (term, published), each stored article's ~130 terms
    // landed on ~130 random pages of two trees that grow with the store: a batch of 64 articles rewrote
    // thousands of pages, more as the store grew. Keyed by (day, term, article) a feed's new terms land
    // among the pages of the days it is at, whatever the store's size; look-ups seek (day, term) pairs.
    sql: `
      CREATE TABLE article_terms_by_day (
        day INTEGER NOT NULL, -- whole UTC days since 1970-01-01 of published
        term TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        published TEXT NOT NULL,
        PRIMARY KEY (day, term, article_id)
      ) WITHOUT ROWID;
      INSERT INTO article_terms_by_day (day, term, article_id, published)
        SELECT CAST(strftime('%s', substr(published, 1, 10)) AS INTEGER) / 86400, term, article_id, published FROM article_terms;
      DROP TABLE article_terms;
      ALTER TABLE article_terms_by_day RENAME TO article_terms;
      CREATE INDEX article_terms_article ON article_terms(article_id);
    `,
  },
  {
    version: 9,
    name: 'full-text index written once per batch',
    // The trigger indexed each article inside its own INSERT statement. A statement with triggers opens a
    // savepoint, and FTS5 writes out its pending terms at every savepoint: one new index segment per article
    // (and per event, whose inserts have triggers too), each merged into the others later. The store now adds a
    // batch's articles to the index in one statement at the end of the batch's transaction (SqliteStore.saveDocuments):
    // one segment per batch. An ingest's writer thread at 16,000 stored articles spent 11.5 ms per article in
    // the article INSERT (0.2 ms at the start), and the same rows index in ~1 ms per article a batch at a time.
    sql: `DROP TRIGGER articles_fts_insert;`,
  },
];
