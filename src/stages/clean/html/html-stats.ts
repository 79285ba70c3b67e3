// Per-element text statistics (text length, link text, commas) computed once, bottom-up.
import { isFurnitureIfSmall, isStructuralFurniture } from './html-boilerplate.ts';
import type { HtmlElement } from './html-tree.ts';

export interface ElementStats {
  /** Characters of visible text (whitespace runs count as one), furniture excluded. */
  text: number;
  /** Characters of that text inside links. */
  link: number;
  commas: number;
  /** Text directly in this element (not in child elements). */
  own: number;
  furniture: boolean;
}

/** A wrapper holding this share of the page's text is never furniture, whatever its class says. */
const WRAPPER_SHARE = 0.4;

/**
 * Stats for every element under `root`, furniture subtrees marked and counted as empty. Class/id
 * hints mark furniture only on elements holding less than WRAPPER_SHARE of the page's text, since
 * whole-page wrappers often carry names like "page-ad-margins" or "has-sidebar".
 */
export function computeStats(root: HtmlElement): Map<HtmlElement, ElementStats> {
  const ownCommas = new Map<HtmlElement, number>();
  const structural = structuralStats(root, ownCommas);
  const pageText = structural.get(root)?.text ?? 0;
  return withHintFurniture(root, structural, ownCommas, (element) => structural.get(element)!.text < pageText * WRAPPER_SHARE && isFurnitureIfSmall(element));
}

/** Stats with only structural furniture left out; each element's own commas go to `ownCommas`. The one pass that reads the text. */
function structuralStats(root: HtmlElement, ownCommas: Map<HtmlElement, number>): Map<HtmlElement, ElementStats> {
  const stats = new Map<HtmlElement, ElementStats>();
  const visit = (element: HtmlElement, inLink: boolean): ElementStats => {
    const furniture = element.parent !== null && isStructuralFurniture(element);
    const s: ElementStats = { text: 0, link: 0, commas: 0, own: 0, furniture };
    const linked = inLink || element.tag === 'a';
    let commas = 0;
    for (const child of element.children) {
      if (typeof child === 'string') {
        s.own += visibleLength(child);
        commas += countCommas(child);
      } else {
        const c = visit(child, linked);
        if (c.furniture) continue;
        s.text += c.text;
        s.link += c.link;
        s.commas += c.commas;
      }
    }
    s.text += s.own;
    if (linked) s.link += s.own;
    s.commas += commas;
    ownCommas.set(element, commas);
    stats.set(element, s);
    return s;
  };
  visit(root, false);
  return stats;
}

/** The structural stats again with the elements `furnitureByHint` marks left out too, from the own counts the first pass found. */
function withHintFurniture(
  root: HtmlElement, structural: Map<HtmlElement, ElementStats>, ownCommas: Map<HtmlElement, number>, furnitureByHint: (element: HtmlElement) => boolean,
): Map<HtmlElement, ElementStats> {
  const stats = new Map<HtmlElement, ElementStats>();
  const visit = (element: HtmlElement, inLink: boolean): ElementStats => {
    const first = structural.get(element)!;
    const furniture = first.furniture || (element.parent !== null && furnitureByHint(element));
    const linked = inLink || element.tag === 'a';
    const s: ElementStats = { text: first.own, link: linked ? first.own : 0, commas: ownCommas.get(element)!, own: first.own, furniture };
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const c = visit(child, linked);
      if (c.furniture) continue;
      s.text += c.text;
      s.link += c.link;
      s.commas += c.commas;
    }
    stats.set(element, s);
    return s;
  };
  visit(root, false);
  return stats;
}

/** Length of a text with whitespace runs collapsed to one character and ends trimmed. */
export function visibleLength(text: string): number {
  let length = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 12;
    if (isSpace) {
      if (!space) length++;
      space = true;
    } else {
      length++;
      space = false;
    }
  }
  return space && length > 0 ? length - 1 : length;
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 0xff0c || code === 0x3001 || code === 0x060c) n++;
  }
  return n;
}
