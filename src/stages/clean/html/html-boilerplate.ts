// Signals that an HTML element is page furniture (navigation, shares, captions, teasers), not article text.
import type { HtmlElement } from './html-tree.ts';

/** Tags that never hold the article's running text. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'h1', 'menu', 'dialog', 'fieldset', 'label', 'input', 'img', 'picture', 'video', 'audio', 'map', 'address']);

/** class/id fragments of furniture; matched as substrings of the lower-cased hint. */
const NEGATIVE_FRAGMENTS = [
  'comment', 'share', 'sharing', 'social', 'related', 'recommend', 'sidebar', 'breadcrumb', 'promo', 'advert',
  'sponsor', 'newsletter', 'subscribe', 'signup', 'sign-up', 'cookie', 'consent', 'popup', 'modal', 'byline',
  'caption', 'credit', 'masthead', 'navbar', 'navigation', 'footer', 'pagination', 'outbrain', 'taboola',
  'disqus', 'trending', 'most-popular', 'mostpopular', 'more-stories', 'read-more', 'readmore',
  'also-read', 'tags', 'tag-list', 'taglist', 'author', 'timestamp', 'dateline', 'toolbar', 'login',
  'paywall', 'banner', 'skip', 'visually-hidden', 'sr-only', 'screen-reader', 'inline-ad',
];
/** Whole class/id tokens of furniture (too short to match as fragments). */
const NEGATIVE_TOKENS = new Set(['ad', 'ads', 'nav', 'menu', 'meta', 'date', 'time', 'header', 'tag', 'rss', 'follow', 'note', 'source', 'photo', 'image', 'img', 'video', 'gallery', 'slideshow']);
/** Fragments that mark the article body; they outweigh a negative hint on the same element. */
const POSITIVE_FRAGMENTS = ['article-body', 'articlebody', 'article__body', 'article-content', 'story-body', 'storybody', 'post-body', 'entry-content', 'post-content', 'main-content', 'body-text', 'bodytext', 'article-text', 'story-content', 'content-body', 'rich-text', 'richtext'];

// The lists above as single regular expressions: one scan per element instead of one per fragment.
const NEGATIVE_FRAGMENT_RE = new RegExp(NEGATIVE_FRAGMENTS.map(escapeRegExp).join('|'));
const NEGATIVE_TOKEN_RE = new RegExp(`(^|[^a-z0-9])(${[...NEGATIVE_TOKENS].join('|')})($|[^a-z0-9])`);
const POSITIVE_FRAGMENT_RE = new RegExp(POSITIVE_FRAGMENTS.map(escapeRegExp).join('|'));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the element's class/id marks the article body. */
export function hasPositiveHint(element: HtmlElement): boolean {
  const hint = element.hint;
  return hint.length > 1 && POSITIVE_FRAGMENT_RE.test(hint);
}

/** Fragments that may name a content container; a negative hint beside them is not trusted. */
const MAYBE_CONTENT = /article|body|column|content|main|story|entry|post|text/;
/** Containers never judged by their class/id. */
const NEVER_BY_HINT = new Set(['html', 'body', 'main', 'article', 'p', 'a']);

/** Whether the element's class/id marks it as furniture (and not also as a content container). */
export function hasNegativeHint(element: HtmlElement): boolean {
  const hint = element.hint;
  if (hint.length < 2 || NEVER_BY_HINT.has(element.tag) || MAYBE_CONTENT.test(hint)) return false;
  return NEGATIVE_TOKEN_RE.test(hint) || NEGATIVE_FRAGMENT_RE.test(hint);
}

/** Whether the element is hidden from readers (hidden attribute, aria-hidden, display:none). */
export function isHidden(element: HtmlElement): boolean {
  const { attrs } = element;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether the element looks like furniture when it is small: a negative hint, or a form (ASP.NET pages wrap everything in one). */
export function isFurnitureIfSmall(element: HtmlElement): boolean {
  return element.tag === 'form' || hasNegativeHint(element);
}

/** Whether the element is furniture by its tag, role or visibility (hints are judged separately). */
export function isStructuralFurniture(element: HtmlElement): boolean {
  if (FURNITURE_TAGS.has(element.tag)) return true;
  const role = element.attrs.role;
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo' || role === 'dialog') return true;
  return isHidden(element);
}

/** Why an element counts as furniture, in words for the removed-blocks list. */
export function furnitureReason(element: HtmlElement): string {
  if (FURNITURE_TAGS.has(element.tag)) return `${element.tag} element`;
  if (isHidden(element)) return 'hidden element';
  const role = element.attrs.role;
  if (role) return `role "${role}"`;
  if (element.tag === 'form') return 'form';
  return `furniture by class/id "${element.hint.trim().slice(0, 60)}"`;
}
