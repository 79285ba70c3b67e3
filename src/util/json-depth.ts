// How deeply a JSON text or value nests, measured without recursion, so hostile nesting is refused before it is parsed or copied.

/** The deepest nesting JSON records may have; legitimate records nest a handful of levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * The nesting depth of a JSON text (arrays and objects; brackets inside strings do not count),
 * in one pass without building anything. Stops counting once past `stopAt`.
 */
export function jsonTextDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > stopAt) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/** The nesting depth of a parsed value (arrays and objects), iteratively; stops once past `stopAt`. */
export function jsonValueDepth(value: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** A one-line refusal when `depth` is past the limit, else null. */
export function depthRefusal(depth: number, what: string): string | null {
  return depth > MAX_JSON_DEPTH ? `${what} is nested more than ${MAX_JSON_DEPTH} levels deep (refused: deep nesting exhausts the stack and memory)` : null;
}
