// A light element tree from htmlparser2's event stream: only what main-text scoring needs, built fast.
import { Parser } from 'htmlparser2';
import { useConstantTimeStacks } from './top-first-stack.ts';

export interface HtmlElement {
  readonly tag: string;
  /** class and id joined, lower-cased: the hints boilerplate patterns match against. */
  readonly hint: string;
  /** The element's attributes (names lower-cased, entities decoded). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly parent: HtmlElement | null;
  readonly children: Array<HtmlElement | string>;
}

/** What the page's head and scripts say about it, gathered during the same parse. */
export interface HtmlHead {
  title: string | null;
  lang: string | null;
  /** `<meta name|property|itemprop=… content=…>` by lower-cased key, first value wins. */
  readonly metas: Map<string, string>;
  /** Raw text of every `<script type="application/ld+json">`. */
  readonly jsonLd: string[];
  /** `<time datetime>` values in document order. */
  readonly times: string[];
}

export interface HtmlTree {
  readonly root: HtmlElement;
  readonly head: HtmlHead;
}

/** Elements whose content is never article text (their text is dropped while parsing). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'textarea', 'button', 'head']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements nested deeper than this are flattened into their ancestor, so tree walks stay shallow. */
const MAX_DEPTH = 300;

/**
 * Parse an HTML string into a light tree plus head metadata. Never throws on malformed HTML. The
 * parser's stacks of open elements are constant-time (top-first-stack.ts), so deep nesting costs
 * linear time; `fastStacks` false keeps htmlparser2's own arrays (for the test that they agree).
 */
export function parseHtmlTree(html: string, fastStacks = true): HtmlTree {
  const root: HtmlElement = { tag: '#root', hint: '', attrs: {}, parent: null, children: [] };
  const head: HtmlHead = { title: null, lang: null, metas: new Map(), jsonLd: [], times: [] };
  let current = root;
  let skipDepth = 0;
  let depth = 0;
  let flattened = 0;
  let captured: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'html' && attribs.lang && !head.lang) head.lang = attribs.lang;
        if (name === 'meta') recordMeta(head, attribs);
        if (name === 'time' && attribs.datetime) head.times.push(attribs.datetime);
        if (name === 'title' && head.title === null) captured = [];
        if (name === 'script' && (attribs.type ?? '').includes('ld+json')) captured = [];
        if (skipDepth > 0 || SKIPPED.has(name)) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (depth >= MAX_DEPTH) {
          if (!VOID.has(name)) flattened++;
          return;
        }
        // The parser gives each tag an attributes object of its own: kept as it is, not copied.
        const hint = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase();
        const element: HtmlElement = { tag: name, hint, attrs: attribs, parent: current, children: [] };
        current.children.push(element);
        if (!VOID.has(name)) {
          current = element;
          depth++;
        }
      },
      ontext(text) {
        if (captured) captured.push(text);
        if (skipDepth === 0) current.children.push(text);
      },
      onclosetag(name) {
        if (captured && (name === 'title' || name === 'script')) {
          const text = captured.join('');
          if (name === 'title') head.title = text.replace(/\s+/g, ' ').trim() || null;
          else head.jsonLd.push(text);
          captured = null;
        }
        if (VOID.has(name)) return;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        // htmlparser2 reports every close, implied or not, so the stack stays balanced.
        if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const restoreStacks = fastStacks ? useConstantTimeStacks(parser) : () => undefined;
  parser.write(html);
  restoreStacks();
  parser.end();
  return { root, head };
}

function recordMeta(head: HtmlHead, attribs: Record<string, string>): void {
  const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
  const value = attribs.content;
  if (key && value && !head.metas.has(key)) head.metas.set(key, value);
  if (!head.lang && attribs['http-equiv']?.toLowerCase() === 'content-language' && value) head.lang = value;
}
