// Renders an element's text with block boundaries as newlines, furniture and link lists left out.
import type { ElementStats } from './html-stats.ts';
import type { HtmlElement } from './html-tree.ts';
import { debrisLineReason } from '../debris-lines.ts';

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'br', 'hr', 'figure', 'figcaption', 'center',
]);

/** Text of `root`, one block per line, with furniture and link-heavy blocks dropped. */
export function renderBlocks(root: HtmlElement, stats: Map<HtmlElement, ElementStats>): string {
  const parts: string[] = [];
  const visit = (element: HtmlElement): void => {
    const s = stats.get(element);
    if (!s || s.furniture) return;
    if (element !== root && isLinkList(element, s)) return;
    const block = BLOCK_TAGS.has(element.tag);
    if (block) parts.push('\n');
    for (const child of element.children) {
      if (typeof child === 'string') parts.push(child);
      else visit(child);
    }
    if (block) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0 && debrisLineReason(line) === null)
    .join('\n');
}

/** A block that is mostly link text (menus, "read more" lists, tag clouds). */
function isLinkList(element: HtmlElement, s: ElementStats): boolean {
  if (s.text === 0) return false;
  const density = s.link / s.text;
  if (!BLOCK_TAGS.has(element.tag)) return false;
  // Quoted posts (embedded tweets) are mostly links by nature but are part of the story.
  if (element.tag === 'blockquote') return density > 0.8;
  return density > 0.5 || (density > 0.25 && s.text < 200 && element.tag !== 'p');
}
