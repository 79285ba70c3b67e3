// Renders an element's text with block boundaries as newlines, furniture and link lists left out.
import type { RemovedBlock } from '../../../article/article.ts';
import { debrisLineReason } from '../debris-lines.ts';
import { furnitureReason } from './html-boilerplate.ts';
import type { ElementStats } from './html-stats.ts';
import type { HtmlElement } from './html-tree.ts';

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'br', 'hr', 'figure', 'figcaption', 'center',
]);

/**
 * Text of `root`, one block per line, with furniture, link-heavy blocks and debris lines dropped.
 * When `removed` is given, every dropped block that had text is added to it with the reason.
 */
export function renderBlocks(root: HtmlElement, stats: Map<HtmlElement, ElementStats>, removed?: RemovedBlock[]): string {
  const parts: string[] = [];
  const visit = (element: HtmlElement): void => {
    const s = stats.get(element);
    if (!s) return;
    const reason = s.furniture ? furnitureReason(element) : element !== root && isLinkList(element, s) ? 'list of links' : null;
    if (reason) {
      const text = removed ? elementText(element) : '';
      if (text) removed!.push({ text, reason: `${reason} in the article area` });
      return;
    }
    const block = BLOCK_TAGS.has(element.tag);
    if (block) parts.push('\n');
    for (const child of element.children) {
      if (typeof child === 'string') parts.push(child);
      else visit(child);
    }
    if (block) parts.push('\n');
  };
  visit(root);
  const lines: string[] = [];
  for (const raw of parts.join('').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const debris = debrisLineReason(line);
    if (debris === null) lines.push(line);
    else removed?.push({ text: line, reason: debris });
  }
  return lines.join('\n');
}

/** All text under an element, whitespace collapsed. */
function elementText(element: HtmlElement): string {
  const parts: string[] = [];
  const visit = (el: HtmlElement): void => {
    for (const child of el.children) {
      if (typeof child === 'string') parts.push(child);
      else {
        if (BLOCK_TAGS.has(child.tag)) parts.push(' ');
        visit(child);
      }
    }
  };
  visit(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
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
