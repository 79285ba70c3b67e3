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

/** The context a mention sees: every other phrase's votes (a name never votes for itself), plus the seed. */
export function contextFor(phrase: string, votes: readonly Vote[], seed: ArticleContext | undefined): ArticleContext {
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
