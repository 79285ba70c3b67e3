// Page metadata from an HTML head: title, outlet, byline, publication date and language, each with its source.
import { dateFromUrl } from '../publication-date.ts';
import type { HtmlHead } from './html-tree.ts';

/** One metadata value and where it was found ("html:meta", "html:json-ld", "html:time", "html:title", "url"). */
export interface Sourced {
  readonly value: string;
  readonly source: string;
}

export interface HtmlMetadata {
  readonly title: Sourced | null;
  readonly outlet: Sourced | null;
  readonly byline: Sourced | null;
  readonly published: Sourced | null;
  readonly language: Sourced | null;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'headline', 'title', 'dc.title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'twitter:site'];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'cxenseparse:author'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'published_time', 'pubdate', 'publishdate',
  'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published',
  'og:published_time', 'article:modified_time', 'datemodified', 'og:updated_time',
];
const LANGUAGE_KEYS = ['og:locale', 'language', 'content-language', 'dc.language'];

/** Metadata from the head's meta tags, JSON-LD, `<time>` elements and the URL; null for what is absent. */
export function htmlMetadata(head: HtmlHead, url: string | null): HtmlMetadata {
  const ld = jsonLdArticle(head.jsonLd);
  const published =
    pick(head.metas, DATE_KEYS, 'html:meta', isDateLike) ??
    from(ld?.datePublished, 'html:json-ld') ??
    from(head.times.find(isDateLike), 'html:time') ??
    from(url ? dateFromUrl(url) : null, 'url');
  const author = from(personName(ld?.author), 'html:json-ld') ?? pick(head.metas, AUTHOR_KEYS, 'html:meta', (v) => !/^https?:/.test(v));
  return {
    title: withoutSiteSuffix(pick(head.metas, TITLE_KEYS, 'html:meta') ?? from(ld?.headline, 'html:json-ld') ?? from(head.title, 'html:title')),
    outlet: siteName(pick(head.metas, SITE_KEYS, 'html:meta') ?? from(personName(ld?.publisher), 'html:json-ld')),
    byline: author ? { value: author.value.replace(/^by:?\s+/i, ''), source: author.source } : null,
    published: published ? { value: published.value.trim(), source: published.source } : null,
    language: from(head.lang, 'html:lang') ?? pick(head.metas, LANGUAGE_KEYS, 'html:meta'),
  };
}

/** A site name as people write it: a URL becomes its host, a Twitter handle loses its "@". */
function siteName(site: Sourced | null): Sourced | null {
  if (!site) return null;
  let value = site.value.replace(/^@/, '');
  if (/^https?:\/\//i.test(value)) {
    try {
      value = new URL(value).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  return value ? { value, source: site.source } : null;
}

/** "Budget passes | The Gazette" → "Budget passes": a short last part after a bar or spaced dash names the site. */
export function withoutSiteSuffix(title: Sourced | null): Sourced | null {
  if (!title) return null;
  const parts = title.value.split(/\s+[|–—-]\s+|\s*\|\s*/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const rest = title.value.slice(0, title.value.length - last.length).replace(/[\s|–—-]+$/, '');
  return last.split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 2 ? { value: rest, source: title.source } : title;
}

interface LdArticle {
  headline?: unknown;
  datePublished?: unknown;
  author?: unknown;
  publisher?: unknown;
}

/** The first JSON-LD object that looks like an article (has a headline or datePublished). */
function jsonLdArticle(blocks: readonly string[]): LdArticle | null {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (record.headline || record.datePublished) return record as LdArticle;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
}

function personName(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(personName).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object') return personName((value as Record<string, unknown>).name);
  return null;
}

function isDateLike(value: string): boolean {
  return /\d{4}/.test(value) && !Number.isNaN(Date.parse(value.trim().replace(' ', 'T')) || Date.parse(value));
}

function pick(metas: Map<string, string>, keys: readonly string[], source: string, accept: (v: string) => boolean = () => true): Sourced | null {
  for (const key of keys) {
    const value = metas.get(key)?.replace(/\s+/g, ' ').trim();
    if (value && accept(value)) return { value, source };
  }
  return null;
}

function from(value: unknown, source: string): Sourced | null {
  if (typeof value !== 'string') return null;
  const v = value.replace(/\s+/g, ' ').trim();
  return v ? { value: v, source } : null;
}
