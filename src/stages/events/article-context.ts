// What the whole article says about where it is set: its dateline, its main country, and the place spans that may locate events.
import { layer, type Article } from '../../article/article.ts';
import type { PlaceValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';
import { SpanIndex } from './span-index.ts';

export interface ArticleContext {
  readonly text: string;
  /** The dateline region at the head of the text ("BAGHDAD —", "ERBIL (Kurdistan 24) –"), or null. */
  readonly dateline: readonly [number, number] | null;
  /** ISO alpha-2 of the country most of the article's places and demonyms point to, or null. */
  readonly mainCountry: string | null;
  /** English name of that country as the gazetteer writes it. */
  readonly mainCountryName: string | null;
  /** Place spans that may locate an event: label 'place', outside the dateline, not a country used as an adjective. */
  readonly places: SpanIndex;
  /** The place the story is about: the sub-country place of the main country named most often (earliest on a tie), or null. */
  readonly focus: Span | null;
}

export const placeOf = (s: Span): PlaceValue => s.value as unknown as PlaceValue;

/** The span region of a dateline ("BAGHDAD:", "ERBIL (Kurdistan24) –") at the head of a line near the top, if any. */
export function datelineRegion(text: string): [number, number] | null {
  let offset = 0;
  for (const line of text.slice(0, 800).split('\n').slice(0, 4)) {
    const m = DATELINE.exec(line) ?? BARE_DATELINE.exec(line);
    if (m && m[0].length < 120) return [offset, offset + m[0].length];
    offset += line.length + 1;
  }
  return null;
}

/** "BAGHDAD —", "ERBIL, Kurdistan Region -", "ERBIL (Kurdistan 24) –", "Baghdad:", "Islamabad/Kabul:" (filed from two cities) at the head of a line. */
const DATELINE = /^\s*(?:date \d{4}-\d\d-\d\d\s+)?(?:[A-Z][A-Za-z.'’-]+(?:(?:[ ,]+|\/)[A-Z][A-Za-z.'’-]+){0,3})[ ,]*(?:\s*\([^)]{1,80}\))?\s*(?::|[–—-]\s)/;
/** "BAGHDAD Iraqi forces …": a city in capitals opening the first paragraph, with no mark after it. */
const BARE_DATELINE = /^\s*[A-Z]{4,}(?:[ ,]+[A-Z]{3,}){0,2}(?:\s*\([^)]{1,40}\))?\s+(?=[A-Z][a-z])/;

/** A country named as an adjective or owner ("US and Iraqi forces", "Iraq's army", "U.S. troops"): an actor's country, not a place. */
const ADJECTIVAL_USE = /^(?:['’]s)?(?:\s+|-)(?:and\s+\w+\s+)?(?:-?led\s+)?(?:forces|troops|army|military|soldiers|officials?|government|authorities|police|warplanes|jets|aircraft|drones?|air force|navy|embassy|president|prime minister|ministry|envoy|officers?|counterparts?|citizens?|nationals?|media|intelligence|special forces|led|backed|allied|linked|supported|based|funded|aligned|air ?strikes?|airstrikes?|strikes?|raids?|drones?|missiles?|bombers?|planes?|aircraft|helicopters?|artillery|shelling|bombing|bombardment|navy|military|operations?)\b/i;

/** A place the gazetteer lacks that the places stage could put in nothing but a country (its guess of the article's). */
export function countryGuessed(p: PlaceValue): boolean {
  return p.approximate === true && /^sitrep:country:/.test((p as { within?: string }).within ?? '');
}

export function isCountryLevel(p: PlaceValue): boolean {
  return p.featureCode === 'country' || (p.precision === 3 && !p.admin1);
}

/**
 * The article's context. The main country is the one with the most weight among place spans
 * (sub-country places count 2, countries 1, demonyms 1), the dateline's place counting double.
 */
export function articleContext(article: Article): ArticleContext {
  const text = article.text;
  const dateline = datelineRegion(text);
  const inDateline = (s: Span): boolean => dateline !== null && s.start >= dateline[0] && s.end <= dateline[1];
  const all = layer(article, 'places');
  const weights = new Map<string, { weight: number; name: string | null }>();
  for (const s of all) {
    const p = placeOf(s);
    if (!p.countryCode) continue;
    // A place the gazetteer lacks, put in a country only by the places stage's guess of the article's, is no evidence of it.
    if (countryGuessed(p)) continue;
    const w = (s.label === 'place' && !isCountryLevel(p) ? 2 : 1) * (inDateline(s) ? 2 : 1);
    const seen = weights.get(p.countryCode) ?? { weight: 0, name: p.country };
    weights.set(p.countryCode, { weight: seen.weight + w, name: seen.name ?? p.country });
  }
  let mainCountry: string | null = null;
  for (const [code, { weight }] of weights) if (!mainCountry || weight > weights.get(mainCountry)!.weight) mainCountry = code;
  // A place abroad named once, in an article set elsewhere, is more likely a homonym than the scene
  // (The country itself, or its people, must be named for one of its towns to be the scene.)
  const named = new Set(all.filter((s) => s.label === 'demonym' || isCountryLevel(placeOf(s))).map((s) => placeOf(s).countryCode));
  const weightOf = (code: string | null): number => (code ? weights.get(code)?.weight ?? 0 : 0);
  const plausible = (p: PlaceValue): boolean => !mainCountry || p.countryCode === mainCountry || (weightOf(p.countryCode) >= 3 && named.has(p.countryCode));
  const places = all.filter((s) => s.label === 'place' && !inDateline(s) && plausible(placeOf(s)) && !(isCountryLevel(placeOf(s)) && ADJECTIVAL_USE.test(text.slice(s.end, s.end + 40))));
  return { text, dateline, mainCountry, mainCountryName: mainCountry ? weights.get(mainCountry)!.name : null, places: new SpanIndex(places), focus: focusPlace(places, mainCountry) };
}

function focusPlace(places: readonly Span[], country: string | null): Span | null {
  const counts = new Map<string, { span: Span; n: number }>();
  for (const s of places) {
    const p = placeOf(s);
    if (p.countryCode !== country || isCountryLevel(p)) continue;
    const seen = counts.get(p.id);
    if (seen) seen.n++;
    else counts.set(p.id, { span: s, n: 1 });
  }
  let best: { span: Span; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.span ?? null;
}

/** Whether place `outer` equals or contains `inner` (a country its places, a province its towns). */
export function containsPlace(outer: PlaceValue, inner: PlaceValue): boolean {
  if (outer.id === inner.id || (outer.name === inner.name && outer.countryCode === inner.countryCode)) return true;
  if (outer.countryCode !== inner.countryCode) return false;
  if (isCountryLevel(outer)) return true;
  const outerIsAdmin1 = outer.precision === 3 || outer.featureCode === 'admin1' || /^ADM1/.test(outer.featureCode ?? '');
  return outerIsAdmin1 && outer.admin1 !== null && outer.admin1 === inner.admin1;
}

/**
 * Two places can be the location of one event when one contains the other, or when one only
 * approximates ("north of Baghdad", precision 2; a place the gazetteer lacks) and both lie in the
 * same province.
 */
export function placesAgree(a: PlaceValue | null, b: PlaceValue | null): boolean {
  if (!a || !b || containsPlace(a, b) || containsPlace(b, a)) return true;
  // A place the gazetteer lacks is known only by its container: it agrees with places there.
  if ((a.approximate === true || b.approximate === true) && a.countryCode === b.countryCode) return !a.admin1 || !b.admin1 || a.admin1 === b.admin1;
  return (a.precision === 2 || b.precision === 2) && a.countryCode === b.countryCode && a.admin1 !== null && a.admin1 === b.admin1;
}
