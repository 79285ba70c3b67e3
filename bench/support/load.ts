// Load from autocannon against one URL, with exact p50/p95/p99 computed from every response time.
import autocannon from 'autocannon';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** Hit `url` with `connections` concurrent clients for `seconds`; latencies in ms. */
export async function loadTest(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, headers: options.headers },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => { times.push(responseTime); });
  });
  times.sort((a, b) => a - b);
  const at = (q: number): number => times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))]! : NaN;
  return {
    requests: times.length,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rps: times.length / options.seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}
