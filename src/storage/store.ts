// The Store interface: everything sitrep persists, with no backend-specific type leaking through.
import type { Article } from '../article/article.ts';
import type { DocumentRecord, DocumentStatus } from '../article/document.ts';
import type { EventRecord, ClaimRecord } from '../article/records.ts';
import type { Incident } from '../article/incident-record.ts';
import type { IncidentQuery } from './incident-sort.ts';
export type { IncidentQuery } from './incident-sort.ts';
import type {
  ArticleFingerprint, ArticleLinks, LinkedFingerprint, LinkSource, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery,
} from '../article/links.ts';

/** One article as written by an ingest, with its dedupe facts. */
export interface ArticleWrite {
  readonly article: Article;
  /** SHA-256 of the normalised text (see normalizeForHash). */
  readonly contentHash: string;
  /** Id of the earlier article with the same content, when this one is an exact duplicate. */
  readonly duplicateOf: string | null;
  /** "id@version" of each stage that ran. */
  readonly pipeline: readonly string[];
  /** Per-article stage failures, as one-line messages. */
  readonly failures: readonly string[];
  /** Near-duplicate fingerprint, indexed for later arrivals (absent for exact duplicates). */
  readonly fingerprint?: ArticleFingerprint;
  /** The near-duplicate and story links assigned at ingest. */
  readonly links?: ArticleLinks;
}

/** One document with the articles it yielded, as written by an ingest. */
export interface DocumentWrite {
  readonly document: DocumentRecord;
  readonly articles: readonly ArticleWrite[];
}

/** An event as stored: the record plus where it came from. */
export interface StoredEvent extends EventRecord {
  readonly id: string;
  readonly articleId: string;
  readonly sourceUrl: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly articleTitle: string | null;
  readonly synthetic: boolean;
  /** When the event was written or last changed (ISO 8601); the sync cursor for `updatedSince`. */
  readonly updatedAt?: string;
}

export interface StoredClaim extends ClaimRecord {
  readonly id: string;
  readonly articleId: string;
  readonly sourceUrl: string | null;
  readonly outlet: string | null;
}

export const EVENT_SORTS = ['date', '-date', 'fatalities', '-fatalities', 'id'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** Filters over events. Every store implements every field (the contract suite checks them). */
export interface EventQuery {
  readonly limit?: number;
  /** Opaque cursor returned by the previous page (valid only with the same filters and sort). */
  readonly cursor?: string | null;
  readonly eventType?: string;
  readonly subEventType?: string;
  readonly articleId?: string;
  /** Full-text search over the article text. */
  readonly q?: string;
  /** Events whose date interval overlaps [since, until] (YYYY-MM-DD, inclusive). */
  readonly since?: string;
  readonly until?: string;
  readonly country?: string;
  readonly admin1?: string;
  /** Within km of a point. */
  readonly near?: { readonly lat: number; readonly lon: number; readonly km: number };
  /** Actor id or name (actor1 or actor2). */
  readonly actor?: string;
  readonly minFatalities?: number;
  /** Events carrying every one of these flags; `flags: []` with `excludeFlagged` hides flagged events. */
  readonly flags?: readonly string[];
  readonly excludeFlagged?: boolean;
  /** Only events created or changed after this ISO timestamp (sync). */
  readonly updatedSince?: string;
  readonly sort?: EventSort;
}

/** The filters of an EventQuery without paging or sorting (stats, exports). */
export type EventFilter = Omit<EventQuery, 'limit' | 'cursor' | 'sort'>;

export interface ClaimQuery {
  readonly limit?: number;
  readonly cursor?: string | null;
  /** Only claims about exactly this subject. */
  readonly subject?: string;
}

/** One count in a breakdown; `key` null collects records where the field is unknown. */
export interface CountByKey {
  readonly key: string | null;
  readonly count: number;
}

export interface EventStats {
  readonly total: number;
  readonly byType: readonly CountByKey[];
  readonly byCountry: readonly CountByKey[];
  /** Keyed by YYYY-MM of the event's start date, in month order. */
  readonly byMonth: readonly CountByKey[];
}

/** Articles and events per outlet (duplicates not counted). */
export interface OutletSummary {
  readonly outlet: string | null;
  readonly articles: number;
  readonly events: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

/** Claims grouped by what they count. */
export interface ClaimSubjectSummary {
  readonly subject: string;
  readonly claims: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export const DELETION_KINDS = ['event', 'claim', 'article'] as const;
export type DeletionKind = (typeof DELETION_KINDS)[number];

/** A record removed from the store: the sync feed copies replay. */
export interface Deletion {
  readonly kind: DeletionKind;
  readonly id: string;
  readonly deletedAt: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface DocumentSummary {
  readonly id: string;
  readonly origin: string;
  readonly status: DocumentStatus;
  readonly error: string | null;
  readonly byteLength: number;
  readonly fetchedAt: string;
}

export interface StoreCounts {
  readonly documents: number;
  readonly failedDocuments: number;
  readonly articles: number;
  readonly duplicateArticles: number;
  readonly events: number;
  readonly claims: number;
  readonly syntheticArticles: number;
}

/** A stored event's place in an incident, with the key incidents are built in order of. */
export interface IncidentMember {
  readonly eventId: string;
  readonly incidentId: string;
  /** The event's report key ("YYYY-MM-DD event-id"; " event-id" for an undated event). */
  readonly sortKey: string;
}

/** Which members to read: of some events, of some incidents, or a range of report keys in key order. */
export type IncidentMemberQuery =
  | { readonly eventIds: readonly string[] }
  | { readonly incidentIds: readonly string[] }
  | { readonly fromKey: string; readonly after?: boolean; readonly toKey?: string | null; readonly limit: number };

/** One update of the incidents, written in one transaction if no other update committed since `expectedVersion`. */
export interface IncidentCommit {
  readonly expectedVersion: number;
  /** Stored incidents replaced or gone (their members go with them). */
  readonly deleteIncidentIds: readonly string[];
  /** Incidents to write, each with the report keys of its events (parallel to `incident.eventIds`). */
  readonly incidents: ReadonlyArray<{ readonly incident: Incident; readonly memberKeys: readonly string[] }>;
  /** Queued event ids now dealt with. */
  readonly dequeue: readonly string[];
}

/** What `sitrep watch` remembers about one feed between polls (conditional GET, items already seen). */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Ids (guid, else link) of items already fetched, newest first; bounded by the caller. */
  readonly seenItems: readonly string[];
  readonly lastPolledAt: string | null;
  /** One line: the outcome of the last poll ("3 new", "not modified", or the error). */
  readonly lastResult: string | null;
}

/**
 * Persistence. Every method is async so that network-backed stores fit the same interface.
 * Writes are idempotent: saving a document whose id is already stored changes nothing.
 */
export interface Store extends LinkSource {
  /** Bring the schema up to date. Safe to call on every open. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Ids among `ids` that are already stored. */
  existingDocuments(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Write a document and the articles it yielded (with spans, events and claims) in one transaction.
   * Returns false, writing nothing, when the document id was already stored.
   */
  saveDocument(document: DocumentRecord, articles: readonly ArticleWrite[]): Promise<boolean>;
  /**
   * Write several documents (each as saveDocument would) in one transaction, in order: all or none.
   * Returns, per document, false when its id was already stored (that one writes nothing).
   */
  saveDocuments(writes: readonly DocumentWrite[]): Promise<boolean[]>;
  /** The id of a stored, non-duplicate article with this content hash, if any. */
  findArticleByContentHash(contentHash: string): Promise<string | null>;
  /** Stored fingerprints (with their links) sharing at least one LSH band key; ordered by article id. */
  findNearDuplicateCandidates(bandKeys: readonly string[]): Promise<LinkedFingerprint[]>;
  /** Stored dated fingerprints (with their links) in the window sharing a term; see StoryCandidateQuery. Ordered by article id. */
  findStoryCandidates(query: StoryCandidateQuery): Promise<LinkedFingerprint[]>;
  /** Document frequencies of terms among stored dated fingerprints in a window. */
  termDocumentFrequencies(query: TermFrequencyQuery): Promise<TermFrequencies>;
  /** The links of the given articles (those that have links), in the order of `articleIds`. */
  getArticleLinks(articleIds: readonly string[]): Promise<ArticleLinks[]>;

  getArticle(id: string): Promise<Article | null>;
  getDocument(id: string): Promise<DocumentSummary | null>;
  listDocuments(options?: { status?: DocumentStatus; limit?: number }): Promise<DocumentSummary[]>;
  listEvents(query?: EventQuery): Promise<Page<StoredEvent>>;

  /**
   * Events waiting to be placed in incidents: every event stored (or deleted) since, queued in the
   * same transaction. Returns every deletion, then up to `limit` others in report-key order.
   */
  incidentQueue(limit: number): Promise<string[]>;
  /** Bumped by every committed incident update; see commitIncidentChanges. */
  incidentVersion(): Promise<number>;
  incidentMembers(query: IncidentMemberQuery): Promise<IncidentMember[]>;
  /**
   * Apply an incident update in one transaction: delete, write, dequeue, bump the version. Returns
   * false, writing nothing, when another update committed after `expectedVersion` was read.
   */
  commitIncidentChanges(commit: IncidentCommit): Promise<boolean>;
  /** Drop every incident and queue every event, so the next update rebuilds them all. */
  resetIncidents(): Promise<void>;
  /**
   * Stores shared by processes (PostgreSQL): take, without waiting, the lock that lets one process at a time make
   * periodic incident updates (queue workers), so several do not all place the same queue and all but one lose the
   * race. Resolves with its release, or null when another process holds it. Correctness never depends on it
   * (commitIncidentChanges checks the version); a store used by one process has no need of it.
   */
  tryIncidentLock?(): Promise<(() => Promise<void>) | null>;
  listIncidents(query?: IncidentQuery): Promise<Page<Incident>>;
  getIncident(id: string): Promise<Incident | null>;
  /** The incident holding event `eventId`, or null (flagged events and events not yet merged have none). */
  getIncidentOfEvent(eventId: string): Promise<Incident | null>;
  /** The stored state of the feed at `url`, or null when it was never polled. */
  getFeedState(url: string): Promise<FeedState | null>;
  /** Insert or replace the state of `state.url`. */
  putFeedState(state: FeedState): Promise<void>;
  listClaims(query?: ClaimQuery): Promise<Page<StoredClaim>>;
  counts(): Promise<StoreCounts>;

  /** One event by id, or null. */
  getEvent(id: string): Promise<StoredEvent | null>;
  /** The events among `ids` that exist, in no particular order. */
  getEvents(ids: readonly string[]): Promise<StoredEvent[]>;
  /** Counts of the events matching `filter`, by type, country and month. */
  eventStats(filter?: EventFilter): Promise<EventStats>;
  /** Every outlet with its article and event counts, most articles first. */
  listOutlets(): Promise<OutletSummary[]>;
  /** Claim subjects with their counts and ranges, most claims first, paged. */
  listClaimSubjects(query?: { limit?: number; cursor?: string | null }): Promise<Page<ClaimSubjectSummary>>;
  /** Records deleted after `since` (ISO 8601), oldest first, paged. */
  listDeletions(query?: { since?: string; limit?: number; cursor?: string | null }): Promise<Page<Deletion>>;
}
