// robots.txt: fetched once per origin, then asked before every page fetch (RFC 9309 semantics).
import { createRequire } from 'node:module';
import type { FetchOutcome } from './safe-fetch.ts';

// robots-parser is CommonJS whose typings declare an ES default export; require() gets the function itself.
const robotsParser = createRequire(import.meta.url)('robots-parser') as typeof import('robots-parser').default;

export const ROBOTS_AGENT = 'sitrep';

/** What robots.txt says about one URL: allowed, or refused with the reason. */
export type RobotsVerdict = { readonly allowed: true; readonly crawlDelayMs: number | null } | { readonly allowed: false; readonly reason: string };

type Rules = ReturnType<typeof robotsParser> | 'allow-all' | { readonly unreachable: string };

/**
 * Caches robots.txt per origin. `fetchRobots` fetches one URL (through the same safe fetcher, so
 * the address policy applies to robots.txt too). Per RFC 9309, a 4xx robots.txt allows everything
 * and an unreachable one (5xx, network error) disallows everything for this run.
 */
export class RobotsCache {
  readonly #rules = new Map<string, Promise<Rules>>();
  readonly #fetchRobots: (url: string) => Promise<FetchOutcome>;

  constructor(fetchRobots: (url: string) => Promise<FetchOutcome>) {
    this.#fetchRobots = fetchRobots;
  }

  /** May sitrep fetch `url`? Fetches the origin's robots.txt the first time it is asked. */
  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let rules = this.#rules.get(origin);
    if (!rules) {
      rules = this.#load(origin);
      this.#rules.set(origin, rules);
    }
    const loaded = await rules;
    if (loaded === 'allow-all') return { allowed: true, crawlDelayMs: null };
    if ('unreachable' in loaded) return { allowed: false, reason: `robots.txt unreachable (${loaded.unreachable}); treated as disallow-all (RFC 9309)` };
    if (loaded.isAllowed(url, ROBOTS_AGENT) === false) return { allowed: false, reason: 'disallowed by robots.txt' };
    const delay = loaded.getCrawlDelay(ROBOTS_AGENT);
    return { allowed: true, crawlDelayMs: delay ? Math.min(delay, 60) * 1000 : null };
  }

  async #load(origin: string): Promise<Rules> {
    const url = `${origin}/robots.txt`;
    const outcome = await this.#fetchRobots(url);
    if (outcome.ok) return robotsParser(url, new TextDecoder('utf-8').decode(outcome.bytes));
    const serverTrouble = outcome.transient || (outcome.status ?? 0) >= 500 || outcome.status === 429;
    if (serverTrouble || outcome.error.startsWith('timed out')) return { unreachable: outcome.error };
    // 4xx, or a robots.txt sitrep cannot use (refused address, wrong type): the page fetch decides.
    return 'allow-all';
  }
}
