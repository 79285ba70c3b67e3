// Resolves place mentions to gazetteer entries, using the article's other mentions as context.
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import { type Candidate, lookupCandidates, partialCandidates, splitAreaSuffix } from './lookup.ts';
import { foldedKey, withinOneEdit } from './fold-name.ts';
import { colocationSupport } from './colocation.ts';
import { distanceKm } from '../../util/geo-distance.ts';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
}

export interface Resolution {
  readonly mention: Mention;
  readonly candidate: Candidate;
  readonly entry: GazetteerEntry;
  readonly score: number;
  /** How far ahead of the runner-up (0..1); 1 when unambiguous. */
  readonly margin: number;
}

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
const MATCH_PENALTY = { alias: -1, exact: 0, folded: 0.3, skeleton: 1.5, fuzzy: 2, partial: 1 } as const;
const AREA_WORD = / (county|parish|province|governorate|district|region|state|borough|municipality)$/;

/** GeoNames leaves many seats' populations at 0; a seat is at least a town of some size. */
const POPULATION_FLOOR: Record<string, number> = { PPLC: 100_000, PPLA: 50_000, PPLA2: 10_000, PPLA3: 3_000 };

function featurePrior(e: GazetteerEntry): number {
  if (e.featureCode === 'PPLC') return 2.5;
  if (e.featureCode === 'PPLA') return 1;
  if (e.featureCode === 'PPLA2') return 0.4;
  if (e.featureCode === 'PPLX') return -1.5;
  return 0;
}

/** The score of one candidate for a mention: population and feature prior, plus article context. */
function scoreCandidate(g: Gazetteer, mention: Mention, c: Candidate, context: ArticleContext | null): number {
  const e = g.entry(c.entry);
  const hint = splitAreaSuffix(mention.phrase).hint;
  let score = Math.log10(Math.max(e.population, POPULATION_FLOOR[e.featureCode] ?? 0) + 10) + KIND_PRIOR[e.kind] + featurePrior(e) - MATCH_PENALTY[c.match];
  const ownName = foldedKey(e.name);
  const said = foldedKey(mention.phrase);
  if (c.match !== 'alias' && ownName !== said) {
    // Matched through an alternate name, or an area named without its "County": a weaker reading.
    score -= !hint && AREA_WORD.test(ownName) && ownName.replace(AREA_WORD, '') === said ? 3 : 2;
  }
  if (hint === 'admin1') score += e.kind === 'admin1' ? 4 : -2;
  if (hint === 'admin2') score += e.kind === 'admin2' ? 4 : -2;
  if (context) {
    const inCountry = context.countries.get(e.countryCode) ?? 0;
    score += 4 * Math.min(1, inCountry);
    const inAdmin1 = context.admin1.get(`${e.countryCode}.${e.admin1Code}`) ?? 0;
    if (e.kind !== 'country') score += 3 * Math.min(1, inAdmin1);
    if (e.kind === 'place' || e.kind === 'admin2' || e.kind === 'feature') {
      let near = 0;
      for (const [lat, lon, w] of context.points) {
        const d = distanceKm(lat, lon, e.lat, e.lon);
        near = Math.max(near, d <= 50 ? 2 * w : d <= 200 ? w : 0);
      }
      score += near;
    }
  }
  return score;
}

/**
 * A city inside the admin1 area of the same name is what a bare mention means ("Kirkuk", "Raqqa"),
 * unless the city is a small part of the area ("Quebec" is the province).
 */
function preferSameNamedCity(g: Gazetteer, ranked: Array<{ c: Candidate; score: number }>, mention: Mention): void {
  if (splitAreaSuffix(mention.phrase).hint) return;
  const top = g.entry(ranked[0]!.c.entry);
  if (top.kind !== 'admin1') return;
  const said = foldedKey(mention.phrase);
  const city = ranked.find(({ c }) => {
    const e = g.entry(c.entry);
    return e.kind === 'place' && e.countryCode === top.countryCode && e.admin1Code === top.admin1Code
      && e.population >= Math.max(50_000, 0.15 * top.population) && withinOneEdit(foldedKey(e.name), said);
  });
  if (city) city.score = ranked[0]!.score + 0.01;
}

function rank(g: Gazetteer, mention: Mention, candidates: readonly Candidate[], context: ArticleContext | null, colocated: readonly number[]) {
  const ranked = candidates.map((c, i) => ({ c, score: scoreCandidate(g, mention, c, context) + Math.min(3, 1.5 * (colocated[i] ?? 0)) }));
  ranked.sort((a, b) => b.score - a.score);
  if (ranked.length) preferSameNamedCity(g, ranked, mention);
  ranked.sort((a, b) => b.score - a.score);
  return ranked;
}

interface Vote {
  readonly key: string;
  readonly country: string;
  readonly admin1: string | null;
  readonly weight: number;
  readonly admin1Weight: number;
  readonly point: readonly [number, number] | null;
}

function votesFrom(resolutions: readonly Resolution[]): Vote[] {
  return resolutions.map((r) => {
    const e = r.entry;
    const weight = r.candidate.label === 'demonym' ? 0.5 : e.kind === 'country' || e.kind === 'admin1' ? 1 : 0.4 + 0.6 * r.margin;
    const local = e.kind === 'place' || e.kind === 'admin2';
    return {
      key: foldedKey(r.mention.phrase),
      country: e.countryCode,
      admin1: e.admin1Code && e.kind !== 'country' ? `${e.countryCode}.${e.admin1Code}` : null,
      weight,
      admin1Weight: e.kind === 'admin1' ? 1 : 0.5 * weight,
      point: local ? [e.lat, e.lon] : null,
    };
  });
}

/** The context a mention sees: every other phrase's votes (a name never votes for itself), plus the seed. */
function contextFor(phrase: string, votes: readonly Vote[], seed: ArticleContext | undefined): ArticleContext {
  const key = foldedKey(phrase);
  const countries = new Map(seed?.countries ?? []);
  const admin1 = new Map(seed?.admin1 ?? []);
  const points: Array<readonly [number, number, number]> = [];
  for (const v of votes) {
    if (v.key === key) continue;
    if (v.country) countries.set(v.country, (countries.get(v.country) ?? 0) + v.weight);
    if (v.admin1) admin1.set(v.admin1, (admin1.get(v.admin1) ?? 0) + v.admin1Weight);
    if (v.point) points.push([v.point[0], v.point[1], v.weight]);
  }
  return { countries, admin1, points };
}

/**
 * Resolve every mention. First pass: each alone (population, feature class, the mention's own
 * suffix). Then the other mentions' countries, admin1 areas and points become each mention's
 * context and every mention is ranked again, so "Gainesville" follows "Georgia" and "Paris" "Texas".
 */
export function resolveMentions(g: Gazetteer, mentions: readonly Mention[], seedContext?: ArticleContext): Resolution[] {
  const focus = [...(seedContext?.countries.keys() ?? [])];
  const candidates = mentions.map((m) => lookupCandidates(g, m.phrase, focus));
  let resolutions = pick(g, mentions, candidates, () => seedContext ?? null);
  for (let round = 0; round < 2; round++) {
    const votes = votesFrom(resolutions);
    const whole = contextFor('', votes, seedContext);
    const focusNow = [...whole.countries.entries()].filter(([, w]) => w >= 1).sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
    mentions.forEach((m, i) => {
      if (!candidates[i]!.length) candidates[i] = lookupCandidates(g, m.phrase, focusNow);
      if (!candidates[i]!.length && round === 1) candidates[i] = partialCandidates(g, m.phrase);
    });
    resolutions = pick(g, mentions, candidates, (m) => contextFor(m.phrase, votes, seedContext));
  }
  return resolutions;
}

function pick(
  g: Gazetteer,
  mentions: readonly Mention[],
  candidates: readonly Candidate[][],
  contextOf: (m: Mention) => ArticleContext | null,
): Resolution[] {
  const out: Resolution[] = [];
  const colocated = colocationSupport(g, mentions.map((m) => m.phrase), candidates);
  mentions.forEach((mention, i) => {
    const ranked = rank(g, mention, candidates[i]!, contextOf(mention), colocated[i]!);
    if (!ranked.length) return;
    const [best, second] = ranked;
    const margin = second ? Math.min(1, Math.max(0, best!.score - second.score) / 3) : 1;
    out.push({ mention, candidate: best!.c, entry: g.entry(best!.c.entry), score: best!.score, margin });
  });
  return out;
}
