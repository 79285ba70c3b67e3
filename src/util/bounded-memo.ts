// A pure function of a string, asked for the same strings again and again: its answers kept, within a bound.

/** `fn` with its answers remembered; when `limit` answers are kept, the memory is cleared rather than grown. */
export function boundedMemo<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    if (kept.has(key)) return kept.get(key)!;
    if (kept.size >= limit) kept.clear();
    const value = fn(key);
    kept.set(key, value);
    return value;
  };
}
