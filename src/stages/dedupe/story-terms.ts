// Content words for story similarity: stopwords dropped, plurals trimmed, proper names folded to a spelling key.
import { eng as englishStopwords } from 'stopword';
import { boundedMemo } from '../../util/bounded-memo.ts';
import { ownCount } from '../../util/own-count.ts';

const STOPWORDS = new Set<string>([...englishStopwords, 'al', 'el', 'said', 'says', 'told']);

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/**
 * A spelling key for a proper name, so transliteration variants meet: diacritics dropped; q, c, g
 * and k merged; vowels after the first letter dropped; doubled letters collapsed. Shirqat, Sharqat
 * and Shurgat give "shrkt"; Baghouz and Baghuz "bghz"; Ménaka and Menaka "mnk".
 * Answers are kept, within a bound (the same names are asked for again and again).
 */
export const nameKey: (name: string) => string = boundedMemo(computeNameKey, 50_000);

function computeNameKey(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/, '').replace(/[^a-z]/g, '');
  if (!folded) return '';
  const merged = folded.replace(/ph/g, 'f').replace(/[qcgk]/g, 'k');
  const consonants = merged[0] + merged.slice(1).replace(/[aeiouyw]/g, '');
  return consonants.replace(/(.)\1+/g, '$1');
}

/** A common word reduced to a crude singular ("soldiers" → "soldier", "casualties" → "casualty"). */
export function wordStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * Term counts of a title and text for story similarity. Words of fewer than three letters, digits
 * and stopwords are dropped. A capitalised word whose lower-case form never occurs in the text is
 * taken as a name and counted under "~" + its spelling key; other words under their stem.
 */
export function storyTerms(title: string | null, text: string): Record<string, number> {
  const body = title ? `${title}\n${text}` : text;
  const tokens = body.match(TOKEN) ?? [];
  const lowerSeen = new Set(tokens.filter((t) => t[0] === t[0]!.toLowerCase()).map((t) => t.toLowerCase()));
  const counts: Record<string, number> = {};
  for (const token of tokens) {
    const lower = withoutPossessive(token.toLowerCase());
    if (lower.length < 3 || STOPWORDS.has(lower)) continue;
    const isName = token[0] !== token[0]!.toLowerCase() && !lowerSeen.has(lower);
    const term = isName ? `~${nameKey(token)}` : wordStem(lower);
    if (term.length < 3) continue;
    counts[term] = ownCount(counts, term) + 1;
  }
  return counts;
}

/** The word without a final "'s" or "’s" (as replace(/['’]s$/, '') does, without a regular expression per token). */
function withoutPossessive(word: string): string {
  return word.length >= 2 && word.charCodeAt(word.length - 1) === 115 /* s */ && (word[word.length - 2] === "'" || word[word.length - 2] === '’')
    ? word.slice(0, -2)
    : word;
}
