// Running an async function over a stream of inputs with bounded concurrency, yielding results in input order.

/**
 * Apply `fn` to each input, with at most `concurrency` calls in flight, and yield the results in
 * the order of the inputs. Reads ahead of the consumer by at most `concurrency` inputs. `fn`
 * should not reject; if it does, the rejection surfaces when that result is reached.
 */
export async function* mapOrdered<T, R>(
  inputs: AsyncIterable<T> | Iterable<T>,
  concurrency: number,
  fn: (input: T) => Promise<R>,
): AsyncGenerator<R> {
  const window: Promise<R>[] = [];
  for await (const input of inputs) {
    const pending = fn(input);
    pending.catch(() => undefined); // surfaced when awaited below, not as an unhandled rejection
    window.push(pending);
    if (window.length >= Math.max(1, concurrency)) yield await window.shift()!;
  }
  while (window.length > 0) yield await window.shift()!;
}
