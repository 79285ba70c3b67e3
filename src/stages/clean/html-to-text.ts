// Main text from HTML: @mozilla/readability over a linkedom DOM, with the page's own metadata.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface HtmlExtraction {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
}

/**
 * Extract the main text of an HTML page with Readability; paragraphs become lines. Falls back to the
 * body's text when Readability finds no article. Returns empty text for a page with no text at all.
 */
export function htmlToText(html: string): HtmlExtraction {
  // linkedom leaves documentElement null for markup without an element; wrap such input in a page.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
  const lang = document.documentElement?.getAttribute?.('lang') ?? null;
  const metaTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null;
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  let parsed = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  let text: string;
  if (parsed?.content) {
    const { document: fragment } = parseHTML(`<html><body>${parsed.content}</body></html>`);
    text = blockText(fragment.body as unknown as Element);
  } else {
    const { document: fresh } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
    for (const el of fresh.querySelectorAll('script, style, noscript, template')) el.remove();
    text = blockText((fresh.body ?? fresh.documentElement) as unknown as Element);
  }
  return {
    text,
    title: clean(parsed?.title) ?? clean(metaTitle),
    byline: clean(parsed?.byline),
    published: clean(parsed?.publishedTime) ?? clean(published),
    siteName: clean(parsed?.siteName),
    language: clean(parsed?.lang) ?? clean(lang),
  };
}

const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'FIGCAPTION', 'BR', 'TABLE', 'UL', 'OL', 'DD', 'DT',
]);

/** Text of an element with block boundaries as newlines and inline whitespace collapsed. */
function blockText(root: Element | null): string {
  if (!root) return '';
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}
