// The fetcher sitrep uses for every URL: address policy, robots.txt, per-host politeness, retries, limits.
import type { AddressPolicy } from './address-policy.ts';
import { HostScheduler } from './politeness.ts';
import { withRetries, sleep as defaultSleep, type RetryPolicy } from './retry.ts';
import { RobotsCache } from './robots.ts';
import { createSafeDispatcher, type Resolver } from './safe-dispatcher.ts';
import { safeFetch, type FetchLimits, type FetchOutcome } from './safe-fetch.ts';

export interface FetcherOptions {
  readonly policy: AddressPolicy;
  /** DNS resolution; the system resolver by default (tests inject one). */
  readonly resolver?: Resolver;
  readonly limits: FetchLimits;
  readonly connectTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly perHostConcurrency: number;
  readonly perHostDelayMs: number;
  readonly retry: RetryPolicy;
  /** False only for sources the user owns (the ignore-robots setting). */
  readonly obeyRobots: boolean;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Aborts fetches in flight (e.g. on SIGINT). */
  readonly signal?: AbortSignal;
}

export interface Fetcher {
  /** Fetch one URL under every rule above; never throws. `headers` adds conditional-GET headers. */
  fetch(url: string, headers?: Readonly<Record<string, string>>): Promise<FetchOutcome>;
  /** Close idle connections. */
  close(): Promise<void>;
}

/** Build a Fetcher. Limits and timeouts come from the caller (the CLI reads them from settings). */
export function createFetcher(options: FetcherOptions): Fetcher {
  const sleep = options.sleep ?? defaultSleep;
  const dispatcher = createSafeDispatcher({
    policy: options.policy,
    resolver: options.resolver,
    connectTimeoutMs: options.connectTimeoutMs,
    headersTimeoutMs: options.headersTimeoutMs,
    bodyTimeoutMs: options.limits.totalTimeoutMs,
  });
  const scheduler = new HostScheduler({
    perHostConcurrency: options.perHostConcurrency,
    perHostDelayMs: options.perHostDelayMs,
    sleep: (ms) => sleep(ms, options.signal),
  });
  const once = (url: string, headers?: Readonly<Record<string, string>>): Promise<FetchOutcome> =>
    safeFetch({ url, dispatcher, limits: options.limits, headers, signal: options.signal });
  const robots = new RobotsCache((url) => scheduler.run(hostOf(url), () => once(url)));

  return {
    async fetch(url, headers) {
      let host: string;
      try {
        host = hostOf(url);
      } catch {
        return { ok: false, url, error: `not a valid URL: ${url}`, status: null, retryAfterMs: null, transient: false };
      }
      if (options.obeyRobots && /^https?:$/.test(new URL(url).protocol)) {
        const verdict = await robots.check(url);
        if (!verdict.allowed) return { ok: false, url, error: verdict.reason, status: null, retryAfterMs: null, transient: false };
        if (verdict.crawlDelayMs) scheduler.setHostDelay(host, verdict.crawlDelayMs);
      }
      return scheduler.run(host, () => withRetries(() => once(url, headers), options.retry, { sleep, signal: options.signal }));
    },
    async close() {
      await dispatcher.close();
    },
  };
}

function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}
