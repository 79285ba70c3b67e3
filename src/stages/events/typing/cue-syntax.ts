// A small notation for trigger phrases with morphology, compiled to case-insensitive word-bounded regexes.

/**
 * Compile a cue phrase. `*` after letters means "any inflection" (kill* → kill, kills, killed,
 * killing); a space matches any run of spaces or a hyphen, and ` ?` an optional one; `~` matches up to three intervening
 * words ("seized ~ weapons"); everything else is regular-expression syntax. Always global and
 * case-insensitive, bounded by word edges.
 */
export function compileCue(phrase: string): RegExp {
  const body = phrase
    .replace(/\*/g, '\\w*')
    .replace(/ \?/g, '[\\s-]?')
    .replace(/ ~ /g, '(?:[\\s-]+[\\w\'’-]+){0,3}[\\s-]+')
    .replace(/ /g, '[\\s-]+');
  return new RegExp(`\\b(?:${body})\\b`, 'gi');
}

/** A weighted cue: the compiled pattern and how strongly one match speaks for its label. */
export interface Cue {
  readonly pattern: RegExp;
  readonly weight: number;
  readonly phrase: string;
}

/** Compile a table of `[phrase, weight]` rows. */
export function cues(rows: readonly (readonly [string, number])[]): readonly Cue[] {
  return rows.map(([phrase, weight]) => ({ pattern: compileCue(phrase), weight, phrase }));
}

/** Every match of a cue in `text`, as [start, end) offsets. */
export function matchCue(cue: Cue, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(cue.pattern)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether a compiled (global) cue occurs in `text`; safe to call repeatedly, unlike RegExp#test on a global pattern. */
export function occurs(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
