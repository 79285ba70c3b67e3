// Loose comparison of names the news benchmark scores "loosely": places, actors and claim sources.
import { foldedKey, skeletonKey } from '../../../stages/places/fold-name.ts';

/** Words that name the kind of an area, not the area: "Baghdad Governorate" is Baghdad. */
const AREA_WORDS = /\b(?:governorate|province|state|region|district|prefecture|department|county|municipality|territory|capital|muhafazat|wilayat|city|town|village|camp)\b/g;

function placeKey(name: string): string {
  return foldedKey(name).replace(AREA_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** A transliteration skeleton where v and w agree (Nineveh, Ninewa). */
function placeSkeleton(key: string): string {
  return skeletonKey(key.replace(/v/g, 'w'));
}

function tokens(key: string): string[] {
  return key.split(' ').filter(Boolean);
}

/** Whether the tokens of `inner` appear in order, contiguously, in `outer`. */
function containsTokens(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((t, k) => outer[i + k] === t)) return true;
  }
  return false;
}

/**
 * Whether two place names name the same place, loosely: the same folded key once area words
 * ("province", "governorate") and Arabic articles are dropped; one name's words inside the other's
 * ("Sadr City" / "Sadr City, Baghdad"); or the same transliteration skeleton ("Salah al-Din" /
 * "Salahuddin", "Hasakeh" / "Al-Hasakah"). `aliases` may add known equivalents (a gazetteer's
 * alternate names), as sets of folded keys.
 */
export function placeNamesMatch(gold: string | null, predicted: string | null, aliases?: (name: string) => ReadonlySet<string>): boolean {
  if (!gold || !predicted) return false;
  const a = placeKey(gold);
  const b = placeKey(predicted);
  if (!a || !b) return false;
  if (a === b) return true;
  if (containsTokens(tokens(a), tokens(b)) || containsTokens(tokens(b), tokens(a))) return true;
  const sa = placeSkeleton(a);
  if (sa && sa === placeSkeleton(b)) return true;
  if (aliases) {
    const other = aliases(predicted);
    for (const key of aliases(gold)) if (other.has(key)) return true;
  }
  return false;
}

const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'democratic republic of congo': 'congo kinshasa',
  'democratic republic of the congo': 'congo kinshasa',
  'dr congo': 'congo kinshasa',
  drc: 'congo kinshasa',
  'united states': 'usa',
  'united states of america': 'usa',
  us: 'usa',
  'united kingdom': 'uk',
  'palestinian territories': 'palestine',
  'state of palestine': 'palestine',
  'myanmar burma': 'myanmar',
  burma: 'myanmar',
  'cote divoire': 'ivory coast',
  'republic of the congo': 'congo brazzaville',
  'congo republic': 'congo brazzaville',
  'west bank': 'palestine',
  'gaza strip': 'palestine',
};

/** Whether two country names agree ("DR Congo" / "Democratic Republic of Congo", "Burma" / "Myanmar"). */
export function countryNamesMatch(gold: string | null, predicted: string | null): boolean {
  if (!gold || !predicted) return false;
  const canon = (s: string) => {
    const k = foldedKey(s).replace(/^the /, '');
    return COUNTRY_ALIASES[k] ?? k;
  };
  return canon(gold) === canon(predicted);
}

/** "ADF: Allied Democratic Forces" → "Allied Democratic Forces"; "Boko Haram (JAS)" → base "Boko Haram", note "JAS". */
function actorParts(name: string): { base: string; note: string | null; acronym: string | null } {
  let rest = name.trim();
  let acronym: string | null = null;
  const prefixed = /^([A-Z][A-Za-z0-9-]{1,9}):\s+(.+)$/.exec(rest);
  if (prefixed) {
    acronym = prefixed[1]!;
    rest = prefixed[2]!;
  }
  const noted = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(rest);
  return noted ? { base: foldedKey(noted[1]!), note: foldedKey(noted[2]!), acronym } : { base: foldedKey(rest), note: null, acronym };
}

/**
 * Whether a predicted actor agrees with a gold ACLED actor name, by name or alias: the same base
 * name (folded, without an "ADF:"-style acronym prefix or a parenthesised note), or a known alias of
 * the predicted actor. When both names carry a parenthesised note that `isCountry` recognises
 * ("Civilians (Iraq)" / "Civilians (Nigeria)"), the countries must agree too.
 */
export function actorNamesMatch(
  gold: string | null,
  predicted: { readonly name: string; readonly text?: string } | null,
  options: { aliases?: (name: string) => readonly string[]; isCountry?: (name: string) => boolean } = {},
): boolean {
  if (gold === null || predicted === null) return gold === null && predicted === null;
  const g = actorParts(gold);
  const p = actorParts(predicted.name);
  const isCountry = options.isCountry ?? (() => false);
  if (g.note && p.note && isCountry(g.note) && isCountry(p.note) && !countryNamesMatch(g.note, p.note)) return false;
  const candidates = new Set([p.base, ...(options.aliases?.(predicted.name) ?? []).map((a) => actorParts(a).base)]);
  if (candidates.has(g.base)) return true;
  if (g.acronym && candidates.has(foldedKey(g.acronym))) return true;
  return false;
}

const SOURCE_STOPWORDS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'of', 'from', 'to', 'and', 'by', 'in', 'on', 'for', 'who', 'spoke', 'also', 'known', 'as', 'one', 'two', 'three', 'some', 'its', 'his', 'her', 'their', 's']);

function sourceTokens(name: string): Set<string> {
  const out = new Set<string>();
  for (const t of foldedKey(name).split(/[^a-z0-9]+/)) {
    if (!t || SOURCE_STOPWORDS.has(t)) continue;
    out.add(t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);
  }
  return out;
}

/** Words that say what kind of source spoke, not which: sharing only these is no agreement. */
const GENERIC_SOURCE_WORDS = new Set(['source', 'official', 'report', 'spokesman', 'spokesperson', 'statement', 'people', 'person', 'media']);

/**
 * Whether a predicted claim source agrees with the gold `attributed_to`, loosely: the content words
 * of one (folded, singular) are all among the other's ("the army" / "the Iraqi army", "police
 * sources" / "a police source"), or half of all their content words are shared; and what they
 * share names the source (not only "source" or "official"), unless the gold source is itself only
 * such words ("the source", "officials"). A gold null (the outlet itself) is met by no source or by
 * the outlet's name.
 */
export function sourcesMatch(gold: string | null, predicted: string | null, outlet: string | null): boolean {
  if (gold === null) return predicted === null || (outlet !== null && sourcesMatch(outlet, predicted, null));
  if (predicted === null) return false;
  const g = sourceTokens(gold);
  const p = sourceTokens(predicted);
  if (g.size === 0 || p.size === 0) return false;
  const shared = [...g].filter((t) => p.has(t));
  if (shared.length === 0) return false;
  const goldGeneric = [...g].every((t) => GENERIC_SOURCE_WORDS.has(t));
  if (!goldGeneric && shared.every((t) => GENERIC_SOURCE_WORDS.has(t))) return false;
  return shared.length === g.size || shared.length === p.size || shared.length / new Set([...g, ...p]).size >= 0.5;
}
