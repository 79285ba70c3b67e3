// The running summary of an ingest: what was read, stored, linked and what failed.

export interface IngestFailure {
  readonly origin: string;
  readonly error: string;
}

export interface IngestSummary {
  documentsRead: number;
  documentsNew: number;
  /** Inputs whose content was already stored (re-ingesting adds nothing). */
  documentsUnchanged: number;
  articles: number;
  duplicates: number;
  /** Articles linked as near-duplicates (reprints of an earlier article); kept, not deleted. */
  nearDuplicates: number;
  events: number;
  /** Events the rules detected but did not code, by why ('undated', 'no location', 'naming no one'). */
  uncoded: Record<string, number>;
  claims: number;
  /** Documents that yielded no article (no text left after cleaning). */
  empty: number;
  /** Inputs that could not be ingested at all (each also listed in `failures`). */
  failedDocuments: number;
  /** Failed inputs and per-article stage failures, one line each. */
  failures: IngestFailure[];
}

export function emptySummary(): IngestSummary {
  return { documentsRead: 0, documentsNew: 0, documentsUnchanged: 0, articles: 0, duplicates: 0, nearDuplicates: 0, events: 0, uncoded: {}, claims: 0, empty: 0, failedDocuments: 0, failures: [] };
}
