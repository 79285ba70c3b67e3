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

/**
 * Open an index text made by buildNameIndex. The entry lists are parsed once, here, into one flat
 * typed array (parsing them again on every look-up cost more than the look-ups themselves).
 */
export function openNameIndex(text: string): NameIndex {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const size = text.length ? starts.length : 0;
  const { rows, rowStarts } = parsePostings(text, starts, size);
  const keyOf = (i: number) => text.slice(starts[i]!, text.indexOf('\t', starts[i]!));
  const indicesOf = (i: number) => Array.from(rows.subarray(rowStarts[i]!, rowStarts[i + 1]!));
  return {
    lookup(key) {
      let lo = 0;
      let hi = size - 1;
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
      for (let i = 0; i < size; i++) yield [keyOf(i), indicesOf(i)];
    },
  };
}

/** Every line's comma-separated entry indices, as one Int32Array with each line's start offset in it. */
function parsePostings(text: string, starts: readonly number[], size: number): { rows: Int32Array; rowStarts: Int32Array } {
  const rowStarts = new Int32Array(size + 1);
  let rows = new Int32Array(Math.max(16, size * 2));
  let count = 0;
  for (let i = 0; i < size; i++) {
    rowStarts[i] = count;
    const end = i + 1 < size ? starts[i + 1]! - 1 : text.length;
    let n = -1;
    for (let at = text.indexOf('\t', starts[i]!) + 1; at <= end; at++) {
      const c = at < end ? text.charCodeAt(at) : 44; // a comma closes the last number
      if (c === 44) {
        if (n >= 0) {
          if (count === rows.length) {
            const grown = new Int32Array(rows.length * 2);
            grown.set(rows);
            rows = grown;
          }
          rows[count++] = n;
        }
        n = -1;
      } else {
        n = (n < 0 ? 0 : n * 10) + (c - 48);
      }
    }
  }
  rowStarts[size] = count;
  return { rows: rows.slice(0, count), rowStarts };
}
