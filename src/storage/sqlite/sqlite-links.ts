// SQLite side of dedupe: fingerprints, the LSH band index and near-duplicate/story links.
import type { StatementSync } from 'node:sqlite';
import type {
  AllTermFrequencies, ArticleFingerprint, ArticleLinks, LinkedFingerprint, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery,
} from '../../article/links.ts';
import { decodeSignature, encodeSignature } from '../rows.ts';

/** A compiled statement for `sql`, from the store's statement cache (the same SQL text is compiled once). */
export type Prepare = (sql: string) => StatementSync;

/** A list of values bound as one JSON array parameter: one statement text whatever the list's length. */
export const LIST = '(SELECT value FROM json_each(?))';

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
  if (documents === 0) return { documents, frequencies };
  const days = daysOf(query.since, query.until);
  if (query.terms.length >= SCAN_MIN_TERMS && days.range) {
    // Many terms over few days (an ingest's held window moving by a day asks for every term it holds, 10^5 and
    // more): reading the days' rows in key order costs less than a seek per term once the terms outnumber a third
    // of the rows (~3 µs a seek, ~1 µs a row read). Same counts either way.
    const rows = Number(prepare('SELECT count(*) n FROM article_terms WHERE day BETWEEN ? AND ?').get(...days.range)!.n);
    if (rows < SEEKS_PER_ROW * query.terms.length) return { documents, frequencies: scanTermFrequencies(prepare, query, days.range) };
  }
  const rows = prepare(`SELECT term, count(*) n FROM article_terms WHERE ${days.where} AND term IN ${LIST} AND published BETWEEN ? AND ? GROUP BY term`)
    .all(...days.values, JSON.stringify(query.terms), query.since, query.until);
  for (const row of rows) frequencies[String(row.term)] = Number(row.n);
  return { documents, frequencies };
}

/** Every term of the dated fingerprints in [since, until] with its document frequency: the days' rows read in key order. */
export function selectAllTermFrequencies(prepare: Prepare, range: { readonly since: string; readonly until: string }): AllTermFrequencies {
  const documents = Number(
    prepare('SELECT count(*) n FROM article_fingerprints WHERE dated = 1 AND published BETWEEN ? AND ?').get(range.since, range.until)!.n,
  );
  const days = daysOf(range.since, range.until).range;
  return { documents, frequencies: documents === 0 || !days ? new Map() : countTerms(prepare, range, days, null) };
}

/** Below this many terms a look-up always seeks. */
const SCAN_MIN_TERMS = 2000;
/** A day range is scanned when it holds fewer than this many rows per term asked. */
const SEEKS_PER_ROW = 3;

/** Document frequencies of `query.terms` counted by reading every row of the days `range` (in key order: day, term). */
function scanTermFrequencies(prepare: Prepare, query: TermFrequencyQuery, range: readonly [number, number]): Record<string, number> {
  const frequencies: Record<string, number> = {};
  for (const [term, n] of countTerms(prepare, query, range, new Set(query.terms))) frequencies[term] = n;
  return frequencies;
}

/** Counts of the terms (those in `wanted`, or all) of rows published in [since, until] on `days`, read in key order (day, term). */
function countTerms(prepare: Prepare, window: { readonly since: string; readonly until: string }, days: readonly [number, number], wanted: ReadonlySet<string> | null): Map<string, number> {
  const counts = new Map<string, number>();
  const statement = prepare('SELECT term, count(*) n FROM article_terms WHERE day BETWEEN ? AND ? AND published BETWEEN ? AND ? GROUP BY day, term');
  statement.setReturnArrays(true);
  for (const row of statement.all(days[0], days[1], window.since, window.until) as unknown as Array<[string, number]>) {
    const [term, n] = row;
    if (!wanted || wanted.has(term)) counts.set(term, (counts.get(term) ?? 0) + n);
  }
  return counts;
}

const DAY_MS = 86_400_000;
/** Windows of up to this many days are looked up day by day (a seek per day and term); longer ones scan their days. */
const MAX_LISTED_DAYS = 400;

/** The article_terms day of an ISO instant: whole UTC days since 1970-01-01. */
export function dayOf(published: string): number {
  return Math.floor(Date.parse(published) / DAY_MS);
}

/** The article_terms condition on `day` for a window [since, until] (published is compared as well). */
function daysOf(since: string, until: string): { where: string; values: Array<number | string>; range: [number, number] | null } {
  const [first, last] = [dayOf(since), dayOf(until)];
  if (!Number.isFinite(first) || !Number.isFinite(last)) return { where: '1', values: [], range: null };
  if (last - first + 1 > MAX_LISTED_DAYS) return { where: 'day BETWEEN ? AND ?', values: [first, last], range: [first, last] };
  const days: number[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return { where: `day IN ${LIST}`, values: [JSON.stringify(days)], range: [first, last] };
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
