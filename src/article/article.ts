// The document model: one Article owns its clean text; every annotation is a span into it.
import { type LayerName, type Span, LAYER_NAMES, isLayerName } from './span.ts';
import type { ClaimRecord, EventRecord, RecordName } from './records.ts';

/** Where a metadata value came from (e.g. "html:meta", "text:dateline", "input"). */
export type MetaSource = string;

export interface ArticleMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO 8601 date or date-time of publication, when known. */
  readonly published: string | null;
  readonly language: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
  /** True for articles the project wrote itself (the bundled sample corpus). */
  readonly synthetic: boolean;
  /** 'teaser' for the short item a page carries about another story (a related-article blurb); else 'story'. */
  readonly role: 'story' | 'teaser';
  /** For each field above, where its value came from. */
  readonly sources: Readonly<Record<string, MetaSource>>;
}

/** A block of the input the cleaner dropped, and why; kept so users can see what was removed. */
export interface RemovedBlock {
  readonly text: string;
  readonly reason: string;
}

export interface Article {
  readonly kind: 'article';
  /** Stable id: derived from the document hash and the article's index within it. */
  readonly id: string;
  readonly documentId: string;
  /** Position among the articles one document yielded (a page with two stories yields 0 and 1). */
  readonly index: number;
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly layers: Readonly<Partial<Record<LayerName, readonly Span[]>>>;
  readonly events: readonly EventRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly removed: readonly RemovedBlock[];
}

export const EMPTY_META: ArticleMeta = Object.freeze({
  title: null,
  outlet: null,
  url: null,
  published: null,
  language: null,
  byline: null,
  dateline: null,
  synthetic: false,
  role: 'story',
  sources: Object.freeze({}),
});

/** Create an article. The text is fixed from here on: stages add layers and records, never edit text. */
export function createArticle(init: {
  id: string;
  documentId: string;
  index?: number;
  text: string;
  meta?: Partial<ArticleMeta>;
  removed?: readonly RemovedBlock[];
}): Article {
  return deepFreeze({
    kind: 'article' as const,
    id: init.id,
    documentId: init.documentId,
    index: init.index ?? 0,
    text: init.text,
    meta: { ...EMPTY_META, ...init.meta, sources: { ...EMPTY_META.sources, ...init.meta?.sources } },
    layers: {},
    events: [],
    claims: [],
    removed: init.removed ?? [],
  });
}

/** A new article with `layer` set to `spans` (sorted by start, then end). Throws if a span is out of range. */
export function withLayer(article: Article, layer: LayerName, spans: readonly Span[]): Article {
  for (const span of spans) {
    if (span.start < 0 || span.end < span.start || span.end > article.text.length) {
      throw new RangeError(`${layer} span [${span.start}, ${span.end}) outside article ${article.id}`);
    }
  }
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return deepFreeze({ ...article, layers: { ...article.layers, [layer]: sorted } });
}

/** A new article with the given records replaced. */
export function withRecords(
  article: Article,
  records: { events?: readonly EventRecord[]; claims?: readonly ClaimRecord[] },
): Article {
  return deepFreeze({
    ...article,
    events: records.events ?? article.events,
    claims: records.claims ?? article.claims,
  });
}

/** A new article with metadata fields merged in. */
export function withMeta(article: Article, meta: Partial<ArticleMeta>): Article {
  return deepFreeze({
    ...article,
    meta: { ...article.meta, ...meta, sources: { ...article.meta.sources, ...meta.sources } },
  });
}

/** The spans of a layer, empty when the layer was never assigned. */
export function layer(article: Article, name: LayerName): readonly Span[] {
  return article.layers[name] ?? [];
}

/** Whether the article has the named layer or record set (records count once a stage assigned them). */
export function hasArtifact(article: Article, name: LayerName | RecordName, assigned: ReadonlySet<string>): boolean {
  if (isLayerName(name)) return article.layers[name] !== undefined;
  return assigned.has(name);
}

/** Serialise to a plain JSON string. */
export function articleToJSON(article: Article): string {
  return JSON.stringify(article);
}

/** Parse an article from JSON; throws TypeError on a shape that is not an article. */
export function articleFromJSON(json: string | unknown): Article {
  const raw = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<Article> | null;
  if (!raw || raw.kind !== 'article' || typeof raw.text !== 'string' || typeof raw.id !== 'string') {
    throw new TypeError('not an article');
  }
  for (const name of Object.keys(raw.layers ?? {})) {
    if (!isLayerName(name)) throw new TypeError(`unknown layer ${name}`);
  }
  return deepFreeze({
    kind: 'article' as const,
    id: raw.id,
    documentId: raw.documentId ?? '',
    index: raw.index ?? 0,
    text: raw.text,
    meta: { ...EMPTY_META, ...raw.meta },
    layers: raw.layers ?? {},
    events: raw.events ?? [],
    claims: raw.claims ?? [],
    removed: raw.removed ?? [],
  });
}

export { LAYER_NAMES };

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
