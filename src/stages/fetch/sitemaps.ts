// Sitemaps (urlset and sitemap index, news sitemaps included) to page URLs, with hostile XML refused.
import { XMLParser } from 'fast-xml-parser';

export interface SitemapEntry {
  readonly url: string;
  /** lastmod, or news:publication_date, as ISO; null when absent or invalid. */
  readonly published: string | null;
  /** news:title when the sitemap is a Google News sitemap. */
  readonly title: string | null;
}

export type ParsedSitemap =
  | { readonly ok: true; readonly kind: 'urlset'; readonly entries: readonly SitemapEntry[]; readonly truncated: number }
  | { readonly ok: true; readonly kind: 'index'; readonly sitemaps: readonly string[]; readonly truncated: number }
  | { readonly ok: false; readonly error: string };

/** True when `text` is a sitemap (`<urlset>` or `<sitemapindex>` root). */
export function looksLikeSitemap(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>/g, '').trimStart();
  return /^<(urlset|sitemapindex)[\s>]/i.test(head);
}

/**
 * Parse a sitemap into at most `maxEntries` page URLs, or a sitemap index into child sitemap URLs.
 * Documents that declare XML entities are refused (as for feeds); entities are never expanded.
 * Never throws.
 */
export function parseSitemapText(text: string, maxEntries: number): ParsedSitemap {
  if (/<!ENTITY/i.test(text)) return { ok: false, error: 'sitemap declares XML entities (refused: entity expansion and external entities are unsafe)' };
  let doc: Record<string, unknown>;
  try {
    const parser = new XMLParser({ ignoreAttributes: true, processEntities: false, removeNSPrefix: true, parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, error: `not a readable sitemap: ${(error as Error).message.split('\n')[0]}` };
  }
  const index = doc.sitemapindex as { sitemap?: { loc?: unknown }[] } | undefined;
  if (index) {
    const all = (index.sitemap ?? []).map((s) => nonEmptyText(s.loc)).filter((u): u is string => u !== null);
    return { ok: true, kind: 'index', sitemaps: all.slice(0, maxEntries), truncated: Math.max(0, all.length - maxEntries) };
  }
  const urlset = doc.urlset as { url?: Record<string, unknown>[] } | undefined;
  if (!urlset) return { ok: false, error: 'not a sitemap (no urlset or sitemapindex)' };
  const all = urlset.url ?? [];
  const entries: SitemapEntry[] = [];
  for (const u of all.slice(0, maxEntries)) {
    const url = nonEmptyText(u.loc);
    if (!url) continue;
    const news = u.news as Record<string, unknown> | undefined;
    entries.push({ url, published: isoDate(nonEmptyText(news?.publication_date) ?? nonEmptyText(u.lastmod)), title: nonEmptyText(news?.title) });
  }
  return { ok: true, kind: 'urlset', entries, truncated: Math.max(0, all.length - maxEntries) };
}

function nonEmptyText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
