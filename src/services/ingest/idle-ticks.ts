// An input stream with pauses made visible: IDLE is yielded whenever the next item takes longer than a while to arrive.

export const IDLE: unique symbol = Symbol('idle');

/**
 * Yield every item of `items`, in order, and IDLE each time `idleMs` pass with no item (a slow feed,
 * a fetch in progress), so the consumer can write what it has meanwhile. Items are never dropped
 * or reordered; the source's errors propagate.
 */
export async function* withIdleTicks<T>(items: AsyncIterable<T> | Iterable<T>, idleMs: number): AsyncGenerator<T | typeof IDLE> {
  if (Symbol.iterator in items) {
    yield* items as Iterable<T>;
    return;
  }
  const iterator = (items as AsyncIterable<T>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = iterator.next();
      let result: IteratorResult<T> | typeof IDLE;
      for (;;) {
        let timer: NodeJS.Timeout | undefined;
        const tick = new Promise<typeof IDLE>((resolve) => {
          timer = setTimeout(() => resolve(IDLE), idleMs);
        });
        result = await Promise.race([next, tick]);
        clearTimeout(timer);
        if (result !== IDLE) break;
        yield IDLE;
      }
      if (result.done) return;
      yield result.value;
    }
  } finally {
    await iterator.return?.();
  }
}
