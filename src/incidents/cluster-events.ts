// Grouping event reports into incidents: average-link clustering in date order, deterministic. Each
// report is compared only with the clusters still open at its date, found through a country index.
import type { IncidentInput } from './incident-model.ts';
import { scorePair } from './merge-score.ts';

/** Score at or above which a report joins an incident (average link over its reports); chosen on the tuning half of the story fixtures (`sitrep eval incidents`). */
export const DEFAULT_MERGE_THRESHOLD = 0.7;

/** Reports further apart than this can never merge (twice the coarsest date slack): a cluster whose latest report is older is closed. */
export const BLOCK_WINDOW_MS = 64 * 86_400_000;

export interface Cluster {
  /** In the order they joined (report key order). */
  readonly members: IncidentInput[];
  /** Latest report date in the cluster (ms). */
  latest: number;
  /** Report key of the first member: clusters are created in this order. */
  readonly firstKey: string;
  /** The country every member placed below country level shares, or null while none is (see placeScore). */
  hardCountry: string | null;
}

/** The day a report is dated by: its event date, else its publication day; null when it has neither (or it does not parse). */
export function reportDay(e: IncidentInput): string | null {
  const day = e.dateStart ?? e.published?.slice(0, 10) ?? null;
  return day !== null && !Number.isNaN(Date.parse(day)) ? day : null;
}

/** Reports are placed in this order: by day, then id. Only for dated reports. */
export function reportKey(e: IncidentInput): string {
  return `${reportDay(e)} ${e.id}`;
}

export function reportTime(e: IncidentInput): number {
  return Date.parse(reportDay(e)!);
}

/** The country that blocks merging across borders: set unless the report is placed only in a country. */
function hardCountryOf(e: IncidentInput): string | null {
  const countryOnly = e.location !== null && e.location === e.country && e.admin1 === null;
  return countryOnly ? null : e.country;
}

/** The clusters open at the current report date, indexed by hard country. */
export class OpenClusters {
  readonly #byCountry = new Map<string | null, Cluster[]>();

  add(cluster: Cluster): void {
    const list = this.#byCountry.get(cluster.hardCountry);
    if (list) list.push(cluster);
    else this.#byCountry.set(cluster.hardCountry, [cluster]);
  }

  /** Close (remove and return) every cluster whose latest report is more than the block window before `time`. */
  closeBefore(time: number): Cluster[] {
    const closed: Cluster[] = [];
    for (const [country, list] of this.#byCountry) {
      const open = list.filter((c) => (time - c.latest > BLOCK_WINDOW_MS ? (closed.push(c), false) : true));
      if (open.length) this.#byCountry.set(country, open);
      else this.#byCountry.delete(country);
    }
    return closed;
  }

  all(): Cluster[] {
    return [...this.#byCountry.values()].flat();
  }

  /**
   * The open cluster `report` joins: compatible with every member, highest average score at or above
   * `threshold`, ties to the latest-created; null when none qualifies.
   */
  choose(report: IncidentInput, threshold: number): Cluster | null {
    const country = hardCountryOf(report);
    const lists = country === null ? [...this.#byCountry.values()] : [this.#byCountry.get(country) ?? [], this.#byCountry.get(null) ?? []];
    let best: Cluster | null = null;
    let bestScore = threshold;
    for (const list of lists) {
      for (const cluster of list) {
        const average = averageScore(report, cluster.members);
        if (average === null) continue;
        if (average > bestScore || (average === bestScore && (best === null || cluster.firstKey > best.firstKey))) {
          best = cluster;
          bestScore = average;
        }
      }
    }
    return best;
  }

  /** Add `report` (the next in key order) to `cluster`, or to a new cluster when null; returns the cluster. */
  place(report: IncidentInput, cluster: Cluster | null): Cluster {
    if (!cluster) {
      const created: Cluster = { members: [report], latest: reportTime(report), firstKey: reportKey(report), hardCountry: hardCountryOf(report) };
      this.add(created);
      return created;
    }
    cluster.members.push(report);
    cluster.latest = Math.max(cluster.latest, reportTime(report));
    const country = hardCountryOf(report);
    if (cluster.hardCountry === null && country !== null) {
      const list = this.#byCountry.get(null)!;
      list.splice(list.indexOf(cluster), 1);
      if (list.length === 0) this.#byCountry.delete(null);
      cluster.hardCountry = country;
      this.add(cluster);
    }
    return cluster;
  }
}

/** Average pair score of `report` against every member; null when any pair is incompatible. */
function averageScore(report: IncidentInput, members: readonly IncidentInput[]): number | null {
  let total = 0;
  for (const member of members) {
    const pair = scorePair(report, member);
    if (!pair.compatible) return null;
    total += pair.score;
  }
  return total / members.length;
}

/**
 * Group `events` into clusters: each dated report, in date-then-id order, joins the open cluster it
 * scores best with (see OpenClusters.choose), else opens a new one. A report with no date at all
 * (no event date, no publication date) cannot be placed in time and stands alone. A cluster never
 * holds two events of one article, nor two events flagged as different. The same events, in any
 * order, always give the same clusters.
 */
export function clusterEvents(events: readonly IncidentInput[], threshold = DEFAULT_MERGE_THRESHOLD): Cluster[] {
  const dated = events.filter((e) => reportDay(e) !== null);
  const keys = new Map(dated.map((e) => [e, reportKey(e)]));
  dated.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : 1));
  const open = new OpenClusters();
  const closed: Cluster[] = [];
  for (const report of dated) {
    closed.push(...open.closeBefore(reportTime(report)));
    open.place(report, open.choose(report, threshold));
  }
  const undated = events.filter((e) => reportDay(e) === null).map((e) => ({ members: [e], latest: 0, firstKey: e.id, hardCountry: null }));
  return [...closed, ...open.all(), ...undated];
}
