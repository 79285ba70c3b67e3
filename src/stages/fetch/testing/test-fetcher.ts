// Test helper: fetcher options with short limits, no robots, no retries, no delays.
import { parseAllowList } from '../address-policy.ts';
import type { FetcherOptions } from '../fetcher.ts';

/** Options for a test fetcher: `allow` is the allow-hosts setting; `overrides` replace any field. */
export function fetchOptionsForTests(allow = '', overrides: Partial<FetcherOptions> = {}): FetcherOptions {
  return {
    policy: parseAllowList(allow),
    limits: { maxBytes: 15 * 1024 * 1024, totalTimeoutMs: 5000, maxRedirects: 5 },
    connectTimeoutMs: 2000,
    headersTimeoutMs: 3000,
    perHostConcurrency: 2,
    perHostDelayMs: 0,
    retry: { retries: 0, baseDelayMs: 10, maxDelayMs: 100 },
    obeyRobots: false,
    ...overrides,
  };
}
