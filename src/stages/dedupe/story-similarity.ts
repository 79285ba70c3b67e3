// TF-IDF cosine between articles, with document frequencies taken from the articles around them in time.
// (The store counts them: see LinkSource.termDocumentFrequencies.)

export type TermCounts = Readonly<Record<string, number>>;

/**
 * A unit-length TF-IDF vector: weight (1 + ln tf) × ln(1 + N/df). A term missing from `df` is
 * treated as seen once. Words every nearby article uses ("militants", "province") weigh little;
 * a village name only one story uses weighs most.
 */
export function tfidfVector(terms: TermCounts, df: ReadonlyMap<string, number>, documents: number): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of Object.entries(terms)) {
    const weight = (1 + Math.log(count)) * Math.log(1 + Math.max(documents, 1) / (df.get(term) ?? 1));
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Cosine similarity of two unit vectors (0 when either is empty). */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}
