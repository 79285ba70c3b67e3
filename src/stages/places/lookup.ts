// Layered name lookup: curated aliases, then exact/folded keys, then transliteration skeletons and one-edit fuzzy
// matches restricted to the article's focus countries.
import type { Gazetteer } from './gazetteer.ts';
import { exactKey, foldedKey, skeletonKey, withinOneEdit } from './fold-name.ts';

export const MATCH_LAYERS = ['alias', 'exact', 'folded', 'skeleton', 'fuzzy'] as const;
export type MatchLayer = (typeof MATCH_LAYERS)[number];

export interface Candidate {
  readonly entry: number;
  readonly match: MatchLayer;
  readonly label: 'place' | 'demonym';
  /** Precision fixed by a curated alias (e.g. a valley known only by its province), else null. */
  readonly precision: 1 | 2 | 3 | null;
}

/** What kind of area the mention's own words ask for ("Kirkuk province", "Laurel County"). */
export type AreaHint = 'admin1' | 'admin2' | null;

const HEAD_SUFFIX: ReadonlyArray<readonly [RegExp, AreaHint]> = [
  [/ (province|governorate|state|region|oblast|prefecture)$/i, 'admin1'],
  [/ (county|parish|district|borough)$/i, 'admin2'],
];

/** Split "Kirkuk province" into its name and the area kind its suffix asks for. */
export function splitAreaSuffix(phrase: string): { name: string; hint: AreaHint } {
  for (const [pattern, hint] of HEAD_SUFFIX) {
    if (pattern.test(phrase)) return { name: phrase.replace(pattern, ''), hint };
  }
  return { name: phrase, hint: null };
}

/** The phrase without a possessive or a leading "the". */
function cleanPhrase(phrase: string): string {
  return phrase.replace(/[’']s$/u, '').replace(/^the\s+/i, '').trim();
}

/**
 * Every gazetteer entry the phrase could name, from the first layer that yields any. Skeleton and
 * fuzzy layers only search `focusCountries` (ISO codes), where a near-spelling is likely meant.
 */
export function lookupCandidates(g: Gazetteer, phrase: string, focusCountries: readonly string[]): Candidate[] {
  const cleaned = cleanPhrase(phrase);
  const alias = g.aliases.get(exactKey(cleaned)) ?? [];
  const fromAlias = alias.map((a) => ({ entry: a.entry, match: 'alias' as const, label: a.label, precision: a.precision }));
  const key = foldedKey(cleaned);
  const direct = [...(g.folded.get(key) ?? [])];
  const { name, hint } = splitAreaSuffix(cleaned);
  if (hint && name !== cleaned) {
    // "Kirkuk province": the bare name's admin areas join the candidates (the full form may be unknown).
    for (const i of g.folded.get(foldedKey(name)) ?? []) if (!direct.includes(i)) direct.push(i);
    const bareAlias = g.aliases.get(exactKey(name));
    for (const a of bareAlias ?? []) if (!direct.includes(a.entry)) direct.push(a.entry);
  }
  if (direct.length || fromAlias.length) {
    // A curated alias adds its entry; other entries of the same name still compete ("Palestine", Texas).
    const layer: MatchLayer = exactKey(cleaned) === key ? 'exact' : 'folded';
    const aliased = new Set(fromAlias.map((a) => a.entry));
    return [...fromAlias, ...direct.filter((e) => !aliased.has(e)).map((entry) => ({ entry, match: layer, label: 'place' as const, precision: null }))];
  }
  const target = hint ? foldedKey(name) : key;
  const skeleton = skeletonKey(target);
  const initials = target.split(' ').map((w) => w[0]).join('');
  if (!skeleton || target.length < 4 || initials.length > 2) return [];
  const bySkeleton: Candidate[] = [];
  const byEdit: Candidate[] = [];
  for (const cc of focusCountries) {
    for (const [k, s, entry] of g.countryKeys(cc)) {
      // Spelling variants keep each word's first letter ("South Ossetian" is not "South Houston").
      if (k.split(' ').map((w) => w[0]).join('') !== initials) continue;
      if (s === skeleton) bySkeleton.push({ entry, match: 'skeleton', label: 'place', precision: null });
      else if (target.length >= 5 && withinOneEdit(k, target)) byEdit.push({ entry, match: 'fuzzy', label: 'place', precision: null });
    }
  }
  return bySkeleton.length ? bySkeleton : byEdit;
}
