// The incidents use case: rebuild incidents from every stored event, deterministically, and query them.
import type { Incident } from '../article/incident-record.ts';
import { clusterEvents } from '../incidents/cluster-events.ts';
import type { IncidentInput } from '../incidents/incident-model.ts';
import { mergeIncident } from '../incidents/merge-incident.ts';
import type { Store, StoredEvent } from '../storage/store.ts';
import { listEvents } from './events-service.ts';

/** Flags that keep an event out of incidents: it did not happen, or is not new. */
const EXCLUDED_FLAGS = new Set(['negated', 'hypothetical', 'historical']);

/**
 * The independence key of an event: the article its article reprints (its near-duplicate root), else
 * its own article. Reports sharing a key, or an outlet, count as one source (see countIndependentSources).
 */
export function sourceKeyOf(event: StoredEvent, nearDuplicateOf: string | null): string {
  return `article:${nearDuplicateOf ?? event.articleId}`;
}

/**
 * Recompute every incident from the stored events and replace the stored incidents. The same
 * events always give the same incidents; events themselves are never changed or deleted.
 * Returns the incidents.
 */
export async function rebuildIncidents(store: Store, threshold?: number): Promise<Incident[]> {
  const events: StoredEvent[] = [];
  for await (const event of listEvents(store)) {
    if (event.flags.some((f) => EXCLUDED_FLAGS.has(f))) continue;
    if (!event.eventType) continue;
    events.push(event);
  }
  const roots = new Map<string, string | null>();
  const articleIds = [...new Set(events.map((e) => e.articleId))];
  for (let i = 0; i < articleIds.length; i += 500) {
    for (const link of await store.getArticleLinks(articleIds.slice(i, i + 500))) roots.set(link.articleId, link.nearDuplicateOf);
  }
  const inputs: IncidentInput[] = events.map((e) => ({ ...e, sourceKey: sourceKeyOf(e, roots.get(e.articleId) ?? null) }));
  const incidents = clusterEvents(inputs, [], threshold).map((c) => mergeIncident(c.members));
  await store.replaceIncidents(incidents);
  return incidents;
}

/** Bring the stored incidents up to date with the stored events. */
export async function updateIncidents(store: Store): Promise<void> {
  await rebuildIncidents(store);
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
