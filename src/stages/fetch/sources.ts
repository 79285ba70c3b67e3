// Every source `sitrep ingest` accepts (paths, URLs, URL lists, feeds, stdin) as one stream of InputItems.
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { mapOrdered } from '../../util/map-ordered.ts';
import { decodeBytes } from '../read/decode-bytes.ts';
import { failedInput, type InputItem } from '../read/input-item.ts';
import { formatBytes, readInputs } from '../read/read-inputs.ts';
import { itemFromFeedContent, itemFromResponse, feedFields } from './fetched-item.ts';
import type { Fetcher } from './fetcher.ts';
import { decodeFeedBytes, looksLikeFeed, parseFeedText, type FeedItem } from './feeds.ts';
import { looksLikeSitemap, parseSitemapText } from './sitemaps.ts';

export type Source =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'url-list'; readonly path: string }
  | { readonly kind: 'stdin' };

export interface SourceDeps {
  readonly fetcher: Fetcher;
  readonly maxBytes: number;
  readonly maxFeedItems: number;
  /** Reads all of standard input, refusing more than maxBytes (throws with a one-line reason). */
  readonly readStdin: (maxBytes: number) => Promise<Uint8Array>;
  /** Fetches in flight at once across hosts (per-host limits still apply); default 8. */
  readonly concurrency?: number;
}

const FEED_EXTENSIONS = ['.xml', '.rss', '.atom', '.rdf'];

/** Sort command-line arguments into sources: "-" is stdin, "scheme://…" a URL, anything else a path. */
export function classifySources(positionals: readonly string[], urlLists: readonly string[] = []): Source[] {
  const sources: Source[] = positionals.map((arg) =>
    arg === '-' ? { kind: 'stdin' } : /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) ? { kind: 'url', url: arg } : { kind: 'path', path: arg },
  );
  for (const path of urlLists) sources.push({ kind: 'url-list', path });
  return sources;
}

/**
 * Yield one InputItem per document the sources lead to: a fetched page, each entry of a feed (its
 * full text when the feed carries it, else its fetched page), each URL of a list, local files via
 * readInputs. Feeds are recognised by content, not by name. Never throws for a bad source: a
 * refused, failed or unreadable one becomes an item with `error` set, and the rest go on.
 */
export async function* readSources(sources: readonly Source[], deps: SourceDeps): AsyncGenerator<InputItem> {
  for (const source of sources) {
    if (source.kind === 'url') yield* fromUrls([source.url], deps);
    else if (source.kind === 'url-list') yield* fromUrlList(source.path, deps);
    else if (source.kind === 'stdin') yield* fromStdin(deps);
    else if (await isListingFile(source.path)) yield* fromListingBytes(source.path, await readWhole(source.path, deps.maxBytes), deps);
    else yield* readInputs([source.path], { maxBytes: deps.maxBytes });
  }
}

/** Items for feed entries: full text when carried, else the entry's page fetched (in order, concurrently). */
export function feedEntryItems(feedUrl: string, entries: readonly FeedItem[], deps: Pick<SourceDeps, 'fetcher' | 'concurrency'>): AsyncGenerator<InputItem> {
  return mapOrdered(entries, deps.concurrency ?? 8, async (entry) => {
    if (entry.content) return itemFromFeedContent(feedUrl, entry);
    const url = entry.url ? absoluteUrl(entry.url, feedUrl) : null;
    if (!url) return failedInput(`${feedUrl}#${entry.id}`, entry.url ? `feed entry link is not a usable URL: ${entry.url}` : 'feed entry has neither content nor a link');
    const outcome = await deps.fetcher.fetch(url);
    return outcome.ok ? itemFromResponse(outcome, feedFields(entry)) : failedInput(url, outcome.error);
  });
}

async function* fromUrls(urls: readonly string[], deps: SourceDeps): AsyncGenerator<InputItem> {
  const fetched = mapOrdered(urls, deps.concurrency ?? 8, (url) => deps.fetcher.fetch(url));
  for await (const outcome of fetched) {
    if (!outcome.ok) {
      yield failedInput(outcome.url, outcome.error);
    } else if (isListingResponse(outcome.contentType, outcome.bytes)) {
      yield* fromListingBytes(outcome.finalUrl, outcome.bytes, deps);
    } else {
      yield itemFromResponse(outcome);
    }
  }
}

/** A feed or a sitemap (read from a URL, a file or stdin): one item per entry it lists. */
async function* fromListingBytes(origin: string, bytes: Uint8Array | string, deps: SourceDeps, depth = 0): AsyncGenerator<InputItem> {
  if (typeof bytes === 'string') return yield failedInput(origin, bytes);
  const decoded = decodeFeedBytes(bytes);
  if (!decoded.ok) return yield failedInput(origin, decoded.error, bytes);
  if (looksLikeSitemap(decoded.text)) return yield* fromSitemapText(origin, decoded.text, bytes, deps, depth);
  const feed = parseFeedText(decoded.text, deps.maxFeedItems);
  if (!feed.ok) return yield failedInput(origin, feed.error, bytes);
  yield* feedEntryItems(origin, feed.items, deps);
}

async function* fromSitemapText(origin: string, text: string, bytes: Uint8Array, deps: SourceDeps, depth: number): AsyncGenerator<InputItem> {
  const sitemap = parseSitemapText(text, deps.maxFeedItems);
  if (!sitemap.ok) return yield failedInput(origin, sitemap.error, bytes);
  if (sitemap.kind === 'urlset') {
    const entries = sitemap.entries.map((e): FeedItem => ({ id: e.url, url: e.url, title: e.title, published: e.published, content: null }));
    return yield* feedEntryItems(origin, entries, deps);
  }
  // A sitemap index lists sitemaps; one level is followed (an index of indexes is refused, not recursed).
  if (depth > 0) return yield failedInput(origin, 'sitemap index inside a sitemap index; not followed');
  for (const child of sitemap.sitemaps) {
    const outcome = await deps.fetcher.fetch(child);
    if (!outcome.ok) yield failedInput(child, outcome.error);
    else yield* fromListingBytes(outcome.finalUrl, outcome.bytes, deps, depth + 1);
  }
}

async function* fromUrlList(path: string, deps: SourceDeps): AsyncGenerator<InputItem> {
  const bytes = await readWhole(path, deps.maxBytes);
  if (typeof bytes === 'string') return yield failedInput(path, bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return yield failedInput(path, decoded.error);
  yield* fromUrls(urlLines(decoded.text), deps);
}

async function* fromStdin(deps: SourceDeps): AsyncGenerator<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.readStdin(deps.maxBytes);
  } catch (error) {
    return yield failedInput('stdin', (error as Error).message);
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (looksLikeFeed(head) || looksLikeSitemap(head)) return yield* fromListingBytes('stdin', bytes, deps);
  const decoded = decodeBytes(bytes);
  const lines = decoded.ok ? decoded.text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];
  if (lines.length > 0 && lines.every((l) => /^https?:\/\/\S+$/i.test(l))) return yield* fromUrls(lines, deps);
  const html = /^\s*<(!doctype html|html|head|body|article|div|p)[\s>]/i.test(head);
  yield { origin: 'stdin', kind: html ? 'html' : 'text', contentType: html ? 'text/html' : 'text/plain', bytes, body: null, fields: {}, error: null };
}

/** `link` made absolute against the feed's URL (when the feed came from the web), or null. */
function absoluteUrl(link: string, feedUrl: string): string | null {
  try {
    return /^https?:/i.test(feedUrl) ? new URL(link, feedUrl).href : new URL(link).href;
  } catch {
    return null;
  }
}

/** The URLs of a URL list: one per line; blank lines and "#" comments skipped. */
export function urlLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Whether a response is a feed or sitemap (by type, else by content) rather than a page. */
function isListingResponse(contentType: string, bytes: Uint8Array): boolean {
  if (/(rss|atom|rdf)\+xml/i.test(contentType)) return true;
  if (/html/i.test(contentType)) return false;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  return looksLikeFeed(head) || looksLikeSitemap(head);
}

async function isListingFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    if (FEED_EXTENSIONS.includes(extname(path).toLowerCase())) return true;
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      const head = new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead));
      return looksLikeFeed(head) || looksLikeSitemap(head);
    } finally {
      await handle.close();
    }
  } catch {
    return false; // readInputs reports the missing or unreadable path
  }
}

/** The whole file, or a one-line reason it cannot be read (missing, too large). */
async function readWhole(path: string, maxBytes: number): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return `file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`;
    const handle = await open(path, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
}
