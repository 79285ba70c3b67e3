// One-pass multi-phrase matching over word tokens: a token trie, longest match wins, acronyms match case-sensitively.

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly payload: T;
}

interface TrieEntry<T> {
  readonly payload: T;
  /** Tokens that must match with exact case (acronyms such as "IS", "SDF"); null where case is free. */
  readonly exact: readonly (string | null)[];
}

interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  entries: TrieEntry<T>[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may separate two words of one phrase: spaces, hyphens, full stops, apostrophes ("U.S.-led", "Kata'ib"). */
const JOINING = new Set([' ', '\t', '-', '‐', '‑', '–', '.', "'", '’', '\u00a0']);

/** Letter or digit at `i`: an ASCII fast path, the Unicode classes otherwise (surrogate pairs count as letters). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(text[i]!);
}

function joins(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!JOINING.has(text[i]!)) return false;
  return true;
}

/**
 * A number for the word text[from, to): its first two letters folded to lower case and its length.
 * -1 when either letter is not ASCII (such words are always looked up).
 */
function signature(text: string, from: number, to: number): number {
  const c0 = text.charCodeAt(from);
  const c1 = to - from > 1 ? text.charCodeAt(from + 1) : 0;
  if (c0 >= 128 || c1 >= 128) return -1;
  const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return (fold(c0) << 16) | (fold(c1) << 8) | Math.min(to - from, 255);
}

/** The word text[from, to) in lower case; most words already are, and are returned without a second copy. */
function lowerWord(text: string, from: number, to: number): string {
  const word = text.slice(from, to);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

function wordEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWordChar(text, i)) i++;
  return i;
}

function isAcronym(token: string): boolean {
  return token.length >= 2 && token === token.toUpperCase() && /\p{Lu}/u.test(token);
}

/** A dictionary of phrases, each with a payload, matched in one left-to-right pass over tokens. */
export class PhraseMatcher<T> {
  readonly #root: TrieNode<T> = { children: new Map(), entries: [] };
  /** Signatures (first two letters and length) of every phrase's first word, to skip other words without reading them. */
  readonly #firstWords = new Set<number>();

  /** Add a phrase; tokens written in capitals (2+ letters) must then match in capitals. */
  add(phrase: string, payload: T): this {
    const tokens = [...phrase.matchAll(WORD)].map((m) => m[0]);
    if (tokens.length === 0) throw new Error(`phrase "${phrase}" has no word tokens`);
    let node = this.#root;
    const first = tokens[0]!.toLowerCase();
    this.#firstWords.add(signature(first, 0, first.length));
    for (const token of tokens) {
      const key = token.toLowerCase();
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    node.entries.push({ payload, exact: tokens.map((t) => (isAcronym(t) ? t : null)) });
    return this;
  }

  /**
   * Non-overlapping matches in text[from, to), scanning words left to right and taking the longest
   * phrase at each position. Phrases never span a comma or other punctuation. Words are read lazily:
   * only a word that starts some phrase costs more than a lookup.
   */
  matchRange(text: string, from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      if (!isWordChar(text, i)) { i++; continue; }
      const firstEnd = wordEnd(text, i, to);
      const sig = signature(text, i, firstEnd);
      if (sig >= 0 && !this.#firstWords.has(sig)) { i = firstEnd; continue; }
      let node = this.#root.children.get(lowerWord(text, i, firstEnd));
      if (!node) { i = firstEnd; continue; }
      let best: { end: number; payload: T } | null = null;
      const starts = [i];
      const ends = [firstEnd];
      while (node) {
        for (const entry of node.entries) {
          if (exactTokensAgree(text, starts, ends, entry.exact)) { best = { end: ends[ends.length - 1]!, payload: entry.payload }; break; }
        }
        let next = ends[ends.length - 1]!;
        while (next < to && !isWordChar(text, next)) next++;
        if (next >= to || !joins(text, ends[ends.length - 1]!, next)) break;
        const nextEnd = wordEnd(text, next, to);
        node = node.children.get(lowerWord(text, next, nextEnd));
        starts.push(next);
        ends.push(nextEnd);
      }
      if (best) {
        out.push({ start: i, end: best.end, payload: best.payload });
        i = best.end;
      } else {
        i = firstEnd;
      }
    }
    return out;
  }
}

function exactTokensAgree(text: string, starts: readonly number[], ends: readonly number[], exact: readonly (string | null)[]): boolean {
  for (let k = 0; k < exact.length; k++) {
    const want = exact[k];
    if (want !== null && text.slice(starts[k], ends[k]) !== want) return false;
  }
  return true;
}
