// The incidents use case: keep incidents current with the stored events, incrementally, and query them.
import type { Incident } from '../article/incident-record.ts';
import { DEFAULT_MERGE_THRESHOLD } from '../incidents/cluster-events.ts';
import type { IncidentInput } from '../incidents/incident-model.ts';
import { mergeIncident } from '../incidents/merge-incident.ts';
import { memberKey, placeReports, type Placed, type PlacementHistory } from '../incidents/place-reports.ts';
import type { IncidentMember, Store, StoredEvent } from '../storage/store.ts';

/** Flags that keep an event out of incidents: it did not happen, or is not new. */
const EXCLUDED_FLAGS = new Set(['negated', 'hypothetical', 'historical']);
/** Queued events placed per round (a full rebuild runs in rounds, in report-key order). */
const ROUND = 5000;
/** Rounds lost to another process's update before giving up (each retry re-reads what changed). */
const MAX_RETRIES = 50;

/**
 * The independence key of an event: the article its article reprints (its near-duplicate root), else
 * its own article. Reports sharing a key, or an outlet, count as one source (see countIndependentSources).
 */
export function sourceKeyOf(event: StoredEvent, nearDuplicateOf: string | null): string {
  return `article:${nearDuplicateOf ?? event.articleId}`;
}

/** Whether an event takes part in incidents: typed, and not flagged as negated, hypothetical or historical. */
export function isIncidentEvent(event: StoredEvent): boolean {
  return event.eventType !== null && !event.flags.some((f) => EXCLUDED_FLAGS.has(f));
}

export interface IncidentUpdate {
  /** Queued events dealt with (placed, or left out as flagged or untyped). */
  readonly events: number;
  readonly incidentsWritten: number;
  /** Stored events whose placement was decided again. */
  readonly reconsidered: number;
  /** Rounds done again because another process committed an update first (their work was wasted). */
  readonly lostRaces: number;
}

/**
 * Bring the stored incidents up to date with the stored events: place every queued event (see
 * placeReports), write the incidents that changed. The result equals rebuilding incidents from every
 * event; the work is proportional to what was queued and the events near it in time. Safe to run
 * from several processes at once (an update that lost the race is redone on the new state).
 */
export async function updateIncidents(
  store: Store, threshold = DEFAULT_MERGE_THRESHOLD, options: { giveWay?: boolean } = {},
): Promise<IncidentUpdate> {
  const total = { events: 0, incidentsWritten: 0, reconsidered: 0, lostRaces: 0 };
  for (let retries = 0; ;) {
    const version = await store.incidentVersion();
    const queued = await store.incidentQueue(ROUND);
    if (queued.length === 0) return total;
    const [events, members] = await Promise.all([store.getEvents(queued), store.incidentMembers({ eventIds: queued })]);
    const added = await incidentInputs(store, events.filter(isIncidentEvent));
    // A queued event already placed (stored again, or deleted) leaves its incident first.
    const removals = members.map((m) => ({ key: m.sortKey, incidentId: m.incidentId }));
    const changes = await placeReports(added, removals, storeHistory(store), threshold);
    const incidents = changes.clusters.map((members) => ({ incident: mergeIncident(members), memberKeys: [] as string[], members }));
    for (const entry of incidents) {
      const keyById = new Map(entry.members.map((m) => [m.id, memberKey(m)]));
      entry.memberKeys.push(...entry.incident.eventIds.map((id) => keyById.get(id)!));
    }
    const committed = await store.commitIncidentChanges({
      expectedVersion: version, deleteIncidentIds: changes.replacedIncidentIds, incidents, dequeue: queued,
    });
    if (!committed) {
      total.lostRaces++;
      // Another process is placing the queue: a periodic update leaves the rest to it (or to the next update)
      // rather than redo the round on the new state and race again.
      if (options.giveWay) return total;
      if (++retries > MAX_RETRIES) throw new Error(`incidents: gave up after ${MAX_RETRIES} updates lost to other processes`);
      continue;
    }
    total.events += queued.length;
    total.incidentsWritten += incidents.length;
    total.reconsidered += changes.reconsidered;
    if (queued.length < ROUND) return total;
  }
}

/**
 * Recompute every incident from the stored events: drop them all, queue every event, update. The
 * same events always give the same incidents. Returns the incidents.
 */
export async function rebuildIncidents(store: Store, threshold?: number): Promise<Incident[]> {
  await store.resetIncidents();
  await updateIncidents(store, threshold);
  const all: Incident[] = [];
  for await (const incident of listIncidents(store)) all.push(incident);
  return all;
}

/** The events as the incident merger sees them: each with its source key. */
async function incidentInputs(store: Store, events: readonly StoredEvent[]): Promise<IncidentInput[]> {
  const roots = new Map<string, string | null>();
  const articleIds = [...new Set(events.map((e) => e.articleId))];
  for (let i = 0; i < articleIds.length; i += 500) {
    for (const link of await store.getArticleLinks(articleIds.slice(i, i + 500))) roots.set(link.articleId, link.nearDuplicateOf);
  }
  return events.map((e) => ({ ...e, sourceKey: sourceKeyOf(e, roots.get(e.articleId) ?? null) }));
}

/** What placement reads of the stored incidents, from the store. */
function storeHistory(store: Store): PlacementHistory {
  const withReports = async (members: readonly IncidentMember[]): Promise<Placed[]> => {
    const inputs = await incidentInputs(store, await store.getEvents(members.map((m) => m.eventId)));
    const byId = new Map(inputs.map((e) => [e.id, e]));
    return members.map((m) => ({ key: m.sortKey, incidentId: m.incidentId, report: byId.get(m.eventId) ?? null }));
  };
  return {
    membersFrom: async (fromKey, toKey, limit, after) => withReports(await store.incidentMembers({ fromKey, toKey, limit, after })),
    membersOf: async (incidentIds) => withReports(await store.incidentMembers({ incidentIds })),
  };
}

/** Every stored incident, page by page. */
export async function* listIncidents(store: Store): AsyncGenerator<Incident> {
  let cursor: string | null = null;
  do {
    const page = await store.listIncidents({ cursor, limit: 500 });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The public JSON form of an incident (snake_case, as in the API and `sitrep incidents --json`). */
export function incidentToJSON(i: Incident): Record<string, unknown> {
  return {
    id: i.id,
    event_ids: i.eventIds,
    event_type: i.eventType,
    sub_event_type: i.subEventType,
    actor1: i.actor1,
    actor2: i.actor2,
    date_start: i.dateStart,
    date_end: i.dateEnd,
    time_precision: i.timePrecision,
    location: i.location,
    country: i.country,
    admin1: i.admin1,
    admin2: i.admin2,
    latitude: i.latitude,
    longitude: i.longitude,
    geo_precision: i.geoPrecision,
    fatalities_best: i.fatalities.best,
    fatalities_low: i.fatalities.low,
    fatalities_high: i.fatalities.high,
    injured_best: i.injured.best,
    independent_sources: i.independentSources,
    confidence: i.confidence,
    sources: i.sources.map((s) => ({ event_id: s.eventId, article_id: s.articleId, outlet: s.outlet, url: s.url, published: s.published, evidence: s.evidence })),
    disagreements: i.disagreements.map((d) => ({
      field: d.field,
      values: d.values.map((v) => ({ value: v.value, event_ids: v.eventIds, outlets: v.outlets })),
    })),
  };
}
