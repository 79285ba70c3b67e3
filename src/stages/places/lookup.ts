// Layered name lookup: curated aliases, then exact/folded keys, then transliteration skeletons and one-edit fuzzy
// matches restricted to the article's focus countries.
import type { AliasTarget, Gazetteer } from './gazetteer.ts';
import { exactKey, foldedKey, skeletonKey, withinOneEdit } from './fold-name.ts';

export const MATCH_LAYERS = ['alias', 'exact', 'folded', 'skeleton', 'fuzzy', 'partial', 'unlisted'] as const;
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
  [/ (province|governorate|region|oblast|prefecture)$/i, 'admin1'],
  [/ (county|parish|district|borough)$/i, 'admin2'],
];

/** Split "Kirkuk province" into its name and the area kind its suffix asks for. */
export function splitAreaSuffix(phrase: string): { name: string; hint: AreaHint } {
  for (const [pattern, hint] of HEAD_SUFFIX) {
    if (pattern.test(phrase)) return { name: phrase.replace(pattern, ''), hint };
  }
  return { name: phrase, hint: null };
}

/** "Canadians" → Canadian, "Ohioans" → Ohio, "South Ossetian" → South Ossetia: demonyms the data lacks. */
function demonymStem(g: Gazetteer, phrase: string): AliasTarget[] {
  if (!/(?:ans?|ians?|ns?|ese)$/.test(phrase)) return [];
  const plural = g.aliases.get(exactKey(phrase.replace(/s$/, '')));
  if (plural) return [...plural];
  for (const stem of [phrase.replace(/ans?$/, ''), phrase.replace(/ns?$/, ''), phrase.replace(/ans?$/, 'o')]) {
    if (stem === phrase || stem.length < 4) continue;
    const areas = g.named(foldedKey(stem)).filter((i) => {
      const kind = g.entry(i).kind;
      return kind === 'country' || kind === 'admin1' || kind === 'region';
    });
    if (areas.length) return areas.map((entry) => ({ entry, label: 'demonym' as const, precision: 3 as const, needsDot: false }));
  }
  return [];
}

/** The phrase without a possessive or a leading "the", with "Co."/"Twp." spelled out. */
function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/[’']s$/u, '')
    .replace(/^the\s+/i, '')
    .replace(/\bCo\.?$/i, 'County')
    .replace(/\bTwp\.?$/i, 'Township')
    .trim();
}

const MODIFIER = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|downtown|metro|metropolitan|north-?east|north-?west|south-?east|south-?west|mid|inner|outer)(?:ern)?\s+/i;
const GENERIC_TAIL = /\s+(?:township|town|city|village|area|region|valley|mountains?|river|lake|airport|park|international airport|county)$/i;

/**
 * Last-resort readings of a phrase the gazetteer lacks: without a direction ("North London"), a
 * generic tail ("Hamilton Township"), or reduced to its longest known leading words ("Vancouver Art
 * Gallery"). Callers mark these as `partial` (the place is only approximately named).
 */
export function partialCandidates(g: Gazetteer, phrase: string): Candidate[] {
  const cleaned = cleanPhrase(phrase);
  const tries = [cleaned.replace(MODIFIER, ''), cleaned.replace(GENERIC_TAIL, ''), cleaned.replace(MODIFIER, '').replace(GENERIC_TAIL, '')];
  const words = cleaned.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) tries.push(words.slice(0, n).join(' '));
  for (const t of tries) {
    if (t === cleaned || t.length < 3 || g.stopNames.has(exactKey(t))) continue;
    const found = lookupCandidates(g, t, []);
    if (found.length) return found.map((c) => ({ ...c, match: 'partial' as const, precision: 2 as const }));
  }
  return [];
}

/** Phrases longer than this are not looked up. */
export const MAX_NAME_CHARS = 200;

/**
 * Every gazetteer entry the phrase could name, from the first layer that yields any. Skeleton and
 * fuzzy layers only search `focusCountries` (ISO codes), where a near-spelling is likely meant.
 */
export function lookupCandidates(g: Gazetteer, phrase: string, focusCountries: readonly string[]): Candidate[] {
  return [...candidatesOf(g, phrase, focusCountries)];
}

/** lookupCandidates without the copy, for callers that only read the readings (the memo's own array: never to be changed). */
export function candidatesOf(g: Gazetteer, phrase: string, focusCountries: readonly string[]): readonly Candidate[] {
  // No gazetteer name or alias is near this long (the longest key has 90 characters): a 4 MiB token is no place.
  if (phrase.length > MAX_NAME_CHARS) return [];
  // Only the first focus country matters, and only where names are transliterated (see below).
  const focus = focusCountries.length && g.transliterated.has(focusCountries[0]!) ? focusCountries[0]! : '';
  let memos = lookups.get(g);
  if (!memos) lookups.set(g, (memos = { plain: new Map(), focused: new Map() }));
  const memo = focus ? memos.focused : memos.plain;
  const key = focus ? `${focus}\u0001${phrase}` : phrase;
  const known = memo.get(key);
  if (known) return known;
  const found = computeCandidates(g, phrase, focus ? [focus] : []);
  // Bounded: a long run of distinct names clears it rather than growing without end.
  if (memo.size >= LOOKUP_MEMO_SIZE) memo.clear();
  memo.set(key, found);
  return found;
}

/**
 * Recent lookups per gazetteer (a text names the same places again and again, and is parsed in several passes): by
 * phrase, and by focus country and phrase.
 */
const lookups = new WeakMap<Gazetteer, { plain: Map<string, readonly Candidate[]>; focused: Map<string, readonly Candidate[]> }>();
const LOOKUP_MEMO_SIZE = 20_000;

function computeCandidates(g: Gazetteer, phrase: string, focusCountries: readonly string[]): Candidate[] {
  const cleaned = cleanPhrase(phrase);
  const dotted = cleaned.endsWith('.');
  const alias = (g.aliases.get(exactKey(cleaned)) ?? demonymStem(g, cleaned)).filter((a) => dotted || !a.needsDot);
  const fromAlias = alias.map((a) => ({ entry: a.entry, match: 'alias' as const, label: a.label, precision: a.precision }));
  const key = foldedKey(cleaned);
  const direct = [...g.named(key)];
  const { name, hint } = splitAreaSuffix(cleaned);
  if (hint && name !== cleaned) {
    // "Kirkuk province": the bare name's admin areas join the candidates (the full form may be unknown).
    for (const i of g.named(foldedKey(name))) if (!direct.includes(i)) direct.push(i);
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
  // Only the main focus country: a near-spelling is trusted where the article is set, not worldwide.
  // Transliteration variants only arise for names written in another script ("Shurgat"), not in the US.
  for (const cc of focusCountries.slice(0, 1).filter((c) => g.transliterated.has(c))) {
    // Spelling variants keep each word's first letter ("South Ossetian" is not "South Houston").
    for (const [k, s, entry] of g.countryKeysWithInitials(cc, initials)) {
      if (s === skeleton) bySkeleton.push({ entry, match: 'skeleton', label: 'place', precision: null });
      else if (target.length >= 5 && withinOneEdit(k, target)) byEdit.push({ entry, match: 'fuzzy', label: 'place', precision: null });
    }
  }
  return bySkeleton.length ? bySkeleton : byEdit;
}
