// Source and target actors of one sentence: from `actors` spans when a stage assigned them, else a proper-noun-phrase heuristic.

export interface ActorGuess {
  readonly actor1: string | null;
  readonly actor2: string | null;
}

/** Capitalised words that start sentences or name times, not actors. */
const NOT_ACTORS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'After', 'Before', 'But', 'And', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That',
  'Senior', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Mr', 'Mrs', 'Dr', 'President',
  'Prime', 'Minister', 'Foreign', 'Secretary', 'General', 'Gen', 'Sen', 'Rep', 'Officials', 'Police', 'Sources',
]);

/** The closing attribution ("…, officials said Thursday.") names the reporter, not the actors. */
const ATTRIBUTION_TAIL = /,\s+(?:[^,]*?\s)?(?:said|says|reported|announced|confirmed|told|added|according to)\b[^,]*$/;
const PASSIVE_BY = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+ed\s+by\s+$/;

/** Proper-noun phrases (runs of capitalised words, "of"/"for" allowed inside, two runs joined by "from/of the") with their offsets. */
export function properNounPhrases(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /\b[A-Z][\w'’.-]*(?:\s+(?:of|for|the|de|al)?\s*[A-Z][\w'’.-]*)*/g;
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/\s+/);
    while (words.length && NOT_ACTORS.has(words[0]!.replace(/\.$/, ''))) words.shift();
    if (!words.length) continue;
    const phrase = words.join(' ').replace(/[.,]$/, '');
    const start = m.index + m[0].indexOf(words[0]!);
    const previous = out.at(-1);
    // "Rebels from the Northern Front", "Forces of the Kurdish Region": one actor named in two runs.
    if (previous && /^\s+(?:from|of)\s+(?:the\s+)?$/.test(text.slice(previous.end, start))) {
      out[out.length - 1] = { text: text.slice(previous.start, start + phrase.length), start: previous.start, end: start + phrase.length };
      continue;
    }
    out.push({ text: phrase, start, end: start + phrase.length });
  }
  return out;
}

/**
 * Guess actor1 (source) and actor2 (target) of a sentence from candidate phrases (actor spans or
 * proper-noun phrases): the attribution tail is cut off; actor1 is the first candidate, actor2 the
 * first later candidate naming something else; "Y was attacked by X" swaps them.
 */
export function guessActors(text: string, candidates: ReadonlyArray<{ text: string; start: number; end: number }>): ActorGuess {
  const cut = ATTRIBUTION_TAIL.exec(text)?.index ?? text.length;
  const inside = candidates.filter((c) => c.end <= cut);
  const first = inside[0];
  if (!first) return { actor1: null, actor2: null };
  const second = inside.find((c) => c.start >= first.end && c.text.toLowerCase() !== first.text.toLowerCase());
  if (second && PASSIVE_BY.test(text.slice(first.end, second.start))) return { actor1: second.text, actor2: first.text };
  return { actor1: first.text, actor2: second?.text ?? null };
}

/** The matching rule: predicted and gold actor texts agree when either contains the other (case-insensitive). */
export function actorsAgree(predicted: string | null, gold: readonly string[]): boolean {
  if (!predicted) return false;
  const p = predicted.toLowerCase();
  return gold.some((g) => p.includes(g.toLowerCase()) || g.toLowerCase().includes(p));
}

/** The strict rule: the same text, case-insensitive. */
export function actorsMatchExactly(predicted: string | null, gold: readonly string[]): boolean {
  return predicted !== null && gold.some((g) => g.toLowerCase() === predicted.toLowerCase());
}
