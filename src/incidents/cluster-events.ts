// Grouping event reports into incidents: average-link clustering in date order, incremental and deterministic.
import type { IncidentInput } from './incident-model.ts';
import { scorePair } from './merge-score.ts';

/** Score at or above which a report joins an incident (average link over its reports); chosen on the tuning half of the story fixtures (`sitrep eval incidents`). */
export const DEFAULT_MERGE_THRESHOLD = 0.7;

export interface Cluster {
  readonly members: IncidentInput[];
  /** Latest report date in the cluster (ms), for blocking; null when no member is dated. */
  latest: number | null;
}

/** Reports further apart than this can never merge (twice the coarsest date slack), so such clusters are skipped. */
const BLOCK_WINDOW_MS = 64 * 86_400_000;

function reportTime(e: IncidentInput): number | null {
  const d = e.dateStart ?? e.published?.slice(0, 10);
  return d ? Date.parse(d) : null;
}

function sortKey(e: IncidentInput): string {
  return `${e.dateStart ?? e.published?.slice(0, 10) ?? '9999'}\u0000${e.id}`;
}

/**
 * Add `events` to `clusters` (mutated and returned): each event, in date-then-id order, joins the
 * compatible cluster with the highest average score at or above `threshold`, else opens a new one.
 * A cluster never holds two events of one article, nor two events flagged as different.
 * The same inputs always give the same clusters.
 */
export function clusterEvents(
  events: readonly IncidentInput[],
  clusters: Cluster[] = [],
  threshold = DEFAULT_MERGE_THRESHOLD,
): Cluster[] {
  const ordered = [...events].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  for (const event of ordered) {
    let best: Cluster | null = null;
    let bestScore = threshold;
    const time = reportTime(event);
    for (const cluster of clusters) {
      if (time !== null && cluster.latest !== null && Math.abs(time - cluster.latest) > BLOCK_WINDOW_MS) continue;
      let total = 0;
      let compatible = true;
      for (const member of cluster.members) {
        const pair = scorePair(event, member);
        if (!pair.compatible) {
          compatible = false;
          break;
        }
        total += pair.score;
      }
      if (!compatible) continue;
      const average = total / cluster.members.length;
      if (average >= bestScore) {
        bestScore = average;
        best = cluster;
      }
    }
    if (best) {
      best.members.push(event);
      if (time !== null) best.latest = best.latest === null ? time : Math.max(best.latest, time);
    } else {
      clusters.push({ members: [event], latest: time });
    }
  }
  return clusters;
}
