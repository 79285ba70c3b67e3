// PostgreSQL side of dedupe: fingerprints, the LSH band index and near-duplicate/story links (mirrors sqlite-links.ts).
import type pg from 'pg';
import type {
  ArticleFingerprint, ArticleLinks, LinkedFingerprint, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery,
} from '../../article/links.ts';
import { decodeSignature, encodeSignature } from '../rows.ts';
import { toJsonb } from './postgres-writes.ts';

type Queryable = pg.Pool | pg.PoolClient;

const LINKED_SELECT = `SELECT f.article_id, f.published, f.dated, f.shingle_count, f.signature, f.event_day, f.terms::text AS terms,
  f.produced_by, l.story_id, l.near_duplicate_of
  FROM article_fingerprints f JOIN article_links l ON l.article_id = f.article_id`;

/** Write an article's fingerprint (with its band keys and terms) and links; call inside the article's transaction. */
export async function insertDedupe(db: pg.PoolClient, fingerprint: ArticleFingerprint | undefined, links: ArticleLinks | undefined): Promise<void> {
  if (fingerprint) {
    await db.query(
      `INSERT INTO article_fingerprints (article_id, published, dated, shingle_count, signature, event_day, terms, produced_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
      [
        fingerprint.articleId, fingerprint.published, fingerprint.dated, fingerprint.shingleCount,
        Buffer.from(encodeSignature(fingerprint.signature)), fingerprint.eventDay, toJsonb(fingerprint.terms), fingerprint.producedBy,
      ],
    );
    await db.query(
      'INSERT INTO article_bands (band_key, article_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING',
      [[...fingerprint.bandKeys], fingerprint.articleId],
    );
    if (fingerprint.dated) {
      await db.query(
        'INSERT INTO article_terms (term, article_id, published) SELECT unnest($1::text[]), $2, $3',
        [Object.keys(fingerprint.terms), fingerprint.articleId, fingerprint.published],
      );
    }
  }
  if (links) {
    await db.query(
      `INSERT INTO article_links (article_id, near_duplicate_of, near_duplicate_similarity, story_id, story_score, produced_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [links.articleId, links.nearDuplicateOf, links.nearDuplicateSimilarity, links.storyId, links.storyScore, links.producedBy],
    );
  }
}

/** Fingerprints sharing a band key with `bandKeys`, ordered by article id. */
export async function selectNearDuplicateCandidates(db: Queryable, bandKeys: readonly string[]): Promise<LinkedFingerprint[]> {
  if (bandKeys.length === 0) return [];
  const { rows } = await db.query(
    `${LINKED_SELECT} WHERE f.article_id IN (SELECT article_id FROM article_bands WHERE band_key = ANY($1::text[])) ORDER BY f.article_id`,
    [[...bandKeys]],
  );
  return rows.map(linkedFingerprint);
}

/** Dated fingerprints in the window sharing a term, the `limit` sharing most (then by id), ordered by article id. */
export async function selectStoryCandidates(db: Queryable, query: StoryCandidateQuery): Promise<LinkedFingerprint[]> {
  if (query.terms.length === 0 || query.limit <= 0) return [];
  const { rows } = await db.query(
    `${LINKED_SELECT} JOIN (
       SELECT article_id, count(*) AS shared FROM article_terms
       WHERE term = ANY($1::text[]) AND published BETWEEN $2 AND $3
       GROUP BY article_id ORDER BY shared DESC, article_id LIMIT $4
     ) t ON t.article_id = f.article_id ORDER BY f.article_id`,
    [[...query.terms], query.since, query.until, Math.floor(query.limit)],
  );
  return rows.map(linkedFingerprint);
}

/** Document frequencies of `terms` among dated fingerprints in the window. */
export async function selectTermFrequencies(db: Queryable, query: TermFrequencyQuery): Promise<TermFrequencies> {
  const count = await db.query('SELECT count(*) AS n FROM article_fingerprints WHERE dated AND published BETWEEN $1 AND $2', [query.since, query.until]);
  const frequencies: Record<string, number> = {};
  if (query.terms.length) {
    const { rows } = await db.query(
      'SELECT term, count(*) AS n FROM article_terms WHERE term = ANY($1::text[]) AND published BETWEEN $2 AND $3 GROUP BY term',
      [[...query.terms], query.since, query.until],
    );
    for (const row of rows) frequencies[String(row.term)] = Number(row.n);
  }
  return { documents: Number(count.rows[0].n), frequencies };
}

/** Links of the given articles, in the order asked. */
export async function selectArticleLinks(db: Queryable, articleIds: readonly string[]): Promise<ArticleLinks[]> {
  if (articleIds.length === 0) return [];
  const { rows } = await db.query('SELECT * FROM article_links WHERE article_id = ANY($1::text[])', [[...articleIds]]);
  const byId = new Map(rows.map((row) => [String(row.article_id), row]));
  return articleIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{
      articleId: id,
      nearDuplicateOf: row.near_duplicate_of ?? null,
      nearDuplicateSimilarity: row.near_duplicate_similarity == null ? null : Number(row.near_duplicate_similarity),
      storyId: String(row.story_id),
      storyScore: row.story_score == null ? null : Number(row.story_score),
      producedBy: String(row.produced_by),
    }];
  });
}

function linkedFingerprint(row: Record<string, unknown>): LinkedFingerprint {
  return {
    articleId: String(row.article_id),
    published: String(row.published),
    dated: Boolean(row.dated),
    shingleCount: Number(row.shingle_count),
    signature: decodeSignature(new Uint8Array(row.signature as Buffer)),
    bandKeys: [],
    eventDay: row.event_day == null ? null : String(row.event_day),
    terms: JSON.parse(String(row.terms)) as Record<string, number>,
    producedBy: String(row.produced_by),
    storyId: String(row.story_id),
    nearDuplicateOf: row.near_duplicate_of == null ? null : String(row.near_duplicate_of),
  };
}
