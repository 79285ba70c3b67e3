// The name index: folded name keys → entry indices, stored as one sorted text and searched by bisection.
// A Map of 400,000 keys takes longer to build than the whole file takes to read; a sorted text costs only a scan for line starts.

/** Build the index text from each row's keys: sorted "key\tindex,index" lines (code-unit order). */
export function buildNameIndex(keysPerRow: ReadonlyArray<readonly string[]>): string {
  const byKey = new Map<string, number[]>();
  keysPerRow.forEach((keys, index) => {
    for (const key of keys) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const sorted = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map((key) => `${key}\t${byKey.get(key)!.join(',')}`).join('\n');
}

export interface NameIndex {
  /** Entry indices named by `key`, empty when none. */
  lookup(key: string): readonly number[];
  /** Every [key, indices] pair, in key order. */
  entries(): IterableIterator<[string, readonly number[]]>;
}

/** Open an index text made by buildNameIndex. */
export function openNameIndex(text: string): NameIndex {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const lineEnd = (i: number) => (i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  const keyOf = (i: number) => text.slice(starts[i]!, text.indexOf('\t', starts[i]!));
  const indicesOf = (i: number) => text.slice(text.indexOf('\t', starts[i]!) + 1, lineEnd(i)).split(',').map(Number);
  return {
    lookup(key) {
      let lo = 0;
      let hi = text.length ? starts.length - 1 : -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const k = keyOf(mid);
        if (k === key) return indicesOf(mid);
        if (k < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return [];
    },
    *entries() {
      if (!text.length) return;
      for (let i = 0; i < starts.length; i++) yield [keyOf(i), indicesOf(i)];
    },
  };
}
