// DOM helpers for the UI: elements are built with text content only; untrusted text is never parsed as HTML.

type Child = Node | string | null | undefined | false;

/** Create an element with attributes (set as attributes, never as HTML) and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error('event handlers are attached with addEventListener, not attributes');
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Replace a container's children. */
export function render(container: Element, ...children: Child[]): void {
  container.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** A safe link to a path inside the app; anything not starting with "#" or "/" becomes inert text. */
export function appLink(href: string, text: string, attrs: Record<string, string> = {}): HTMLAnchorElement | HTMLSpanElement {
  if (!href.startsWith('#') && !href.startsWith('/')) return h('span', {}, text);
  return h('a', { ...attrs, href }, text);
}

/** An outside link shown as a link only for http(s) URLs (never javascript: or data:). */
export function sourceLink(url: string | null, text: string): HTMLElement {
  if (!url) return h('span', {}, text);
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return h('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text);
    }
  } catch {
    // not a URL
  }
  return h('span', {}, text);
}
