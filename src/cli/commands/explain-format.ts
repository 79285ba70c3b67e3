// Rendering an article for `sitrep explain`: one sentence per line, every span marked with its layer and value.
import { layer, type Article } from '../../article/article.ts';
import type { LayerName, Span } from '../../article/span.ts';

/** The layers explain marks inside sentences, in the order their marks nest. */
export const MARKED_LAYERS = ['sources', 'actors', 'places', 'dates', 'quantities', 'triggers'] as const satisfies readonly LayerName[];

const COLOURS: Record<(typeof MARKED_LAYERS)[number], string> = {
  sources: '\x1b[35m', actors: '\x1b[36m', places: '\x1b[32m', dates: '\x1b[33m', quantities: '\x1b[34m', triggers: '\x1b[31m',
};
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

type Value = Record<string, unknown>;

/** A short reading of a span's value, e.g. "actor islamic-state", "date 2019-02-17 day", "count 5000..7000 best 5000 fighters". */
export function describeSpan(name: LayerName, span: Span): string {
  const v = (span.value ?? {}) as Value;
  switch (name) {
    case 'actors': return `actor ${v.id}${v.inferred ? ' (inferred)' : ''}`;
    case 'places': return `place ${v.name ?? v.id}`;
    case 'dates': return v.start === null ? `date unresolved ${v.precision}` : `date ${v.start === v.end ? v.start : `${v.start}..${v.end}`} ${v.precision}`;
    case 'quantities': {
      const range = v.low === v.high ? '' : ` ${v.low ?? '?'}..${v.high ?? '?'}`;
      return `${span.label}${range} best ${v.best}${v.noun ? ` ${v.noun}` : ''}`;
    }
    case 'sources': {
      const who = [v.speaker, v.role, v.organisation && !String(v.role ?? '').includes(String(v.organisation)) ? v.organisation : null].filter(Boolean).join(', ');
      return `source ${who}${v.anonymous ? ' (anonymous)' : ''} ${v.cue}`;
    }
    case 'triggers': return `trigger ${span.label}`;
    default: return `${name} ${span.label}`;
  }
}

interface Mark {
  readonly at: number;
  readonly open: boolean;
  readonly name: (typeof MARKED_LAYERS)[number];
  readonly span: Span;
  readonly order: number;
  readonly note: string;
}

/**
 * The article's text, one sentence per line, with each span of the marked layers wrapped:
 * `[text]{actor islamic-state}` in plain mode, coloured text and a dim note with `colour`.
 */
export function renderArticle(article: Article, options: { colour: boolean; layers?: readonly LayerName[] }): string {
  const wanted = MARKED_LAYERS.filter((n) => !options.layers || options.layers.includes(n));
  const marks: Mark[] = [];
  wanted.forEach((name, order) => {
    // Spans of one layer over the same text (a speaker whose later quotes continue the attribution)
    // are marked once, with their notes joined and "×N" when the same reading repeats.
    const byRange = new Map<string, { span: Span; notes: string[]; count: number }>();
    for (const span of layer(article, name)) {
      const key = `${span.start}:${span.end}`;
      const note = describeSpan(name, span);
      const seen = byRange.get(key);
      if (seen) {
        seen.count++;
        if (!seen.notes.includes(note)) seen.notes.push(note);
      } else {
        byRange.set(key, { span, notes: [note], count: 1 });
      }
    }
    for (const { span, notes, count } of byRange.values()) {
      const note = notes.join(' | ') + (count > notes.length ? ` ×${count}` : '');
      marks.push({ at: span.start, open: true, name, span, order, note }, { at: span.end, open: false, name, span, order, note });
    }
  });
  // At one offset: closes before opens; longer spans open first and close last so marks nest.
  marks.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open)
    || (a.open ? b.span.end - a.span.end || a.order - b.order : b.span.start - a.span.start || b.order - a.order));
  const sentences = layer(article, 'sentences');
  const ranges = sentences.length ? sentences.map((s) => [s.start, s.end] as const) : [[0, article.text.length] as const];
  const lines: string[] = [];
  let m = 0;
  for (const [start, end] of ranges) {
    let line = '';
    let at = start;
    while (m < marks.length && marks[m]!.at < start) m++;
    for (; m < marks.length && marks[m]!.at <= end; m++) {
      const mark = marks[m]!;
      if (mark.at === end && mark.open) break;
      line += article.text.slice(at, mark.at);
      at = mark.at;
      line += renderMark(mark, options.colour);
    }
    lines.push(line + article.text.slice(at, end));
  }
  return `${lines.join('\n')}\n`;
}

function renderMark(mark: Mark, colour: boolean): string {
  if (mark.open) return colour ? COLOURS[mark.name] : '[';
  return colour ? `${RESET}${DIM}{${mark.note}}${RESET}` : `]{${mark.note}}`;
}

/** Header lines: id, title, outlet, publication date, and span counts per layer. */
export function renderHeader(article: Article, origin: string): string {
  const counts = Object.entries(article.layers).map(([name, spans]) => `${name} ${spans!.length}`).join(', ');
  return [
    `# ${origin} — article ${article.id}`,
    `title: ${article.meta.title ?? '(none)'} | outlet: ${article.meta.outlet ?? '(none)'} | published: ${article.meta.published ?? '(unknown)'}`,
    `spans: ${counts || '(none)'} | events: ${article.events.length} | claims: ${article.claims.length}`,
    '',
  ].join('\n');
}
