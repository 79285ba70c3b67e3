// The fetch stage's public face: safe fetching, feeds, sitemaps and the source reader used by ingest and watch.
export { parseAllowList, addressRefusal, type AddressPolicy } from './address-policy.ts';
export { createFetcher, type Fetcher, type FetcherOptions } from './fetcher.ts';
export { decodeFeedBytes, parseFeedText, looksLikeFeed, type FeedItem, type ParsedFeed } from './feeds.ts';
export { sleep } from './retry.ts';
export { parseSitemapText, looksLikeSitemap } from './sitemaps.ts';
export { classifySources, readSources, feedEntryItems, urlLines, type Source, type SourceDeps } from './sources.ts';
export { USER_AGENT, type FetchOutcome } from './safe-fetch.ts';
