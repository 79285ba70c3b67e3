// Name keys for gazetteer lookup: exact, folded (diacritics, articles, hyphens) and a transliteration skeleton.
import { boundedMemo } from '../../util/bounded-memo.ts';

/** Lower-case, strip diacritics and apostrophes, turn hyphens/dots into spaces, collapse whitespace. */
export function exactKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`‘ʼʻ]/g, '')
    .replace(/[-‐–—_/.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ARTICLE = /(^| )(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez) (?=\S)/g;

/**
 * The exact key with doubled vowels single and Arabic articles ("al-", "el-", "ash-"…) removed and "saint"/"st" unified:
 * "Al-Qaim" and "Qaim", "Tal al-Asfour" and "Tal Asfour" share a key. Answers are kept, within a bound.
 */
export const foldedKey: (name: string) => string = boundedMemo(foldName, 50_000);

/** Runs of one vowel, without a backreference (`([aeiou])\1+` overflows the regex stack on a long run). */
const DOUBLED_VOWELS = /a{2,}|e{2,}|i{2,}|o{2,}|u{2,}/g;

function foldName(name: string): string {
  // Doubled vowels are a transliteration habit (Somali "Banaadir", "Shabeelle"), not a different name.
  const key = exactKey(name).replace(/\bsaint\b/g, 'st').replace(/\bmount\b/g, 'mt').replace(DOUBLED_VOWELS, (run) => run[0]!);
  const stripped = key.replace(ARTICLE, '$1').trim();
  return stripped.length >= 3 ? stripped : key;
}

/**
 * A consonant skeleton for transliteration variants: ou/u, q/k/g, gh/g, kh/k, doubled letters and
 * vowels (with w/y) all merge. "Baghouz"/"Baghuz", "Shurgat"/"Shirqat", "Haija"/"Hawija" agree.
 * Aggressive by design: callers accept a skeleton match only with geographic context.
 */
export function skeletonKey(name: string): string {
  const folded = foldedKey(name).replace(/ /g, '');
  if (folded.length < 4) return '';
  const first = /[aeiouwy]/.test(folded[0]!) ? 'a' : folded[0]!;
  const rest = folded
    .slice(1)
    .replace(/gh|kh|q|g|c(?=[aou])|ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/dh|th/g, 't')
    .replace(/sh|ch/g, 's')
    .replace(/[aeiouwyh]/g, '')
    .replace(/(.)\1+/g, '$1');
  const head = first === 'q' || first === 'g' ? 'k' : first;
  return rest.length >= 1 ? head + rest : '';
}

/** Whether two keys differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
