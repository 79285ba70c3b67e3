// Merging a cluster of reports into one incident: fields, sources, corroboration and disagreements.
import type { Estimate } from '../article/records.ts';
import type { Disagreement, DisagreementField, Incident, IncidentInput, IncidentSource } from './incident-model.ts';

/** Most frequent value by independent sources; ties go to `prefer` (e.g. the lower count, the more precise place). */
function bySupport<T>(events: readonly IncidentInput[], value: (e: IncidentInput) => T | null, prefer: (a: T, b: T) => number): T | null {
  const support = new Map<string, { value: T; keys: Set<string> }>();
  for (const e of events) {
    const v = value(e);
    if (v === null || v === undefined) continue;
    const key = JSON.stringify(v);
    const entry = support.get(key) ?? { value: v, keys: new Set<string>() };
    entry.keys.add(e.sourceKey);
    support.set(key, entry);
  }
  const ranked = [...support.values()].sort((a, b) => b.keys.size - a.keys.size || prefer(a.value, b.value));
  return ranked[0]?.value ?? null;
}

/** best = the figure most independent sources support, the lower on a tie; low/high = the reported range. */
export function mergeEstimates(events: readonly IncidentInput[], pick: (e: IncidentInput) => Estimate): Estimate {
  const reported = events.map(pick).filter((x) => x.best !== null);
  if (reported.length === 0) return { best: null, low: null, high: null };
  const best = bySupport(events, (e) => pick(e).best, (a, b) => a - b);
  return {
    best,
    low: Math.min(...reported.map((x) => x.low ?? x.best!)),
    high: Math.max(...reported.map((x) => x.high ?? x.best!)),
  };
}

function sides(events: readonly IncidentInput[], field: DisagreementField, value: (e: IncidentInput) => string | null): Disagreement | null {
  const groups = new Map<string, IncidentInput[]>();
  for (const e of events) {
    const v = value(e);
    if (v === null) continue;
    groups.set(v, [...(groups.get(v) ?? []), e]);
  }
  if (groups.size < 2) return null;
  return {
    field,
    values: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([v, es]) => ({ value: v, eventIds: es.map((e) => e.id), outlets: es.map((e) => e.outlet) })),
  };
}

/** Every field on which the reports disagree, each side with its reports. */
export function findDisagreements(events: readonly IncidentInput[]): Disagreement[] {
  const found = [
    sides(events, 'fatalities', (e) => (e.fatalities.best === null ? null : String(e.fatalities.best))),
    sides(events, 'date', (e) => e.dateStart && e.timePrecision === 1 ? e.dateStart : null),
    sides(events, 'location', (e) => (e.location && (e.geoPrecision ?? 3) < 3 ? e.location : null)),
    sides(events, 'actor1', (e) => e.actor1?.name ?? null),
    sides(events, 'sub_event_type', (e) => e.subEventType),
  ];
  return found.filter((d): d is Disagreement => d !== null);
}

/**
 * How many independent sources the reports come from: reports are joined when they share a source key
 * (reprints of one wire story) or an outlet, and each connected group counts once.
 */
export function countIndependentSources(events: readonly IncidentInput[]): number {
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstBy = new Map<string, number>();
  events.forEach((e, i) => {
    for (const key of [`key:${e.sourceKey}`, e.outlet ? `outlet:${e.outlet.trim().toLowerCase()}` : null]) {
      if (!key) continue;
      const seen = firstBy.get(key);
      if (seen === undefined) firstBy.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  return new Set(events.map((_, i) => find(i))).size;
}

/** Confidence that grows with independent corroboration: 1 - Π(1 - c) over the best report of each source. */
export function corroboratedConfidence(events: readonly IncidentInput[]): number {
  const bestPerSource = new Map<string, number>();
  for (const e of events) bestPerSource.set(e.sourceKey, Math.max(bestPerSource.get(e.sourceKey) ?? 0, e.confidence));
  let doubt = 1;
  for (const c of bestPerSource.values()) doubt *= 1 - Math.min(0.95, Math.max(0, c));
  return Math.round((1 - doubt) * 1000) / 1000;
}

/** The id of the incident holding these reports: derived from its smallest event id, so it is stable. */
export function incidentIdFor(events: readonly Pick<IncidentInput, 'id'>[]): string {
  return `inc-${[...events].sort((a, b) => a.id.localeCompare(b.id))[0]!.id}`;
}

/** Merge a cluster of reports (at least one) into an incident. */
export function mergeIncident(events: readonly IncidentInput[]): Incident {
  if (events.length === 0) throw new Error('mergeIncident needs at least one event');
  const ordered = [...events].sort((a, b) => a.id.localeCompare(b.id));
  const datePick = bySupport(ordered, (e) => (e.dateStart ? { s: e.dateStart, e: e.dateEnd ?? e.dateStart, p: e.timePrecision ?? 3 } : null), (a, b) => a.p - b.p);
  const mostPrecise = [...ordered].filter((e) => e.latitude !== null).sort((a, b) => (a.geoPrecision ?? 3) - (b.geoPrecision ?? 3))[0];
  const placeFrom = bySupport(ordered, (e) => (e.latitude !== null ? e.location : null), (a, b) => String(a).localeCompare(String(b)));
  const place = ordered.find((e) => e.location === placeFrom && (e.geoPrecision ?? 3) <= (mostPrecise?.geoPrecision ?? 3)) ?? mostPrecise;
  const subEventType = bySupport(ordered, (e) => e.subEventType, (a, b) => a.localeCompare(b));
  const typed = ordered.find((e) => e.subEventType === subEventType) ?? ordered[0]!;
  const actor1 = bySupport(ordered, (e) => e.actor1, (a, b) => a.name.localeCompare(b.name));
  const actor2 = bySupport(ordered, (e) => e.actor2, (a, b) => a.name.localeCompare(b.name));
  const sources: IncidentSource[] = ordered.map((e) => ({
    eventId: e.id, articleId: e.articleId, outlet: e.outlet, url: e.sourceUrl, published: e.published, sourceKey: e.sourceKey, evidence: e.evidence,
  }));
  return {
    kind: 'incident',
    id: incidentIdFor(ordered),
    eventIds: ordered.map((e) => e.id),
    eventType: typed.eventType,
    subEventType,
    actor1,
    actor2,
    dateStart: datePick?.s ?? null,
    dateEnd: datePick?.e ?? null,
    timePrecision: datePick?.p ?? null,
    location: place?.location ?? null,
    country: place?.country ?? typed.country,
    admin1: place?.admin1 ?? typed.admin1,
    admin2: place?.admin2 ?? typed.admin2,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geoPrecision: place?.geoPrecision ?? null,
    fatalities: mergeEstimates(ordered, (e) => e.fatalities),
    injured: mergeEstimates(ordered, (e) => e.injured),
    sources,
    independentSources: countIndependentSources(ordered),
    confidence: corroboratedConfidence(ordered),
    disagreements: findDisagreements(ordered),
  };
}
