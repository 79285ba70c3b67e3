// SQLite side of dedupe: fingerprints, the LSH band index and near-duplicate/story links.
import type { StatementSync } from 'node:sqlite';
import type {
  ArticleFingerprint, ArticleLinks, LinkedFingerprint, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery,
} from '../../article/links.ts';
import { decodeSignature, encodeSignature } from '../rows.ts';

/** A compiled statement for `sql`, from the store's statement cache (the same SQL text is compiled once). */
export type Prepare = (sql: string) => StatementSync;

/** A list of values bound as one JSON array parameter: one statement text whatever the list's length. */
const LIST = '(SELECT value FROM json_each(?))';

const LINKED_SELECT = `SELECT f.article_id, f.published, f.dated, f.shingle_count, f.signature, f.event_day, f.terms, f.produced_by,
  l.story_id, l.near_duplicate_of
  FROM article_fingerprints f JOIN article_links l ON l.article_id = f.article_id`;

/** Write an article's fingerprint (with its band keys) and links; call inside the article's transaction. */
export function insertDedupe(prepare: Prepare, fingerprint: ArticleFingerprint | undefined, links: ArticleLinks | undefined): void {
  if (fingerprint) {
    prepare(
      `INSERT INTO article_fingerprints (article_id, published, dated, shingle_count, signature, event_day, terms, produced_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      fingerprint.articleId, fingerprint.published, fingerprint.dated ? 1 : 0, fingerprint.shingleCount, encodeSignature(fingerprint.signature),
      fingerprint.eventDay, JSON.stringify(fingerprint.terms), fingerprint.producedBy,
    );
    const band = prepare('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)');
    for (const key of fingerprint.bandKeys) band.run(key, fingerprint.articleId);
    if (fingerprint.dated) {
      const term = prepare('INSERT INTO article_terms (day, term, article_id, published) VALUES (?, ?, ?, ?)');
      const day = dayOf(fingerprint.published);
      for (const t of Object.keys(fingerprint.terms)) term.run(day, t, fingerprint.articleId, fingerprint.published);
    }
  }
  if (links) {
    prepare(
      `INSERT INTO article_links (article_id, near_duplicate_of, near_duplicate_similarity, story_id, story_score, produced_by)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      links.articleId, links.nearDuplicateOf, links.nearDuplicateSimilarity, links.storyId, links.storyScore, links.producedBy,
    );
  }
}

/** Fingerprints sharing a band key with `bandKeys`, ordered by article id. */
export function selectNearDuplicateCandidates(prepare: Prepare, bandKeys: readonly string[]): LinkedFingerprint[] {
  if (bandKeys.length === 0) return [];
  const rows = prepare(`${LINKED_SELECT} WHERE f.article_id IN (SELECT article_id FROM article_bands WHERE band_key IN ${LIST}) ORDER BY f.article_id`)
    .all(JSON.stringify(bandKeys));
  return rows.map(linkedFingerprint);
}

/** Dated fingerprints in the window sharing a term, the `limit` sharing most (then by id), ordered by article id. */
export function selectStoryCandidates(prepare: Prepare, query: StoryCandidateQuery): LinkedFingerprint[] {
  if (query.terms.length === 0 || query.limit <= 0) return [];
  const days = daysOf(query.since, query.until);
  const rows = prepare(
      `${LINKED_SELECT} JOIN (
         SELECT article_id, count(*) AS shared FROM article_terms
         WHERE ${days.where} AND term IN ${LIST} AND published BETWEEN ? AND ?
         GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ?
       ) t ON t.article_id = f.article_id ORDER BY f.article_id`,
    )
    .all(...days.values, JSON.stringify(query.terms), query.since, query.until, Math.floor(query.limit));
  return rows.map(linkedFingerprint);
}

/** Document frequencies of `terms` among dated fingerprints in the window. */
export function selectTermFrequencies(prepare: Prepare, query: TermFrequencyQuery): TermFrequencies {
  const documents = Number(
    prepare('SELECT count(*) n FROM article_fingerprints WHERE dated = 1 AND published BETWEEN ? AND ?').get(query.since, query.until)!.n,
  );
  const frequencies: Record<string, number> = {};
  if (query.terms.length === 0) return { documents, frequencies };
  const days = daysOf(query.since, query.until);
  const rows = prepare(`SELECT term, count(*) n FROM article_terms WHERE ${days.where} AND term IN ${LIST} AND published BETWEEN ? AND ? GROUP BY term`)
    .all(...days.values, JSON.stringify(query.terms), query.since, query.until);
  for (const row of rows) frequencies[String(row.term)] = Number(row.n);
  return { documents, frequencies };
}

const DAY_MS = 86_400_000;
/** Windows of up to this many days are looked up day by day (a seek per day and term); longer ones scan their days. */
const MAX_LISTED_DAYS = 400;

/** The article_terms day of an ISO instant: whole UTC days since 1970-01-01. */
export function dayOf(published: string): number {
  return Math.floor(Date.parse(published) / DAY_MS);
}

/** The article_terms condition on `day` for a window [since, until] (published is compared as well). */
function daysOf(since: string, until: string): { where: string; values: Array<number | string> } {
  const [first, last] = [dayOf(since), dayOf(until)];
  if (!Number.isFinite(first) || !Number.isFinite(last)) return { where: '1', values: [] };
  if (last - first + 1 > MAX_LISTED_DAYS) return { where: 'day BETWEEN ? AND ?', values: [first, last] };
  const days: number[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return { where: `day IN ${LIST}`, values: [JSON.stringify(days)] };
}

/** Links of the given articles, in the order asked. */
export function selectArticleLinks(prepare: Prepare, articleIds: readonly string[]): ArticleLinks[] {
  const stmt = prepare('SELECT * FROM article_links WHERE article_id = ?');
  const found: ArticleLinks[] = [];
  for (const id of articleIds) {
    const row = stmt.get(id);
    if (!row) continue;
    found.push({
      articleId: String(row.article_id),
      nearDuplicateOf: row.near_duplicate_of == null ? null : String(row.near_duplicate_of),
      nearDuplicateSimilarity: row.near_duplicate_similarity == null ? null : Number(row.near_duplicate_similarity),
      storyId: String(row.story_id),
      storyScore: row.story_score == null ? null : Number(row.story_score),
      producedBy: String(row.produced_by),
    });
  }
  return found;
}

function linkedFingerprint(row: Record<string, unknown>): LinkedFingerprint {
  return {
    articleId: String(row.article_id),
    published: String(row.published),
    dated: Number(row.dated) === 1,
    shingleCount: Number(row.shingle_count),
    signature: decodeSignature(row.signature as Uint8Array),
    bandKeys: [],
    eventDay: row.event_day == null ? null : String(row.event_day),
    terms: JSON.parse(String(row.terms)) as Record<string, number>,
    producedBy: String(row.produced_by),
    storyId: String(row.story_id),
    nearDuplicateOf: row.near_duplicate_of == null ? null : String(row.near_duplicate_of),
  };
}
