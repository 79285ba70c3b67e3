// The score of one gazetteer reading of a mention: population and feature class, how it matched, and the article's context.
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

const KIND_PRIOR: Record<GazetteerEntry['kind'], number> = {
  country: 2.5, admin1: 1, region: 2.5, feature: 2.5, admin2: 0.5, place: 0,
};
const MATCH_PENALTY = { alias: -1, exact: 0, folded: 0.3, skeleton: 1.5, fuzzy: 2, partial: 1, unlisted: 0 } as const;
const AREA_WORD = / (county|parish|province|governorate|district|region|state|borough|municipality)$/;
/** The area a kind word after the name asks for ("Kaduna State", "Chikun LGA"). */
const KIND_HINT: Record<string, 'admin1' | 'admin2'> = {
  province: 'admin1', governorate: 'admin1', state: 'admin1', region: 'admin1', prefecture: 'admin1',
  district: 'admin2', county: 'admin2', lga: 'admin2', woreda: 'admin2', township: 'admin2',
};
/** What lying in the country the article is mostly about is worth, beyond being one of its countries. */
export const MAIN_COUNTRY_BONUS = 2;

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

/** The kind of area the mention asks for: by its own suffix ("Kirkuk province") or the kind word after it. */
export function mentionHint(mention: Mention): 'admin1' | 'admin2' | null {
  return splitAreaSuffix(mention.phrase).hint ?? KIND_HINT[mention.kind ?? ''] ?? null;
}

/** What the text's own hierarchy ("X, in Y province") is worth to a reading inside Y. */
export const CONTAINER_BONUS = 5;

/** GeoNames leaves many seats' populations at 0; a seat is at least a town of some size. */
const POPULATION_FLOOR: Record<string, number> = { PPLC: 100_000, PPLA: 50_000, PPLA2: 10_000, PPLA3: 3_000 };

function featurePrior(e: GazetteerEntry): number {
  if (e.featureCode === 'PPLC') return 2.5;
  if (e.featureCode === 'PPLA') return 1;
  if (e.featureCode === 'PPLA2') return 0.4;
  if (e.featureCode === 'PPLX') return -1.5;
  return 0;
}

/** Adds `points` to the score and, when explaining, a reason. */
type Add = (points: number, reason: string) => void;

/**
 * The score of candidate `c` for `mention`: population and feature prior, how the name matched,
 * the kind of area the mention's own words ask for, and (when known) the article's countries,
 * provinces and points and the area the text places the mention in. `why`, when given, receives
 * each non-zero part as "+4.0 country in context".
 */
export function scoreCandidate(
  g: Gazetteer, mention: Mention, c: Candidate, context: ArticleContext | null, container: GazetteerEntry | null, why?: string[],
): number {
  const e = g.entry(c.entry);
  let score = 0;
  const add: Add = (points, reason) => {
    score += points;
    if (why && points !== 0) why.push(`${points > 0 ? '+' : ''}${points.toFixed(1)} ${reason}`);
  };
  add(Math.log10(Math.max(e.population, POPULATION_FLOOR[e.featureCode] ?? 0) + 10), 'population');
  add(KIND_PRIOR[e.kind], `kind ${e.kind}`);
  add(featurePrior(e), `feature ${e.featureCode}`);
  add(-MATCH_PENALTY[c.match], `${c.match} match`);
  const hint = mentionHint(mention);
  const ownName = foldedKey(e.name);
  const said = foldedKey(mention.phrase);
  if (c.match !== 'alias' && ownName !== said && !(mention.kind && ownName === foldedKey(`${mention.phrase} ${mention.kind}`))) {
    // Matched through an alternate name, or an area named without its "County": a weaker reading.
    add(!hint && AREA_WORD.test(ownName) && ownName.replace(AREA_WORD, '') === said ? -3 : -2, 'alternate name');
  }
  if (hint === 'admin1') add(e.kind === 'admin1' ? 4 : -2, 'the text says province');
  if (hint === 'admin2') add(e.kind === 'admin2' ? 4 : -2, 'the text says district');
  if (container && liesWithin(e, container)) add(CONTAINER_BONUS, `inside ${container.name}, as the text says`);
  if (!context) return score;
  add(4 * Math.min(1, context.countries.get(e.countryCode) ?? 0), 'country in context');
  if (e.countryCode && e.countryCode === mainCountry(context)) add(MAIN_COUNTRY_BONUS, 'the article\'s main country');
  if (e.kind !== 'country') add(3 * Math.min(1, context.admin1.get(`${e.countryCode}.${e.admin1Code}`) ?? 0), 'province in context');
  if (e.kind === 'place' || e.kind === 'admin2' || e.kind === 'feature') {
    let near = 0;
    for (const [lat, lon, w] of context.points) {
      const d = distanceKm(lat, lon, e.lat, e.lon);
      near = Math.max(near, d <= 50 ? 2 * w : d <= 200 ? w : 0);
    }
    add(near, 'near other places');
  }
  return score;
}
