// One-pass multi-phrase matching over word tokens: a token trie, longest match wins, acronyms match case-sensitively.

/** A word token: [start, end) offsets into the text, its lower-case form, and whether it may continue a phrase from the previous token. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** True when only spaces, hyphens, full stops or apostrophes separate it from the previous token. */
  readonly joinsPrevious: boolean;
}

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
const JOINING = new Set([' ', '\t', '\n', '-', '‐', '‑', '–', '.', "'", '’', '\u00a0']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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

/** Word tokens of `text` between `from` and `to` (whole text by default). */
export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const out: WordToken[] = [];
  let previousEnd = -1;
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) { i++; continue; }
    const start = i;
    while (i < to && isWordChar(text, i)) i++;
    const joinsPrevious = previousEnd >= 0 && joins(text, previousEnd, start);
    out.push({ start, end: i, lower: text.slice(start, i).toLowerCase(), joinsPrevious });
    previousEnd = i;
  }
  return out;
}

function isAcronym(token: string): boolean {
  return token.length >= 2 && token === token.toUpperCase() && /\p{Lu}/u.test(token);
}

/** A dictionary of phrases, each with a payload, matched in one left-to-right pass over tokens. */
export class PhraseMatcher<T> {
  readonly #root: TrieNode<T> = { children: new Map(), entries: [] };

  /** Add a phrase; tokens written in capitals (2+ letters) must then match in capitals. */
  add(phrase: string, payload: T): this {
    const tokens = [...phrase.matchAll(WORD)].map((m) => m[0]);
    if (tokens.length === 0) throw new Error(`phrase "${phrase}" has no word tokens`);
    let node = this.#root;
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
   * Non-overlapping matches in `tokens` (from wordTokens over `text`), scanning left to right and
   * taking the longest phrase at each position. Phrases never span a comma or other punctuation.
   */
  match(text: string, tokens: readonly WordToken[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode<T> | undefined = this.#root;
      let best: { end: number; payload: T } | null = null;
      for (let j = i; j < tokens.length; j++) {
        if (j > i && !tokens[j]!.joinsPrevious) break;
        node = node.children.get(tokens[j]!.lower);
        if (!node) break;
        for (const entry of node.entries) {
          if (exactTokensAgree(text, tokens, i, entry.exact)) { best = { end: j, payload: entry.payload }; break; }
        }
      }
      if (best) {
        out.push({ start: tokens[i]!.start, end: tokens[best.end]!.end, payload: best.payload });
        i = best.end + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}

function exactTokensAgree(text: string, tokens: readonly WordToken[], from: number, exact: readonly (string | null)[]): boolean {
  for (let k = 0; k < exact.length; k++) {
    const want = exact[k];
    if (want !== null && text.slice(tokens[from + k]!.start, tokens[from + k]!.end) !== want) return false;
  }
  return true;
}
