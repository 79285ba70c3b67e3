// Feeds (RSS 0.9x/2.0, Atom, RDF) to a list of items, with hostile XML refused before parsing.
import { parseFeed as parseAnyFeed } from 'feedsmith';
import { charsetFromContentType, decodeBytes, type Decoded } from '../read/decode-bytes.ts';

export const DEFAULT_MAX_FEED_ITEMS = 1000;

/** One feed entry: where its article lives, and its text when the feed carries the full story. */
export interface FeedItem {
  /** Stable identity for "seen before" checks: the guid/id, else the link. */
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** Full article HTML carried by the feed (content:encoded, Atom content), when long enough to be the story. */
  readonly content: string | null;
}

export type ParsedFeed =
  | { readonly ok: true; readonly format: 'rss' | 'atom' | 'rdf'; readonly title: string | null; readonly items: readonly FeedItem[]; readonly truncated: number }
  | { readonly ok: false; readonly error: string };

/** Feed content at least this long (in characters of text) is taken as the article itself. */
const FULL_TEXT_MIN_CHARS = 1000;

/** Decode feed bytes: BOM, then the HTTP charset, then the XML declaration's encoding, then UTF-8. */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null = null): Decoded {
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)));
  return decodeBytes(bytes, charsetFromContentType(contentType) ?? (xml ? xml[1]!.toLowerCase() : null));
}

/** True when `text` starts like an RSS, Atom or RDF document (after an XML declaration, comments, a DOCTYPE). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>/g, '').trimStart();
  return /^(<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)?<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * Parse a feed into at most `maxItems` items (the rest are counted in `truncated`, not parsed).
 * Refuses, with a one-line reason, any document that declares XML entities: that closes billion
 * laughs and external-entity (XXE) attacks whatever the parser would do with them. Never throws.
 */
export function parseFeedText(text: string, maxItems = DEFAULT_MAX_FEED_ITEMS): ParsedFeed {
  if (/<!ENTITY/i.test(text)) return { ok: false, error: 'feed declares XML entities (refused: entity expansion and external entities are unsafe)' };
  let parsed;
  try {
    parsed = parseAnyFeed(text, { maxItems });
  } catch (error) {
    return { ok: false, error: `not a readable feed: ${(error as Error).message}` };
  }
  const total = countItems(text);
  if (parsed.format === 'rss') {
    const items = (parsed.feed.items ?? []).map((i) => feedItem(i.guid?.value, i.link, i.title, i.pubDate ?? i.dc?.dates?.[0], i.content?.encoded ?? null));
    return done('rss', parsed.feed.title ?? null, items, total);
  }
  if (parsed.format === 'atom') {
    const items = (parsed.feed.entries ?? []).map((e) => {
      const link = e.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? e.links?.[0]?.href;
      return feedItem(e.id, link, e.title?.value, e.published ?? e.updated, e.content?.value ?? null);
    });
    return done('atom', parsed.feed.title?.value ?? null, items, total);
  }
  if (parsed.format === 'rdf') {
    const items = (parsed.feed.items ?? []).map((i) => feedItem(i.rdf?.about, i.link, i.title, i.dc?.dates?.[0], i.content?.encoded ?? null));
    return done('rdf', parsed.feed.title ?? null, items, total);
  }
  return { ok: false, error: `feed format ${parsed.format} is not read by sitrep` };
}

function done(format: 'rss' | 'atom' | 'rdf', title: string | null, items: (FeedItem | null)[], total: number): ParsedFeed {
  const kept = items.filter((i): i is FeedItem => i !== null);
  return { ok: true, format, title, items: kept, truncated: Math.max(0, total - items.length) };
}

function feedItem(id: unknown, link: unknown, title: unknown, published: unknown, content: string | null): FeedItem | null {
  const url = typeof link === 'string' && link.trim() ? link.trim() : null;
  const key = typeof id === 'string' && id.trim() ? id.trim() : url;
  if (!key) return null;
  const full = content && plainLength(content) >= FULL_TEXT_MIN_CHARS ? content : null;
  return { id: key, url, title: typeof title === 'string' ? title.trim() || null : null, published: isoDate(published), content: full };
}

function plainLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().length;
}

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Items in the document, counted cheaply (for the "truncated" figure only). */
function countItems(text: string): number {
  return (text.match(/<(item|entry)[\s>]/g) ?? []).length;
}
