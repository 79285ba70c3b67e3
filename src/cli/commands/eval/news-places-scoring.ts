// Scoring for eval news-places: loose place-name comparison and the outcome of one gold event's place.
import type { PlaceValue } from '../../../article/layer-values.ts';
import { foldedKey, skeletonKey } from '../../../stages/places/fold-name.ts';

export interface GoldPlace {
  readonly country: string;
  readonly admin1: string | null;
  readonly location: string;
}

export interface PlacesSpan {
  readonly text: string;
  readonly label: string;
  readonly value: PlaceValue;
}

export interface PlaceOutcome {
  readonly found: boolean;
  readonly country: boolean;
  readonly admin1: boolean;
  readonly detail: string;
}

const KIND_WORDS = /\b(?:province|governorate|state|region|district|city|camp|village|town|square|market)\b/g;

function looseKey(name: string): string {
  return foldedKey(name).replace(KIND_WORDS, '').replace(/\s+/g, ' ').trim();
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Names that a reader would take as the same place: equal loose keys (case, diacritics, Arabic
 * articles, kind words, spaces), equal transliteration skeletons, one inside the other at word
 * level, or at most a third of the letters different ("Ninewa"/"Ninawa", "Hasakeh"/"Hasakah").
 */
export function sameName(a: string, b: string): boolean {
  const ka = looseKey(a);
  const kb = looseKey(b);
  if (!ka || !kb) return false;
  const na = ka.replace(/ /g, '');
  const nb = kb.replace(/ /g, '');
  if (na === nb) return true;
  if (na.length >= 4 && skeletonKey(na) === skeletonKey(nb)) return true;
  if (` ${ka} `.includes(` ${kb} `) || ` ${kb} `.includes(` ${ka} `)) return true;
  return editDistance(na, nb) <= Math.floor(Math.max(na.length, nb.length) / 3);
}

/** Countries of the article's 'place' spans, most mentioned first (lower-cased names). */
export function articleCountries(spans: readonly PlacesSpan[]): string[] {
  const counts = new Map<string, number>();
  for (const s of spans) {
    if (s.label !== 'place' || !s.value.country) continue;
    const c = s.value.country.toLowerCase();
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

function sameCountry(gold: string, value: PlaceValue): boolean {
  return value.country !== null && (sameName(gold, value.country) || (gold.startsWith('Democratic Republic') && value.countryCode === 'CD'));
}

/**
 * The gold event's place against the spans: the spans whose text names the gold location (or a
 * part of it: "Mogadishu - Hodan"); the outcome is right when the first such 'place' span resolves
 * to the gold country and, when gold gives one, the gold admin1 (or the location is itself the admin1).
 */
export function goldPlaceOutcome(gold: GoldPlace, spans: readonly PlacesSpan[]): PlaceOutcome {
  // The span that names the gold location most closely ("Nangade" before "Pangane").
  const closeness = (s: PlacesSpan) => (looseKey(s.text) === looseKey(gold.location) ? 0 : editDistance(looseKey(s.text), looseKey(gold.location)));
  const naming = spans.filter((s) => s.label === 'place' && sameName(s.text, gold.location)).sort((a, b) => closeness(a) - closeness(b));
  const span = naming[0];
  if (!span) {
    const other = spans.find((s) => sameName(s.text, gold.location));
    return { found: false, country: false, admin1: false, detail: other ? `only as ${other.label}` : 'not recognised' };
  }
  const v = span.value;
  const country = sameCountry(gold.country, v);
  const admin1 = gold.admin1 === null || (country && ((v.admin1 !== null && sameName(gold.admin1, v.admin1)) || (v.featureCode === 'admin1' && sameName(gold.admin1, v.name))));
  return { found: true, country, admin1, detail: `"${span.text}" → ${v.name}, ${v.admin1 ?? '-'}, ${v.country ?? '-'} (${v.id})` };
}
