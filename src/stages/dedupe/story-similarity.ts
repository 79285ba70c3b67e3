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

/**
 * cosine(vector, tfidfVector(terms, df, documents)) without building the second vector: the same terms
 * weighed and summed in the same order, so the same number to the last bit. Story linking compares an
 * article with up to hundreds of candidates, each with hundreds of terms.
 */
export function cosineTo(vector: ReadonlyMap<string, number>, terms: TermCounts, df: ReadonlyMap<string, number>, documents: number): number {
  const keys = Object.keys(terms);
  const scale = Math.max(documents, 1);
  const weightOf = (term: string) => (1 + Math.log(terms[term]!)) * Math.log(1 + scale / (df.get(term) ?? 1));
  let norm = 0;
  for (const term of keys) {
    const weight = weightOf(term);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  const unit = (weight: number) => (norm > 0 ? weight / norm : weight);
  let dot = 0;
  if (keys.length < vector.size) {
    // As cosine() does with the smaller vector: its terms in order, looked up in the other.
    for (const term of keys) {
      const other = vector.get(term);
      if (other !== undefined) dot += unit(weightOf(term)) * other;
    }
  } else {
    for (const [term, weight] of vector) if (Object.hasOwn(terms, term)) dot += weight * unit(weightOf(term));
  }
  return dot;
}
