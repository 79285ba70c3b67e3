// Cross-article links: an article's near-duplicate fingerprint and the near-duplicate and story it was linked to.

/** What the dedupe step keeps of one article to compare later arrivals against it. */
export interface ArticleFingerprint {
  readonly articleId: string;
  /** ISO 8601 instant used for time windows: the publication date, else when it was read. */
  readonly published: string;
  /** False when the article had no valid publication date and `published` is when it was read. */
  readonly dated: boolean;
  /** How many distinct word shingles the text has (for containment estimates). */
  readonly shingleCount: number;
  /** MinHash signature: one unsigned 32-bit minimum per hash function. */
  readonly signature: readonly number[];
  /** LSH band keys ("<band>:<hash>"); two articles sharing one are near-duplicate candidates. */
  readonly bandKeys: readonly string[];
  /** The day (YYYY-MM-DD) the article's lead says its event happened, or null when it names none. */
  readonly eventDay: string | null;
  /** Content-word counts (spelling-folded) for story similarity. */
  readonly terms: Readonly<Record<string, number>>;
  /** "dedupe@version" that computed it. */
  readonly producedBy: string;
}

/** Where an article was placed among earlier ones. Near-duplicates are linked, never deleted. */
export interface ArticleLinks {
  readonly articleId: string;
  /** The earlier article this one reprints (same wire text), or null. */
  readonly nearDuplicateOf: string | null;
  /** Estimated resemblance to `nearDuplicateOf` (0..1), or null. */
  readonly nearDuplicateSimilarity: number | null;
  /** The story it belongs to: the id of the story's first article. */
  readonly storyId: string;
  /** Similarity to the story it joined, or null when it opened a new story. */
  readonly storyScore: number | null;
  readonly producedBy: string;
}

/** A stored fingerprint with the links already assigned to it: what later arrivals are compared against. */
export interface LinkedFingerprint extends ArticleFingerprint {
  readonly storyId: string;
  readonly nearDuplicateOf: string | null;
}

/** Stored fingerprints published in [since, until] (ISO instants) sharing at least one of `terms`. */
export interface StoryCandidateQuery {
  readonly since: string;
  readonly until: string;
  readonly terms: readonly string[];
  /** At most this many: those sharing the most terms first, then by article id. */
  readonly limit: number;
}

/** How many dated fingerprints published in [since, until] hold each of `terms`. */
export interface TermFrequencyQuery {
  readonly since: string;
  readonly until: string;
  readonly terms: readonly string[];
}

export interface TermFrequencies {
  /** Dated fingerprints published in the window. */
  readonly documents: number;
  /** Per asked term, how many of them hold it (terms held by none may be absent). */
  readonly frequencies: Readonly<Record<string, number>>;
}

/** Where linking finds earlier articles: the store, or an in-memory list. */
export interface LinkSource {
  /** Fingerprints sharing at least one LSH band key with `bandKeys`. */
  findNearDuplicateCandidates(bandKeys: readonly string[]): Promise<LinkedFingerprint[]>;
  findStoryCandidates(query: StoryCandidateQuery): Promise<LinkedFingerprint[]>;
  termDocumentFrequencies(query: TermFrequencyQuery): Promise<TermFrequencies>;
  /**
   * Optional: the document frequency of every term held by the dated fingerprints published in [since, until]
   * (terms held by none are absent), for a store that can read a few days of its term index in order. An ingest
   * run's in-memory frequencies (cachedTermFrequencies) then hold whole windows and never ask for single terms.
   */
  allTermFrequencies?(range: { readonly since: string; readonly until: string }): Promise<AllTermFrequencies>;
}

export interface AllTermFrequencies {
  readonly documents: number;
  /** Every term held by at least one of them, with its count. */
  readonly frequencies: ReadonlyMap<string, number>;
}
