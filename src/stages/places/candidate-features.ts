// What is known about one gazetteer reading of a mention, as numbers: population and kind, how the name matched, and the article's context.
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import { type Candidate, splitAreaSuffix } from './lookup.ts';
import { foldedKey } from './fold-name.ts';
import { liesWithin } from './hierarchy.ts';
import type { Mention } from './resolve.ts';
import { distanceKm } from '../../util/geo-distance.ts';

/** Countries and admin areas the article talks about, weighted by how often and how surely. */
export interface ArticleContext {
  readonly countries: Map<string, number>;
  readonly admin1: Map<string, number>;
  /** Points of the article's other resolved towns, with weights, for proximity. */
  readonly points: Array<readonly [number, number, number]>;
}

/** The features, in vector order. A ranker holds one weight per name (see ranker.ts). */
export const FEATURE_NAMES = [
  'population', 'kind country', 'kind admin1', 'kind admin2', 'kind region', 'kind feature',
  'feature PPLC', 'feature PPLA', 'feature PPLA2', 'feature PPLX',
  'alias match', 'folded match', 'skeleton match', 'fuzzy match', 'partial match',
  'alternate name', 'area named without its kind word',
  'the text says province: is one', 'the text says province: is not', 'the text says district: is one', 'the text says district: is not',
  'inside the area the text names', 'country in context', 'country in context (log)', 'the article\'s main country', 'province in context',
  'near other places', 'within 50 km of another place', 'within 200 km of another place', 'far from the other places',
  'other names lie near it', 'most populous reading', 'population below the most populous reading',
  'population over 100,000 (log)', 'population over 1,000,000 (log)',
  'population, in an article with no main country', 'capital, in an article with no main country', 'in the main country, as a town',
  'listed with areas of its kind',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
const AT = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;

const KIND_FEATURE: Partial<Record<GazetteerEntry['kind'], FeatureName>> = {
  country: 'kind country', admin1: 'kind admin1', admin2: 'kind admin2', region: 'kind region', feature: 'kind feature',
};
const MATCH_FEATURE: Partial<Record<Candidate['match'], FeatureName>> = {
  alias: 'alias match', folded: 'folded match', skeleton: 'skeleton match', fuzzy: 'fuzzy match', partial: 'partial match',
};
const CODE_FEATURE: Record<string, FeatureName> = { PPLC: 'feature PPLC', PPLA: 'feature PPLA', PPLA2: 'feature PPLA2', PPLX: 'feature PPLX' };
const AREA_WORD = / (county|parish|province|governorate|district|region|state|borough|municipality)$/;
/** The area a kind word after the name asks for ("Kaduna State", "Chikun LGA"). */
const KIND_HINT: Record<string, 'admin1' | 'admin2'> = {
  province: 'admin1', governorate: 'admin1', state: 'admin1', region: 'admin1', prefecture: 'admin1',
  district: 'admin2', county: 'admin2', lga: 'admin2', woreda: 'admin2', township: 'admin2',
};
/** GeoNames leaves many seats' populations at 0; a seat is at least a town of some size. */
const POPULATION_FLOOR: Record<string, number> = { PPLC: 100_000, PPLA: 50_000, PPLA2: 10_000, PPLA3: 3_000 };

/** The kind of area the mention asks for: by its own suffix ("Kirkuk province") or the kind word after it. */
export function mentionHint(mention: Mention): 'admin1' | 'admin2' | null {
  return splitAreaSuffix(mention.phrase).hint ?? KIND_HINT[mention.kind ?? ''] ?? null;
}

/** log10 of the population, with seats given a floor. */
export function populationScale(e: GazetteerEntry): number {
  return Math.log10(Math.max(e.population, POPULATION_FLOOR[e.featureCode] ?? 0) + 10);
}

/** The country with the most weight in the context, when it has at least a whole vote and leads the next by half again. */
export function mainCountry(context: ArticleContext): string | null {
  let known = mainCountries.get(context);
  if (known === undefined) mainCountries.set(context, (known = leadingCountry(context)));
  return known;
}

const mainCountries = new WeakMap<ArticleContext, string | null>();

function leadingCountry(context: ArticleContext): string | null {
  let best: [string, number] | null = null;
  let second = 0;
  for (const [cc, w] of context.countries) {
    if (!best || w > best[1]) {
      second = best?.[1] ?? 0;
      best = [cc, w];
    } else if (w > second) second = w;
  }
  return best && best[1] >= 1 && best[1] >= 1.5 * second ? best[0] : null;
}

/** What the mention's other readings say about this one: how many other names lie near it, and the largest population among them. */
export interface ReadingSet {
  readonly colocated: number;
  readonly topPopulation: number;
  /** foldedKey of the mention's phrase (computed once per mention). */
  readonly said: string;
  /** What the names listed with it resolved to ("Montana and Wyoming"): "country", or "admin1:CC" for a province or state of CC. */
  readonly listedWith?: ReadonlySet<string>;
}

/** The key of a reading in `ReadingSet.listedWith`, or null for a town. */
export function listedKind(e: GazetteerEntry): string | null {
  return e.kind === 'country' ? 'country' : e.kind === 'admin1' ? `admin1:${e.countryCode}` : null;
}

/**
 * The feature vector (FEATURE_NAMES order) of candidate `c` for `mention`, given the article's
 * context (null in the first pass), the area the text places the mention in, and its reading set.
 */
export function candidateFeatures(
  g: Gazetteer, mention: Mention, c: Candidate, context: ArticleContext | null, container: GazetteerEntry | null, set: ReadingSet,
): Float64Array {
  const f = new Float64Array(FEATURE_NAMES.length);
  const e = g.entry(c.entry);
  const population = populationScale(e);
  f[AT.population] = population;
  f[AT['population over 100,000 (log)']] = Math.max(0, population - 5);
  f[AT['population over 1,000,000 (log)']] = Math.max(0, population - 6);
  const kind = KIND_FEATURE[e.kind];
  if (kind) f[AT[kind]] = 1;
  const code = CODE_FEATURE[e.featureCode];
  if (code) f[AT[code]] = 1;
  const match = MATCH_FEATURE[c.match];
  if (match) f[AT[match]] = 1;
  const hint = mentionHint(mention);
  const ownName = foldedKey(e.name);
  const said = set.said;
  if (c.match !== 'alias' && ownName !== said && !(mention.kind && ownName === foldedKey(`${mention.phrase} ${mention.kind}`))) {
    // Matched through an alternate name, or an area named without its "County": a weaker reading.
    f[!hint && AREA_WORD.test(ownName) && ownName.replace(AREA_WORD, '') === said ? AT['area named without its kind word'] : AT['alternate name']] = 1;
  }
  if (hint === 'admin1') f[e.kind === 'admin1' ? AT['the text says province: is one'] : AT['the text says province: is not']] = 1;
  if (hint === 'admin2') f[e.kind === 'admin2' ? AT['the text says district: is one'] : AT['the text says district: is not']] = 1;
  if (container && liesWithin(e, container)) f[AT['inside the area the text names']] = 1;
  f[AT['other names lie near it']] = Math.min(3, 1.5 * set.colocated);
  const listed = set.listedWith?.size ? listedKind(e) : null;
  if (listed && set.listedWith!.has(listed)) f[AT['listed with areas of its kind']] = 1;
  if (population >= set.topPopulation) f[AT['most populous reading']] = 1;
  f[AT['population below the most populous reading']] = set.topPopulation - population;
  if (!context) return f;
  const countryWeight = context.countries.get(e.countryCode) ?? 0;
  f[AT['country in context']] = Math.min(1, countryWeight);
  f[AT['country in context (log)']] = Math.log1p(countryWeight);
  const main = mainCountry(context);
  if (e.countryCode && e.countryCode === main) f[AT['the article\'s main country']] = 1;
  if (e.countryCode && e.countryCode === main && e.kind === 'place') f[AT['in the main country, as a town']] = 1;
  if (!main) {
    f[AT['population, in an article with no main country']] = population;
    if (e.featureCode === 'PPLC') f[AT['capital, in an article with no main country']] = 1;
  }
  if (e.kind !== 'country') f[AT['province in context']] = Math.min(1, context.admin1.get(`${e.countryCode}.${e.admin1Code}`) ?? 0);
  if ((e.kind === 'place' || e.kind === 'admin2' || e.kind === 'feature') && context.points.length) {
    let near = 0;
    let within50 = 0;
    let within200 = 0;
    let nearest = Infinity;
    for (const [lat, lon, w] of context.points) {
      const d = distanceKm(lat, lon, e.lat, e.lon);
      if (d < nearest) nearest = d;
      if (d <= 50) within50 = Math.max(within50, w);
      if (d <= 200) within200 = Math.max(within200, w);
      near = Math.max(near, d <= 50 ? 2 * w : d <= 200 ? w : 0);
    }
    f[AT['near other places']] = near;
    f[AT['within 50 km of another place']] = within50;
    f[AT['within 200 km of another place']] = within200;
    f[AT['far from the other places']] = Math.min(1, Math.log10(1 + nearest) / 4);
  }
  return f;
}
