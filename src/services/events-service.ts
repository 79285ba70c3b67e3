// Querying events: iterate every page of a filtered query, and the public JSON shape of an event.
import type { EventQuery, Store, StoredEvent } from '../storage/store.ts';

/** Every event matching `query`, page by page (`pageSize` events at a time, default 500). */
export async function* listEvents(store: Store, query: Omit<EventQuery, 'cursor'> = {}, pageSize = 500): AsyncGenerator<StoredEvent> {
  let cursor: string | null = null;
  do {
    const page = await store.listEvents({ ...query, cursor, limit: pageSize });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The public JSON form of an event (snake_case, as in the API and `sitrep events --json`). */
export function eventToJSON(e: StoredEvent): Record<string, unknown> {
  return {
    id: e.id,
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: e.actor1,
    actor2: e.actor2,
    date_start: e.dateStart,
    date_end: e.dateEnd,
    time_precision: e.timePrecision,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    location: e.location,
    latitude: e.latitude,
    longitude: e.longitude,
    geo_precision: e.geoPrecision,
    fatalities_best: e.fatalities.best,
    fatalities_low: e.fatalities.low,
    fatalities_high: e.fatalities.high,
    injured_best: e.injured.best,
    flags: e.flags,
    trigger: e.trigger,
    evidence: e.evidence,
    article_id: e.articleId,
    article_title: e.articleTitle,
    source_url: e.sourceUrl,
    outlet: e.outlet,
    published: e.published,
    synthetic: e.synthetic,
    confidence: e.confidence,
    updated_at: e.updatedAt ?? null,
  };
}
