// The article's context as votes: each resolved mention votes for its country, province and point, weighted by how sure it is.
import { foldedKey } from './fold-name.ts';
import type { Resolution } from './resolve.ts';
import type { ArticleContext } from './candidate-features.ts';

export interface Vote {
  readonly key: string;
  readonly country: string;
  readonly admin1: string | null;
  readonly weight: number;
  readonly admin1Weight: number;
  readonly point: readonly [number, number] | null;
}

/** One vote per resolved mention (unresolved ones are skipped); demonyms and unsure readings weigh less. */
export function votesFrom(resolutions: ReadonlyArray<Resolution | null>): Vote[] {
  const votes: Vote[] = [];
  for (const r of resolutions) {
    if (!r) continue;
    const e = r.entry;
    const weight = r.candidate.label === 'demonym' ? 0.5 : e.kind === 'country' || e.kind === 'admin1' ? 1 : 0.4 + 0.6 * r.margin;
    const local = e.kind === 'place' || e.kind === 'admin2';
    votes.push({
      key: foldedKey(r.mention.phrase),
      country: e.countryCode,
      admin1: e.admin1Code && e.kind !== 'country' ? `${e.countryCode}.${e.admin1Code}` : null,
      weight,
      admin1Weight: e.kind === 'admin1' ? 1 : 0.5 * weight,
      point: local ? [e.lat, e.lon] : null,
    });
  }
  return votes;
}

/** Distinct phrases whose contexts are built exactly (vote by vote); past this, from totals (a pathological text). */
const EXACT_PHRASES = 200;
/** Distinct points a context keeps at most (the heaviest), so scoring a candidate is not linear in the text. */
const MAX_POINTS = 256;

interface ContextCache {
  readonly seed: ArticleContext | undefined;
  readonly byKey: Map<string, ArticleContext>;
  totals: Totals | null;
}

/** Every vote summed once, and each phrase's own share, for contexts built by subtraction. */
interface Totals {
  readonly countries: Map<string, number>;
  readonly admin1: Map<string, number>;
  readonly own: Map<string, { countries: Map<string, number>; admin1: Map<string, number> }>;
  /** Distinct points: the heaviest vote's phrase and weight, and the heaviest weight from another phrase. */
  readonly points: Array<{ lat: number; lon: number; key: string; weight: number; otherWeight: number }>;
}

const caches = new WeakMap<readonly Vote[], ContextCache>();

/**
 * The context a mention sees: every other phrase's votes (a name never votes for itself), plus the seed.
 * One context per distinct phrase and vote list (mentions of one name share it), so a long text costs
 * the number of distinct names times the votes, not the mentions squared; points at the same coordinates
 * are one point with the largest weight (what the proximity features read: nearest, heaviest within a radius).
 */
export function contextFor(phrase: string, votes: readonly Vote[], seed: ArticleContext | undefined): ArticleContext {
  const key = foldedKey(phrase);
  let cache = caches.get(votes);
  if (!cache || cache.seed !== seed) caches.set(votes, (cache = { seed, byKey: new Map(), totals: null }));
  const known = cache.byKey.get(key);
  if (known) return known;
  const context = cache.byKey.size < EXACT_PHRASES ? exactContext(key, votes, seed) : subtractedContext(key, (cache.totals ??= totalsOf(votes)), seed);
  cache.byKey.set(key, context);
  return context;
}

function exactContext(key: string, votes: readonly Vote[], seed: ArticleContext | undefined): ArticleContext {
  const countries = new Map(seed?.countries ?? []);
  const admin1 = new Map(seed?.admin1 ?? []);
  const points: Array<readonly [number, number, number]> = [];
  const pointAt = new Map<string, number>();
  for (const v of votes) {
    if (v.key === key) continue;
    if (v.country) countries.set(v.country, (countries.get(v.country) ?? 0) + v.weight);
    if (v.admin1) admin1.set(v.admin1, (admin1.get(v.admin1) ?? 0) + v.admin1Weight);
    if (v.point) {
      const at = `${v.point[0]},${v.point[1]}`;
      const index = pointAt.get(at);
      if (index === undefined) {
        pointAt.set(at, points.length);
        points.push([v.point[0], v.point[1], v.weight]);
      } else if (v.weight > points[index]![2]) {
        points[index] = [v.point[0], v.point[1], v.weight];
      }
    }
  }
  return { countries, admin1, points: heaviest(points) };
}

function heaviest(points: Array<readonly [number, number, number]>): Array<readonly [number, number, number]> {
  return points.length <= MAX_POINTS ? points : [...points].sort((a, b) => b[2] - a[2]).slice(0, MAX_POINTS);
}

function totalsOf(votes: readonly Vote[]): Totals {
  const countries = new Map<string, number>();
  const admin1 = new Map<string, number>();
  const own = new Map<string, { countries: Map<string, number>; admin1: Map<string, number> }>();
  const byPoint = new Map<string, Totals['points'][number]>();
  const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);
  for (const v of votes) {
    let mine = own.get(v.key);
    if (!mine) own.set(v.key, (mine = { countries: new Map(), admin1: new Map() }));
    if (v.country) {
      add(countries, v.country, v.weight);
      add(mine.countries, v.country, v.weight);
    }
    if (v.admin1) {
      add(admin1, v.admin1, v.admin1Weight);
      add(mine.admin1, v.admin1, v.admin1Weight);
    }
    if (v.point) {
      const at = `${v.point[0]},${v.point[1]}`;
      const p = byPoint.get(at);
      if (!p) byPoint.set(at, { lat: v.point[0], lon: v.point[1], key: v.key, weight: v.weight, otherWeight: 0 });
      else if (v.key === p.key) p.weight = Math.max(p.weight, v.weight);
      else if (v.weight > p.weight) [p.otherWeight, p.key, p.weight] = [p.weight, v.key, v.weight];
      else p.otherWeight = Math.max(p.otherWeight, v.weight);
    }
  }
  return { countries, admin1, own, points: [...byPoint.values()] };
}

function subtractedContext(key: string, totals: Totals, seed: ArticleContext | undefined): ArticleContext {
  const mine = totals.own.get(key);
  const minus = (all: Map<string, number>, own: Map<string, number> | undefined, base: Map<string, number> | undefined) => {
    const out = new Map(base ?? []);
    for (const [k, w] of all) {
      const rest = w - (own?.get(k) ?? 0);
      if (rest > 1e-9) out.set(k, (out.get(k) ?? 0) + rest);
    }
    return out;
  };
  const points: Array<readonly [number, number, number]> = [];
  for (const p of totals.points) {
    const weight = p.key === key ? p.otherWeight : p.weight;
    if (weight > 0) points.push([p.lat, p.lon, weight]);
  }
  return { countries: minus(totals.countries, mine?.countries, seed?.countries), admin1: minus(totals.admin1, mine?.admin1, seed?.admin1), points: heaviest(points) };
}
