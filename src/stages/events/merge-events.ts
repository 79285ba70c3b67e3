// One event per day, place and actor pair within an article: mentions of the same event merged, every evidence span kept.
import type { EventRecord, Estimate, Evidence } from '../../article/records.ts';
import { EVENT_TYPES, type EventType } from './acled-taxonomy.ts';

function actorKey(e: EventRecord): string {
  return `${e.actor1?.id ?? e.actor1?.name ?? '?'}|${e.actor2?.id ?? e.actor2?.name ?? '?'}`;
}

/**
 * The key two mentions must share to be one event: flags, day interval, location and actor pair.
 * Without a location, mentions merge only when they also share the sub-event type, so an article
 * without a places layer does not collapse into one event.
 */
export function mergeKey(e: EventRecord): string {
  const base = `${[...e.flags].sort().join(',')}|${e.dateStart}|${e.dateEnd}|${actorKey(e)}`;
  return e.location ? `${base}|${e.location}` : `${base}|?|${e.subEventType}`;
}

function rank(e: EventRecord): number {
  return EVENT_TYPES.indexOf(e.eventType as EventType);
}

function largest(a: Estimate, b: Estimate): Estimate {
  if (a.best === null) return b;
  if (b.best === null) return a;
  return (b.best ?? 0) > (a.best ?? 0) ? b : a;
}

function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set(a.map((e) => `${e.start}:${e.end}`));
  return [...a, ...b.filter((e) => !seen.has(`${e.start}:${e.end}`))].sort((x, y) => x.start - y.start);
}

/**
 * Merge events that share a mergeKey. The merged event takes the type that ranks first in ACLED's
 * precedence (a battle outranks the airstrike inside it), the largest counts (repeated mentions
 * are not added up), and every evidence span of every mention. Order follows first mention.
 */
export function mergeEvents(events: readonly EventRecord[]): EventRecord[] {
  const byKey = new Map<string, EventRecord>();
  for (const event of events) {
    const key = mergeKey(event);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, event);
      continue;
    }
    const lead = rank(event) < rank(seen) ? event : seen;
    byKey.set(key, {
      ...lead,
      fatalities: largest(seen.fatalities, event.fatalities),
      injured: largest(seen.injured, event.injured),
      evidence: unionEvidence(seen.evidence, event.evidence),
      confidence: Math.max(seen.confidence, event.confidence),
    });
  }
  return [...byKey.values()];
}
