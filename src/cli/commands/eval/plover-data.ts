// Reading the PLOVER GSR file: a JSON array written with trailing commas, one record per sentence with source and target actors.

export interface PloverSentence {
  readonly id: string;
  readonly text: string;
  readonly event: string;
  /** Gold source actors as written in the sentence (empty when the record names none). */
  readonly sources: readonly string[];
  /** Gold target actors (empty when none, e.g. "X and Y agreed" marks both as SRC/TAR). */
  readonly targets: readonly string[];
}

interface RawActor {
  readonly actorText?: string;
}

function actorTexts(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((a: RawActor) => a.actorText ?? '').filter((t) => t.trim() !== '');
}

/**
 * Parse the file's text. Trailing commas before `]` or `}` are dropped (the file's only departure
 * from JSON); records without a sentence (the documentation record) are skipped. Throws
 * SyntaxError when the text is not that JSON.
 */
export function parsePlover(text: string): PloverSentence[] {
  const json = JSON.parse(text.replace(/,(\s*[\]}])/g, '$1')) as Array<Record<string, unknown>>;
  return json
    .filter((r) => typeof r.text === 'string' && r.text.trim() !== '')
    .map((r) => ({
      id: String(r.id ?? ''),
      text: String(r.text).trim(),
      event: String(r.event ?? ''),
      sources: actorTexts(r.source),
      targets: actorTexts(r.target),
    }));
}
