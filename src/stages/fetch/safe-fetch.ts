// One HTTP GET under sitrep's limits: manual redirects, size after decompression, total time, content types.
import { fetch, type Dispatcher } from 'undici';
import { formatBytes } from '../read/read-inputs.ts';
import { describeFetchError } from './fetch-errors.ts';

/** Names sitrep (robots.txt rules for the agent "sitrep" apply to it). */
export const USER_AGENT = 'sitrep/0.1 (self-hosted news event coder)';

/** Content types sitrep reads; a response without a Content-Type is accepted and sniffed later. */
export const ACCEPTED_CONTENT_TYPES = [
  'text/html', 'application/xhtml+xml', 'text/plain', 'text/xml', 'application/xml',
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/json',
  'application/feed+json', 'application/x-rss+xml',
] as const;

export interface FetchLimits {
  /** Largest body accepted, counted after decompression. */
  readonly maxBytes: number;
  /** Whole request, all redirects and the body included. */
  readonly totalTimeoutMs: number;
  readonly maxRedirects: number;
}

export interface FetchRequest {
  readonly url: string;
  readonly dispatcher: Dispatcher;
  readonly limits: FetchLimits;
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface FetchedResponse {
  readonly ok: true;
  readonly url: string;
  /** The URL after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  readonly contentType: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Empty for 304 Not Modified. */
  readonly bytes: Uint8Array;
}

export interface FetchFailure {
  readonly ok: false;
  readonly url: string;
  /** One line for people: what went wrong and which limit cut it off. */
  readonly error: string;
  /** The HTTP status when the server answered with an error. */
  readonly status: number | null;
  /** Milliseconds the server asked us to wait (Retry-After), when it did. */
  readonly retryAfterMs: number | null;
  /** True when retrying later may succeed (429, 5xx, connection reset). */
  readonly transient: boolean;
}

export type FetchOutcome = FetchedResponse | FetchFailure;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET `url`, following up to `maxRedirects` redirects by hand (each hop goes back through the
 * dispatcher, so its address is checked again), streaming the decompressed body and aborting once
 * it passes `maxBytes` or the total time passes `totalTimeoutMs`. Never throws: every failure,
 * including a refused address, is a FetchFailure with a one-line reason.
 */
export async function safeFetch(request: FetchRequest): Promise<FetchOutcome> {
  const { limits } = request;
  const timeout = AbortSignal.timeout(limits.totalTimeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const fail = (error: string, extra: Partial<FetchFailure> = {}): FetchFailure => ({
    ok: false, url: request.url, error, status: null, retryAfterMs: null, transient: false, ...extra,
  });
  let current: URL;
  try {
    current = new URL(request.url);
  } catch {
    return fail(`not a valid URL: ${request.url}`);
  }
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return fail(`refused: only http and https URLs are fetched, not ${current.protocol}`);
      }
      if (current.username || current.password) return fail('refused: URLs carrying a user name or password are not fetched');
      const response = await fetch(current, {
        dispatcher: request.dispatcher,
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5', ...request.headers },
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return fail(`HTTP ${response.status} redirect without a Location header`);
        if (hop >= limits.maxRedirects) return fail(`too many redirects (more than ${limits.maxRedirects})`);
        current = new URL(location, current);
        continue;
      }
      const base = { url: request.url, finalUrl: current.href, status: response.status, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
      const contentType = response.headers.get('content-type') ?? '';
      if (response.status === 304) {
        await response.body?.cancel();
        return { ok: true, ...base, contentType, bytes: new Uint8Array(0) };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        const transient = response.status === 429 || response.status >= 500;
        return fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
          status: response.status, transient, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
        });
      }
      const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
      if (mediaType && !(ACCEPTED_CONTENT_TYPES as readonly string[]).includes(mediaType)) {
        await response.body?.cancel();
        return fail(`content type ${mediaType} is not a page or feed sitrep reads`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (!response.headers.get('content-encoding') && declared > limits.maxBytes) {
        await response.body?.cancel();
        return fail(`body is ${formatBytes(declared)}, over the ${formatBytes(limits.maxBytes)} limit`);
      }
      const bytes = await readCapped(response.body as ReadableStream<Uint8Array> | null, limits.maxBytes);
      if (!bytes) return fail(`body over the ${formatBytes(limits.maxBytes)} limit after decompression; cut off`);
      return { ok: true, ...base, contentType, bytes };
    }
  } catch (error) {
    if (timeout.aborted) return fail(`timed out after ${limits.totalTimeoutMs} ms (total time limit)`);
    if (request.signal?.aborted) return fail('stopped before the fetch finished');
    const described = describeFetchError(error);
    return fail(described.message, { transient: described.transient });
  }
}

/** Read a body stream to the end, or return null (cancelling the stream) once it passes maxBytes. */
async function readCapped(body: ReadableStream<Uint8Array> | null | undefined, maxBytes: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Retry-After as milliseconds from `now`: delta seconds or an HTTP date; null when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
