// Main text of an HTML page: Readability-style paragraph scoring over a light htmlparser2 tree.
import { hasNegativeHint, hasPositiveHint } from './html-boilerplate.ts';
import { computeStats, type ElementStats } from './html-stats.ts';
import { renderBlocks } from './html-render.ts';
import type { HtmlElement } from './html-tree.ts';
import type { RemovedBlock } from '../../../article/article.ts';

/** Elements whose own text counts as a paragraph of the article. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const MIN_PARAGRAPH = 25;

/**
 * Find the element holding the article (scored by the paragraphs under it) and render its text,
 * furniture left out, one paragraph per line. Returns '' when the page has no paragraph text.
 * Blocks dropped inside the article area are added to `removed` when it is given.
 */
export function extractMainText(root: HtmlElement, removed?: RemovedBlock[]): string {
  const stats = computeStats(root);
  const ranked = rankCandidates(root, stats);
  const best = ranked[0];
  if (!best) return renderBlocks(root, stats, removed);
  const scores = new Map(ranked.map((r) => [r.element, r.score]));
  return articleParts(best.element, best.score, scores, stats)
    .map((part) => renderBlocks(part, stats, removed))
    .filter(Boolean)
    .join('\n');
}

/**
 * The best candidate and the siblings that continue it (stories split over several columns or
 * chunks): siblings scoring a fifth of the best, sharing its class (with few links), or plain paragraphs.
 */
function articleParts(best: HtmlElement, bestScore: number, scores: Map<HtmlElement, number>, stats: Map<HtmlElement, ElementStats>): HtmlElement[] {
  let top = best;
  // Climb through wrappers that add no text, so the siblings compared are the story's real parts.
  while (top.parent && top.parent.parent && stats.get(top.parent)!.text <= stats.get(top)!.text) top = top.parent;
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, bestScore * 0.2);
  const parts: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === 'string') continue;
    if (sibling === top) {
      parts.push(sibling);
      continue;
    }
    const s = stats.get(sibling)!;
    if (s.furniture || s.text === 0) continue;
    const density = s.link / s.text;
    const sameClass = sibling.attrs.class !== undefined && sibling.attrs.class === top.attrs.class;
    const score = scores.get(sibling) ?? 0;
    if (score + (sameClass ? bestScore * 0.2 : 0) >= threshold || (sameClass && score > 0 && density < 0.3)) parts.push(sibling);
    else if (isParagraphLike(sibling, stats) && (s.text > 80 ? density < 0.25 : s.link === 0 && /[.!?]["”’]?\s*$/.test(ownText(sibling)))) parts.push(sibling);
  }
  return parts;
}

/** A p, a div holding only text (Readability turns those into p), or a wrapper around a single p. */
function isParagraphLike(element: HtmlElement, stats: Map<HtmlElement, ElementStats>): boolean {
  if (element.tag === 'p') return true;
  if (element.tag !== 'div' && element.tag !== 'section') return false;
  const children = element.children.filter((c): c is HtmlElement => typeof c !== 'string');
  if (stats.get(element)!.own > 0) return children.every((c) => !BLOCKISH.has(c.tag));
  return children.length === 1 && children[0]!.tag === 'p';
}

const BLOCKISH = new Set(['div', 'section', 'article', 'ul', 'ol', 'table', 'p', 'figure', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Text of the element's own text nodes and inline children, enough to see how it ends. */
function ownText(element: HtmlElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : ownText(child);
  return text;
}

/** Elements scored by the paragraphs under them (link density and class hints applied), best first. */
export function rankCandidates(root: HtmlElement, stats: Map<HtmlElement, ElementStats>): Array<{ element: HtmlElement; score: number }> {
  const scores = new Map<HtmlElement, number>();
  const walk = (element: HtmlElement): void => {
    const s = stats.get(element)!;
    if (s.furniture) return;
    const isParagraph = PARAGRAPH_TAGS.has(element.tag) || (element.tag === 'div' && s.own >= MIN_PARAGRAPH);
    if (isParagraph && s.text >= MIN_PARAGRAPH && s.link < s.text * 0.5) {
      const score = 1 + s.commas + Math.min(3, Math.floor(s.text / 100));
      // A div with its own text is a paragraph and its own container (Readability turns it into a p).
      if (element.tag === 'div') scores.set(element, (scores.get(element) ?? 0) + score);
      let ancestor = element.parent;
      for (let level = 0; ancestor && level < 5; level++, ancestor = ancestor.parent) {
        const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
        scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
      }
      if (element.tag !== 'div') return;
    }
    for (const child of element.children) if (typeof child !== 'string') walk(child);
  };
  walk(root);
  const ranked: Array<{ element: HtmlElement; score: number }> = [];
  for (const [element, raw] of scores) {
    const s = stats.get(element)!;
    const density = s.text > 0 ? s.link / s.text : 1;
    const weight = hasPositiveHint(element) ? 25 : hasNegativeHint(element) ? -25 : 0;
    ranked.push({ element, score: (raw + weight) * (1 - density) });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
