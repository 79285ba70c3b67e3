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
];
