// Spans: annotations that point into an article's text, each with its provenance.

/** The span layers an article can carry. Closed set; stages name these in requires/assigns. */
export const LAYER_NAMES = [
  'sentences',
  'tokens',
  'actors',
  'places',
  'dates',
  'quantities',
  'sources',
  'triggers',
] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** Who produced a span: stage id and version, the method used, and how sure it is (0..1). */
export interface Provenance {
  readonly stage: string;
  readonly version: string;
  readonly method: string;
  readonly confidence: number;
}

/** JSON-safe value a span may normalise to (a number, an interval, an id, a record of those). */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * One annotation: [start, end) character offsets into the article text (UTF-16 code units,
 * as JavaScript strings index), a label, the normalised value and provenance.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly value: JsonValue;
  readonly provenance: Provenance;
}

/** Build a span, checking its offsets against the text it points into. Throws RangeError. */
export function makeSpan(
  text: string,
  start: number,
  end: number,
  label: string,
  value: JsonValue,
  provenance: Provenance,
): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`span [${start}, ${end}) outside text of length ${text.length}`);
  }
  // A frozen provenance is shared as it is (a stage passes one object for all its spans: a million sentences
  // then hold one provenance, not a million copies); an unfrozen one is copied and frozen.
  return Object.freeze({ start, end, label, value, provenance: Object.isFrozen(provenance) ? provenance : Object.freeze({ ...provenance }) });
}

/** The text a span covers. */
export function spanText(text: string, span: Pick<Span, 'start' | 'end'>): string {
  return text.slice(span.start, span.end);
}

export function isLayerName(name: string): name is LayerName {
  return (LAYER_NAMES as readonly string[]).includes(name);
}
