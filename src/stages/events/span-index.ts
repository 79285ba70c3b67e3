// Spans and text positions found by binary search, so that per-mention lookups stay logarithmic on one-paragraph pages.
import { layer, type Article } from '../../article/article.ts';
import type { LayerName, Span } from '../../article/span.ts';

/** The first index in `sorted` (ascending) whose value is ≥ `x`. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A layer's spans sorted by start, with the longest span's length to bound backward scans. */
export class SpanIndex {
  readonly spans: readonly Span[];
  readonly #starts: number[];
  readonly #longest: number;

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    this.#starts = this.spans.map((s) => s.start);
    this.#longest = this.spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  /** Spans lying wholly inside [start, end), in text order. */
  within(start: number, end: number): Span[] {
    const out: Span[] = [];
    for (let i = lowerBound(this.#starts, start); i < this.spans.length && this.spans[i]!.start < end; i++) {
      if (this.spans[i]!.end <= end) out.push(this.spans[i]!);
    }
    return out;
  }

  /** The last span inside [start, end) that passes `keep`, looking back over at most `reach` spans. */
  lastWithin(start: number, end: number, keep: (s: Span) => boolean, reach = 20): Span | null {
    let i = lowerBound(this.#starts, end) - 1;
    for (let seen = 0; i >= 0 && seen < reach && this.spans[i]!.start >= start; i--) {
      const s = this.spans[i]!;
      if (s.end > end) continue;
      seen++;
      if (keep(s)) return s;
    }
    return null;
  }

  /** Whether any span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let i = lowerBound(this.#starts, start - this.#longest); i < this.spans.length && this.spans[i]!.start < end; i++) {
      if (this.spans[i]!.end > start) return true;
    }
    return false;
  }
}

/** Paragraph starts (offsets after each newline) and quotation marks of a text, for per-offset questions in log time. */
export class TextIndex {
  readonly #paragraphStarts: number[];
  /** Offsets of quotation marks, with running counts (curly opens minus closes, straight marks) after each. */
  readonly #quoteAt: number[] = [];
  readonly #depth: number[] = [];
  readonly #straight: number[] = [];

  constructor(text: string) {
    this.#paragraphStarts = [0];
    let depth = 0;
    let straight = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.#paragraphStarts.push(i + 1);
      else if (c === 0x201c || c === 0x201d || c === 34) {
        if (c === 0x201c) depth++;
        else if (c === 0x201d) depth--;
        else straight++;
        this.#quoteAt.push(i);
        this.#depth.push(depth);
        this.#straight.push(straight);
      }
    }
  }

  /** Start of the paragraph holding `offset`. */
  paragraphStart(offset: number): number {
    const i = lowerBound(this.#paragraphStarts, offset + 1) - 1;
    return this.#paragraphStarts[Math.max(0, i)]!;
  }

  /** Whether `offset` lies inside quotation marks opened earlier in its paragraph. */
  insideQuote(offset: number): boolean {
    const before = (at: number): [number, number] => {
      const i = lowerBound(this.#quoteAt, at) - 1;
      return i < 0 ? [0, 0] : [this.#depth[i]!, this.#straight[i]!];
    };
    const [depthAtParagraph, straightAtParagraph] = before(this.paragraphStart(offset));
    const [depth, straight] = before(offset);
    return depth - depthAtParagraph > 0 || (straight - straightAtParagraph) % 2 === 1;
  }
}

const spanIndexes = new WeakMap<Article, Map<LayerName, SpanIndex>>();
const textIndexes = new WeakMap<Article, TextIndex>();

/** The article's layer as a SpanIndex, built once per article (kept only as long as the article is). */
export function spanIndex(article: Article, name: LayerName): SpanIndex {
  let byName = spanIndexes.get(article);
  if (!byName) spanIndexes.set(article, (byName = new Map()));
  let index = byName.get(name);
  if (!index) byName.set(name, (index = new SpanIndex(layer(article, name))));
  return index;
}

/** The article text's paragraph and quotation index, built once per article. */
export function textIndex(article: Article): TextIndex {
  let index = textIndexes.get(article);
  if (!index) textIndexes.set(article, (index = new TextIndex(article.text)));
  return index;
}
