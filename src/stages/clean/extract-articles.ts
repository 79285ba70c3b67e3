// From one decoded document to the articles it holds: main text, metadata and what was removed.
import type { ArticleMeta, RemovedBlock } from '../../article/article.ts';
import type { InputFields } from '../../article/document.ts';
import { htmlToText } from './html-to-text.ts';
import { tidyText } from './clean-text.ts';

export const CLEAN_STAGE = { id: 'clean', version: '1.0.0' } as const;

export interface ArticleDraft {
  readonly text: string;
  readonly meta: Partial<ArticleMeta>;
  readonly removed: readonly RemovedBlock[];
}

/**
 * Split a decoded document into article drafts. HTML goes through the main-text extractor; plain
 * text is tidied. Returns no drafts when nothing article-like is left (a page with no text).
 */
export function extractArticles(body: string, kind: 'text' | 'html', fields: InputFields): ArticleDraft[] {
  const sources: Record<string, string> = {};
  let text: string;
  const meta: { -readonly [K in keyof ArticleMeta]?: ArticleMeta[K] } = {};
  if (kind === 'html') {
    const page = htmlToText(body);
    text = tidyText(page.text);
    if (page.title) { meta.title = page.title; sources.title = 'html'; }
    if (page.byline) { meta.byline = page.byline; sources.byline = 'html'; }
    if (page.published) { meta.published = page.published; sources.published = 'html'; }
    if (page.siteName) { meta.outlet = page.siteName; sources.outlet = 'html'; }
    if (page.language) { meta.language = page.language; sources.language = 'html'; }
  } else {
    text = tidyText(body);
    const firstLine = text.split('\n', 1)[0] ?? '';
    if (firstLine && firstLine.length <= 160 && !/[.!?]["”’]?$/.test(firstLine)) {
      meta.title = firstLine;
      sources.title = 'text:first-line';
    }
  }
  for (const key of ['url', 'title', 'outlet', 'published'] as const) {
    const value = fields[key];
    if (value) { meta[key] = value; sources[key] = 'input'; }
  }
  if (!meta.outlet && meta.url) {
    try {
      meta.outlet = new URL(meta.url).hostname.replace(/^www\./, '');
      sources.outlet = 'url';
    } catch {
      // not a URL: leave the outlet unknown
    }
  }
  meta.synthetic = fields.synthetic === true;
  meta.sources = sources;
  if (!/[\p{L}]{2,}/u.test(text)) return [];
  return [{ text, meta, removed: [] }];
}
