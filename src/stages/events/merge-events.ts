// One event per day, place and actor pair within an article: mentions of the same event merged, every evidence span kept.
import type { EventRecord, Estimate, Evidence } from '../../article/records.ts';
import { EVENT_TYPES, type EventType } from './acled-taxonomy.ts';

/**
 * The key two mentions must share to be one event: flags, day interval and location. Without a
 * location, mentions merge only when they also share the sub-event type, so an article without a
 * places layer does not collapse into one event.
 */
export function mergeKey(e: EventRecord): string {
  const base = `${[...e.flags].sort().join(',')}|${e.dateStart}|${e.dateEnd}`;
  return e.location ? `${base}|${e.location}` : `${base}|?|${e.subEventType}`;
}

type Side = EventRecord['actor1'];

/** Two actor slots agree when either is unknown or both name the same actor. */
function compatible(a: Side, b: Side): boolean {
  return !a || !b || (a.id ?? a.name) === (b.id ?? b.name);
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
 * Merge events that share a mergeKey and whose actor pairs agree (an unknown actor agrees with any).
 * The merged event takes the type that ranks first in ACLED's precedence (a battle outranks the
 * airstrike inside it), actors known to either mention, the largest counts (repeated mentions are
 * not added up), and every evidence span of every mention. Order follows first mention.
 */
export function mergeEvents(events: readonly EventRecord[]): EventRecord[] {
  const merged: EventRecord[] = [];
  for (const event of events) {
    const at = merged.findIndex((m) => mergeKey(m) === mergeKey(event) && compatible(m.actor1, event.actor1) && compatible(m.actor2, event.actor2));
    if (at < 0) {
      merged.push(event);
      continue;
    }
    const seen = merged[at]!;
    const lead = rank(event) < rank(seen) ? event : seen;
    merged[at] = {
      ...lead,
      actor1: seen.actor1 ?? event.actor1,
      actor2: seen.actor2 ?? event.actor2,
      fatalities: largest(seen.fatalities, event.fatalities),
      injured: largest(seen.injured, event.injured),
      evidence: unionEvidence(seen.evidence, event.evidence),
      confidence: Math.max(seen.confidence, event.confidence),
    };
  }
  return merged;
}
