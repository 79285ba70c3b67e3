// Polling one feed for `sitrep watch`: conditional GET, new entries only, each ingested; state kept in the store.
import type { Pipeline } from '../pipeline/runner.ts';
import { decodeFeedBytes, feedEntryItems, parseFeedText, type FeedItem, type Fetcher } from '../stages/fetch/index.ts';
import { failedInput, type InputItem } from '../stages/read/input-item.ts';
import type { FeedState, Store } from '../storage/store.ts';
import type { DocumentProcessor } from './ingest/document-processor.ts';
import { emptySummary, ingestItem, ingestItems, type IngestOptions, type IngestSummary } from './ingest-service.ts';

/** Item ids remembered per feed; older ones are forgotten (feeds rarely show more than a few hundred). */
export const MAX_SEEN_ITEMS = 5000;

export interface PollDeps {
  readonly store: Store;
  readonly fetcher: Fetcher;
  /** Where entries are prepared: worker threads (`sitrep watch`)… */
  readonly processor?: DocumentProcessor;
  /** …or this pipeline in the calling thread. */
  readonly pipeline?: Pipeline;
  readonly now: () => Date;
  readonly maxFeedItems: number;
  /** When aborted, a fetch cut short is not recorded as a failure. */
  readonly stopSignal?: AbortSignal;
}

export interface PollResult {
  readonly feedUrl: string;
  readonly outcome: 'new' | 'not-modified' | 'failed' | 'stopped';
  readonly newEntries: number;
  readonly summary: IngestSummary;
  /** One line for the log: time, feed, what happened. */
  readonly line: string;
}

/**
 * Poll `feedUrl` once. Sends If-None-Match / If-Modified-Since from the stored state; on 304 does
 * nothing more. Otherwise ingests each entry not seen before (a failed entry is recorded as a failed
 * document and retried on the next poll), then stores the seen ids and, when no entry failed, the new
 * validators (with one failed, none: an unchanged feed would answer 304 and the entry never be retried). A failed
 * feed fetch is recorded as a failed document too. Never throws for network or feed errors.
 */
export async function pollFeed(feedUrl: string, deps: PollDeps): Promise<PollResult> {
  const polledAt = deps.now().toISOString();
  const previous = (await deps.store.getFeedState(feedUrl)) ?? { url: feedUrl, etag: null, lastModified: null, seenItems: [], lastPolledAt: null, lastResult: null };
  const summary = emptySummary();
  const options = ingestOptions(deps);
  const finish = async (outcome: PollResult['outcome'], text: string, state: Partial<FeedState> = {}, newEntries = 0): Promise<PollResult> => {
    if (outcome !== 'stopped') await deps.store.putFeedState({ ...previous, ...state, lastPolledAt: polledAt, lastResult: text });
    return { feedUrl, outcome, newEntries, summary, line: `${polledAt} ${feedUrl}: ${text}` };
  };
  const failFeed = async (error: string, bytes: Uint8Array | null = null): Promise<PollResult> => {
    if (deps.stopSignal?.aborted) return finish('stopped', 'stopped');
    summary.documentsRead++;
    await ingestItem(deps.store, failedInput(feedUrl, error, bytes), options, summary);
    return finish('failed', `failed: ${error}`);
  };

  const conditional: Record<string, string> = {};
  if (previous.etag) conditional['if-none-match'] = previous.etag;
  if (previous.lastModified) conditional['if-modified-since'] = previous.lastModified;
  const response = await deps.fetcher.fetch(feedUrl, conditional);
  if (!response.ok) return failFeed(response.error);
  if (response.status === 304) return finish('not-modified', 'not modified (304)');
  const decoded = decodeFeedBytes(response.bytes, response.contentType);
  if (!decoded.ok) return failFeed(decoded.error, response.bytes);
  const feed = parseFeedText(decoded.text, deps.maxFeedItems);
  if (!feed.ok) return failFeed(feed.error, response.bytes);

  const seen = new Set(previous.seenItems);
  const fresh = feed.items.filter((item) => !seen.has(item.id));
  const ingested = await ingestEntries(feedUrl, fresh, deps, summary);
  const seenItems = [...ingested, ...previous.seenItems].slice(0, MAX_SEEN_ITEMS);
  const failed = fresh.length - ingested.length;
  const text = `${fresh.length} new${failed ? ` (${failed} failed)` : ''}, ${feed.items.length - fresh.length} already seen · ${summary.articles} articles · ${summary.events} events`;
  // While an entry failed, the feed's validators are not kept: the next poll must get the feed again (not a 304)
  // to retry that entry; entries ingested are remembered in seenItems and not fetched twice.
  const validators = failed ? { etag: null, lastModified: null } : { etag: response.etag, lastModified: response.lastModified };
  return finish('new', text, { ...validators, seenItems }, fresh.length);
}

function ingestOptions(deps: PollDeps): IngestOptions {
  return deps.processor ? { processor: deps.processor, now: deps.now } : { pipeline: deps.pipeline, now: deps.now };
}

/**
 * Ingest the entries in order, as one batch (prepared while the next ones are fetched, incidents
 * brought up to date once); returns the ids of those that did not fail (the failed are retried next poll).
 */
async function ingestEntries(feedUrl: string, entries: readonly FeedItem[], deps: PollDeps, summary: IngestSummary): Promise<string[]> {
  const done: string[] = [];
  async function* fetched(): AsyncGenerator<InputItem> {
    let index = 0;
    for await (const item of feedEntryItems(feedUrl, entries, { fetcher: deps.fetcher })) {
      const entry = entries[index++]!;
      if (item.error && deps.stopSignal?.aborted) return;
      if (!item.error) done.push(entry.id);
      yield item;
    }
  }
  const result = await ingestItems(deps.store, fetched(), ingestOptions(deps));
  for (const key of Object.keys(result) as (keyof IngestSummary)[]) {
    if (key === 'failures') summary.failures.push(...result.failures);
    else if (key === 'uncoded') for (const [why, n] of Object.entries(result.uncoded)) summary.uncoded[why] = (summary.uncoded[why] ?? 0) + n;
    else summary[key] += result[key];
  }
  return done;
}
