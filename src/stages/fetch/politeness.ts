// Per-host politeness: at most N requests in flight to one host, and a minimum gap between their starts.

export interface PolitenessOptions {
  /** Requests in flight to one host at once (default 2). */
  readonly perHostConcurrency: number;
  /** Minimum milliseconds between the starts of two requests to one host. */
  readonly perHostDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

interface HostState {
  active: number;
  nextStart: number;
  readonly waiting: (() => void)[];
  /** A crawl delay the host asked for (robots.txt), when longer than ours. */
  delayMs: number;
}

/**
 * Schedules work per host. Written by hand: p-limit and friends limit concurrency per queue but
 * not the spacing between starts, and spacing is what robots.txt Crawl-delay asks for.
 */
export class HostScheduler {
  readonly #hosts = new Map<string, HostState>();
  readonly #options: PolitenessOptions;

  constructor(options: PolitenessOptions) {
    this.#options = options;
  }

  /** Ask for at least `delayMs` between request starts to `host` (never less than the setting). */
  setHostDelay(host: string, delayMs: number): void {
    const state = this.#state(host);
    state.delayMs = Math.max(this.#options.perHostDelayMs, delayMs);
  }

  /** Run `work` once `host` has a free slot and its delay has passed; resolves to work's result. */
  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const state = this.#state(host);
    while (state.active >= this.#options.perHostConcurrency) {
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    }
    state.active++;
    try {
      const now = (this.#options.now ?? Date.now)();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + state.delayMs;
      if (start > now) await this.#options.sleep(start - now);
      return await work();
    } finally {
      state.active--;
      state.waiting.shift()?.();
    }
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [], delayMs: this.#options.perHostDelayMs };
      this.#hosts.set(host, state);
    }
    return state;
  }
}
