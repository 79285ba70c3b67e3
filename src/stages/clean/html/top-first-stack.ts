// htmlparser2's Parser keeps its open elements in an array with the newest first (unshift, shift, indexOf,
// [0]): every open tag moves the whole array, so 400,000 nested <div>s took 90 s. This stack answers the
// same calls in constant time (newest last inside, an index of positions per name for indexOf).

/** The array operations htmlparser2 10's Parser uses on `stack` and `foreignContext`, each O(1). */
export class TopFirstStack<T> {
  /** Bottom → top: the newest is last. */
  readonly #items: T[] = [];
  /** For each value, the positions in #items holding it, ascending. */
  readonly #positions = new Map<T, number[]>();
  /** The newest item, as `array[0]` is in the Parser's top-first array. */
  declare readonly 0: T | undefined;

  constructor(items: readonly T[] = []) {
    Object.defineProperty(this, 0, { get: () => this.#items[this.#items.length - 1], enumerable: false });
    for (let i = items.length - 1; i >= 0; i--) this.unshift(items[i]!);
  }

  get length(): number {
    return this.#items.length;
  }

  /** Only emptying is supported (`stack.length = 0` in Parser.reset). */
  set length(n: number) {
    if (n !== 0) throw new Error('TopFirstStack can only be emptied');
    this.#items.length = 0;
    this.#positions.clear();
  }

  /** Push `value` on top (the newest, index 0). */
  unshift(value: T): number {
    let at = this.#positions.get(value);
    if (!at) this.#positions.set(value, (at = []));
    at.push(this.#items.length);
    return this.#items.push(value);
  }

  /** Pop the newest. */
  shift(): T | undefined {
    if (this.#items.length === 0) return undefined;
    const value = this.#items.pop()!;
    this.#positions.get(value)!.pop();
    return value;
  }

  /** Distance from the top of the newest `value`, or -1. */
  indexOf(value: T): number {
    const at = this.#positions.get(value);
    return at && at.length > 0 ? this.#items.length - 1 - at[at.length - 1]! : -1;
  }

  /** A top-first plain array (what the Parser's end of input iterates by index). */
  toArray(): T[] {
    return this.#items.slice().reverse();
  }
}

interface ParserStacks {
  stack: unknown;
  foreignContext: unknown;
}

/**
 * Give a freshly made htmlparser2 Parser constant-time stacks. Returns a function to call just before
 * `parser.end()`, which puts plain arrays back (the end of input reads the stack by index). Does nothing
 * (returns a no-op) when the Parser's internals are not what this was written for.
 */
export function useConstantTimeStacks(parser: object): () => void {
  const p = parser as ParserStacks;
  if (!Array.isArray(p.stack) || !Array.isArray(p.foreignContext)) return () => undefined;
  p.stack = new TopFirstStack<string>(p.stack as string[]);
  p.foreignContext = new TopFirstStack<boolean>(p.foreignContext as boolean[]);
  return () => {
    if (p.stack instanceof TopFirstStack) p.stack = p.stack.toArray();
    if (p.foreignContext instanceof TopFirstStack) p.foreignContext = p.foreignContext.toArray();
  };
}
