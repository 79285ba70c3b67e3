// Versioned schema migrations for the PostgreSQL store, applied in order, each once (same tables as SQLite's).

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

// Ids and sort keys use the "C" collation so that ordering (and cursor comparison) is by code point,
// the same on every server whatever its locale, and the same as SQLite's binary ordering.
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, articles, spans, events, claims, full-text search',
    sql: `
      CREATE TABLE documents (
        id text COLLATE "C" PRIMARY KEY,
        origin text NOT NULL,
        content_type text NOT NULL,
        fetched_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('processed', 'failed', 'duplicate', 'empty')),
        error text,
        byte_length integer NOT NULL,
        raw bytea,
        fields jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX documents_status ON documents (status, fetched_at, id);
      CREATE INDEX documents_fetched ON documents (fetched_at, id);

      CREATE TABLE articles (
        id text COLLATE "C" PRIMARY KEY,
        document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        text text NOT NULL,
        title text,
        outlet text,
        url text,
        published text,
        language text,
        synthetic boolean NOT NULL DEFAULT false,
        meta jsonb NOT NULL,
        removed jsonb NOT NULL DEFAULT '[]',
        content_hash text NOT NULL,
        duplicate_of text COLLATE "C" REFERENCES articles (id),
        pipeline jsonb NOT NULL DEFAULT '[]',
        failures jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Like SQLite's FTS5 unicode61 tokenizer: no stemming, case folded. Capped so one huge
        -- article cannot exceed tsvector's 1 MB limit and fail its whole document.
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', coalesce(title, '') || ' ' || left(text, 300000))
        ) STORED
      );
      -- At most one original per content hash: concurrent workers cannot both store "the first" copy.
      CREATE UNIQUE INDEX articles_original_hash ON articles (content_hash) WHERE duplicate_of IS NULL;
      CREATE INDEX articles_content_hash ON articles (content_hash);
      CREATE INDEX articles_document ON articles (document_id);
      CREATE INDEX articles_search ON articles USING gin (search);

      CREATE TABLE spans (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        layer text NOT NULL,
        seq integer NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        label text NOT NULL,
        value jsonb NOT NULL,
        stage text NOT NULL,
        stage_version text NOT NULL,
        method text NOT NULL,
        confidence double precision NOT NULL,
        PRIMARY KEY (article_id, layer, seq),
        CHECK (start_offset >= 0 AND end_offset >= start_offset)
      );

      CREATE TABLE events (
        id text COLLATE "C" PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        event_type text,
        sub_event_type text,
        date_start text COLLATE "C",
        date_end text COLLATE "C",
        country text,
        admin1 text,
        latitude double precision,
        longitude double precision,
        fatalities_best integer,
        actor_ids text[] NOT NULL DEFAULT '{}',
        actor_names text[] NOT NULL DEFAULT '{}',
        flags text[] NOT NULL DEFAULT '{}',
        record jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX events_article ON events (article_id);
      CREATE INDEX events_type ON events (event_type, sub_event_type);
      CREATE INDEX events_place ON events (country, admin1);
      CREATE INDEX events_latitude ON events (latitude);
      CREATE INDEX events_updated ON events (updated_at);
      CREATE INDEX events_actor_ids ON events USING gin (actor_ids);
      CREATE INDEX events_actor_names ON events USING gin (actor_names);
      CREATE INDEX events_flags ON events USING gin (flags);
      -- One index per sort order, on the exact key expressions the event query orders by.
      CREATE INDEX events_sort_date ON events ((coalesce(date_start, '9999-12-31')), id);
      CREATE INDEX events_sort_date_desc ON events ((coalesce(date_start, '0000-00-00')) DESC, id DESC);
      CREATE INDEX events_sort_fatalities ON events ((coalesce(fatalities_best, 2147483647)), id);
      CREATE INDEX events_sort_fatalities_desc ON events ((coalesce(fatalities_best, -1)) DESC, id DESC);

      CREATE TABLE claims (
        id text COLLATE "C" PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        subject text NOT NULL,
        record jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX claims_article ON claims (article_id);
      CREATE INDEX claims_subject ON claims (subject);
    `,
  },
  {
    version: 2,
    name: 'feed state for watch (conditional GET, seen items)',
    sql: `
      CREATE TABLE feed_state (
        url text PRIMARY KEY,
        etag text,
        last_modified text,
        seen_items jsonb NOT NULL DEFAULT '[]',
        last_polled_at text,
        last_result text
      );
    `,
  },
  {
    version: 3,
    name: 'near-duplicate fingerprints, LSH band index, near-duplicate and story links',
    sql: `
      CREATE TABLE article_fingerprints (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        published text NOT NULL,
        dated boolean NOT NULL,
        shingle_count integer NOT NULL,
        signature bytea NOT NULL,
        event_day text,
        terms jsonb NOT NULL,
        produced_by text NOT NULL
      );
      CREATE INDEX article_fingerprints_published ON article_fingerprints (published);
      CREATE TABLE article_bands (
        band_key text COLLATE "C" NOT NULL,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      );
      CREATE INDEX article_bands_article ON article_bands (article_id);
      CREATE TABLE article_terms (
        term text COLLATE "C" NOT NULL,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        published text NOT NULL,
        PRIMARY KEY (term, article_id)
      );
      CREATE INDEX article_terms_term_published ON article_terms (term, published);
      CREATE INDEX article_terms_article ON article_terms (article_id);
      CREATE TABLE article_links (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        near_duplicate_of text COLLATE "C" REFERENCES articles (id),
        near_duplicate_similarity float8,
        story_id text COLLATE "C" NOT NULL,
        story_score float8,
        produced_by text NOT NULL
      );
      CREATE INDEX article_links_story ON article_links (story_id);
      CREATE INDEX article_links_near_duplicate ON article_links (near_duplicate_of);
    `,
  },
  {
    version: 4,
    name: 'deletions feed for sync',
    sql: `
      CREATE TABLE deletions (
        seq bigserial PRIMARY KEY,
        kind text NOT NULL,
        id text NOT NULL,
        deleted_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX deletions_time ON deletions (deleted_at);
      CREATE FUNCTION record_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO deletions (kind, id) VALUES (TG_ARGV[0], OLD.id);
        RETURN OLD;
      END $$;
      CREATE TRIGGER events_deleted AFTER DELETE ON events FOR EACH ROW EXECUTE FUNCTION record_deletion('event');
      CREATE TRIGGER claims_deleted AFTER DELETE ON claims FOR EACH ROW EXECUTE FUNCTION record_deletion('claim');
      CREATE TRIGGER articles_deleted AFTER DELETE ON articles FOR EACH ROW EXECUTE FUNCTION record_deletion('article');
    `,
  },
  {
    version: 5,
    name: 'incidents',
    sql: `
      CREATE TABLE incidents (
        id text COLLATE "C" PRIMARY KEY,
        date_start text,
        event_type text,
        country text,
        independent_sources integer NOT NULL,
        record jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX incidents_date ON incidents (date_start);
      CREATE TABLE incident_events (
        incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        event_id text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        PRIMARY KEY (incident_id, event_id)
      );
      CREATE UNIQUE INDEX incident_events_event ON incident_events (event_id);
    `,
  },
  {
    version: 6,
    name: 'events of one type in id order, with the date window in the index',
    // A type over a date window (since/until) in id order (the default sort) walked the id index and read
    // every other event from the table. Here the scan stays in id order within the type and checks both
    // date bounds on the index entry, so only matching events are read from the table.
    sql: `
      CREATE INDEX events_type_id ON events (event_type, id, (coalesce(date_end, date_start)), date_start);
    `,
  },
  {
    version: 7,
    name: 'unknown dates and fatalities sort lowest, as in every store',
    // Ascending sorts now use the same key expressions as the descending ones, whose (key DESC, id DESC)
    // indexes serve them scanned backward, so the ascending-only indexes go.
    sql: `
      DROP INDEX IF EXISTS events_sort_date;
      DROP INDEX IF EXISTS events_sort_fatalities;
    `,
  },
  {
    version: 8,
    name: 'incidents sorted by date, fatalities and independent sources',
    // Generated columns, so writers stay unchanged; unknown dates and fatalities sort lowest.
    sql: `
      ALTER TABLE incidents
        ADD COLUMN sort_date text COLLATE "C" GENERATED ALWAYS AS (coalesce(date_start, '')) STORED,
        ADD COLUMN sort_fatalities integer GENERATED ALWAYS AS (coalesce((record -> 'fatalities' ->> 'best')::numeric::integer, -1)) STORED;
      CREATE INDEX incidents_sort_date ON incidents (sort_date, id);
      CREATE INDEX incidents_sort_fatalities ON incidents (sort_fatalities, id);
      CREATE INDEX incidents_sort_sources ON incidents (independent_sources, id);
    `,
  },
  {
    version: 9,
    name: 'incremental incidents: a queue of events to place, members with their report keys, a version',
    // Events are queued by trigger in the transaction that stores (or deletes) them, so no path that
    // writes events (any worker) can leave incidents stale. Incidents built before are rebuilt from the queue.
    sql: `
      DROP TABLE IF EXISTS incident_events;
      DELETE FROM incidents;
      CREATE TABLE incident_members (
        event_id text COLLATE "C" PRIMARY KEY,
        incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        sort_key text COLLATE "C" NOT NULL
      );
      CREATE INDEX incident_members_key ON incident_members (sort_key);
      CREATE INDEX incident_members_incident ON incident_members (incident_id);
      CREATE TABLE incident_queue (
        event_id text COLLATE "C" PRIMARY KEY,
        sort_key text COLLATE "C" NOT NULL
      );
      CREATE INDEX incident_queue_key ON incident_queue (sort_key, event_id);
      CREATE TABLE incident_state (
        id integer PRIMARY KEY CHECK (id = 1),
        version bigint NOT NULL
      );
      INSERT INTO incident_state (id, version) VALUES (1, 0);
      CREATE FUNCTION queue_event_for_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO incident_queue (event_id, sort_key) VALUES (NEW.id,
            coalesce(NEW.date_start, substr((SELECT published FROM articles WHERE id = NEW.article_id), 1, 10), '') || ' ' || NEW.id)
            ON CONFLICT (event_id) DO UPDATE SET sort_key = excluded.sort_key;
          RETURN NEW;
        END IF;
        INSERT INTO incident_queue (event_id, sort_key) VALUES (OLD.id, '') ON CONFLICT (event_id) DO UPDATE SET sort_key = '';
        RETURN OLD;
      END $$;
      CREATE TRIGGER events_incident_queue AFTER INSERT OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION queue_event_for_incidents();
      INSERT INTO incident_queue (event_id, sort_key)
        SELECT e.id, coalesce(e.date_start, substr(a.published, 1, 10), '') || ' ' || e.id
        FROM events e JOIN articles a ON a.id = e.article_id;
    `,
  },
];
