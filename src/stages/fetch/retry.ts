// Retrying transient fetch failures (429, 5xx, resets) with exponential backoff, jitter and Retry-After.
import type { FetchOutcome } from './safe-fetch.ts';

export interface RetryPolicy {
  /** Retries after the first attempt (0 disables retrying). */
  readonly retries: number;
  readonly baseDelayMs: number;
  /** No single wait is longer; a Retry-After beyond it ends the retries instead. */
  readonly maxDelayMs: number;
}

export interface RetryDeps {
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1); Math.random by default. */
  readonly random?: () => number;
  readonly signal?: AbortSignal;
}

/**
 * Run `attempt` until it succeeds, fails for good, or `policy.retries` retries are used. The wait
 * before retry n is the server's Retry-After when given, else baseDelay·2^n scaled by a random
 * factor in [0.5, 1) (so many clients do not retry in step). The last failure's reason says how
 * many attempts were made.
 */
export async function withRetries(attempt: () => Promise<FetchOutcome>, policy: RetryPolicy, deps: RetryDeps): Promise<FetchOutcome> {
  const random = deps.random ?? Math.random;
  for (let n = 0; ; n++) {
    const outcome = await attempt();
    if (outcome.ok || !outcome.transient || n >= policy.retries || deps.signal?.aborted) {
      return !outcome.ok && n > 0 ? { ...outcome, error: `${outcome.error} (after ${n + 1} attempts)` } : outcome;
    }
    const wait = backoffDelay(n, outcome.retryAfterMs, policy, random);
    if (wait === null) {
      return { ...outcome, error: `${outcome.error}; server asked to wait ${Math.round(outcome.retryAfterMs! / 1000)} s, longer than sitrep waits` };
    }
    await deps.sleep(wait, deps.signal);
  }
}

/** The wait before retry `n` (0-based), or null when the server's Retry-After is too long to honour. */
export function backoffDelay(n: number, retryAfterMs: number | null, policy: RetryPolicy, random: () => number): number | null {
  if (retryAfterMs !== null) return retryAfterMs > policy.maxDelayMs ? null : retryAfterMs;
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** n);
  return Math.round(exponential * (0.5 + random() / 2));
}

/** setTimeout as a promise that resolves early (without throwing) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
