// Turning a fetched response or a feed entry into an InputItem for ingest (decoded by header, BOM, meta).
import type { InputFields } from '../../article/document.ts';
import { charsetFromContentType, decodeWebBytes } from '../read/decode-bytes.ts';
import { failedInput, withoutNuls, type InputItem } from '../read/input-item.ts';
import type { FeedItem } from './feeds.ts';
import type { FetchedResponse } from './safe-fetch.ts';

/**
 * An InputItem for a fetched page: kind from the Content-Type (or sniffed when absent), text
 * decoded by BOM, HTTP charset, <meta charset>, UTF-8, then a visible guess. `fields` (from a feed
 * entry) are kept; the URL after redirects becomes `fields.url`. Undecodable bytes fail the item.
 */
export function itemFromResponse(response: FetchedResponse, fields: InputFields = {}): InputItem {
  const mediaType = response.contentType.split(';')[0]!.trim().toLowerCase();
  const html = mediaType.includes('html') || (!mediaType && sniffHtml(response.bytes));
  const decoded = decodeWebBytes(response.bytes, charsetFromContentType(response.contentType), html);
  if (!decoded.ok) return failedInput(response.url, decoded.error, response.bytes);
  return {
    origin: response.url,
    kind: html ? 'html' : 'text',
    contentType: response.contentType || (html ? 'text/html' : 'text/plain'),
    bytes: response.bytes,
    body: decoded.text,
    fields: { ...fields, url: response.finalUrl },
    error: null,
  };
}

/** An InputItem for a feed entry that carries its full article as HTML. */
export function itemFromFeedContent(feedUrl: string, item: FeedItem): InputItem {
  const body = item.content ?? '';
  return {
    origin: withoutNuls(item.url ?? `${feedUrl}#${item.id}`),
    kind: 'html',
    contentType: 'text/html; charset=utf-8',
    bytes: new TextEncoder().encode(body),
    body,
    fields: feedFields(item),
    error: null,
  };
}

/** The fields a feed entry contributes to its article's metadata. */
export function feedFields(item: FeedItem): InputFields {
  // NUL characters (a feed's &#0;) are removed and counted, as in JSON records, so both stores hold the same fields.
  const nuls = { count: 0 };
  const clean = (v: string | null | undefined) => (v ? withoutNuls(v, nuls) : v);
  const fields = { url: clean(item.url), title: clean(item.title), published: clean(item.published) };
  return nuls.count > 0 ? { ...fields, nulsRemoved: nuls.count } : fields;
}

function sniffHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|head|article|div|p)[\s>]/.test(head);
}
