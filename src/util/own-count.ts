// Counts kept in plain objects keyed by words: a word such as "constructor" must read the object's own
// entry, never what Object.prototype holds under that name (a function, which `?? 0` lets through).

/** The record's own count for `key`, or `fallback` when it has none. */
export function ownCount(record: Readonly<Record<string, number>>, key: string, fallback = 0): number {
  return Object.hasOwn(record, key) ? record[key]! : fallback;
}
