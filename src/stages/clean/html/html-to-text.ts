// Main text and metadata of an HTML page: one htmlparser2 pass, paragraph scoring, head metadata.
import type { RemovedBlock } from '../../../article/article.ts';
import { extractMainText } from './html-main-text.ts';
import { htmlMetadata, type HtmlMetadata } from './html-metadata.ts';
import { parseHtmlTree } from './html-tree.ts';

export interface HtmlExtraction {
  /** The article's text, one paragraph per line; '' for a page with no text. */
  readonly text: string;
  /** Blocks dropped inside the article area (captions, share bars, link lists, debris lines), with reasons. */
  readonly removed: RemovedBlock[];
  readonly metadata: HtmlMetadata;
}

/**
 * Extract the main text of an HTML page (paragraphs become lines) and its metadata. `url`, when
 * known, lends a publication date from its path. Never throws on malformed HTML.
 */
export function htmlToText(html: string, url: string | null = null): HtmlExtraction {
  const tree = parseHtmlTree(html);
  const removed: RemovedBlock[] = [];
  const text = extractMainText(tree.root, removed);
  return { text, removed, metadata: htmlMetadata(tree.head, url) };
}

/** Only the main text, for benchmarks that time extraction alone. */
export function htmlMainText(html: string): string {
  return extractMainText(parseHtmlTree(html).root);
}
