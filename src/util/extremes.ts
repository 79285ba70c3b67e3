// Largest and smallest of many numbers without spreading them into Math.max/Math.min arguments (a hostile
// text's hundreds of thousands of mentions overflowed the call stack that way). Same results: -Infinity /
// Infinity for none, NaN when any is NaN.

export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) max = Math.max(max, v);
  return max;
}

export function minOf(values: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) min = Math.min(min, v);
  return min;
}
