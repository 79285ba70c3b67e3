// The UI's only way to the server: the public JSON API.

export interface ApiEvent {
  id: string;
  event_type: string | null;
  sub_event_type: string | null;
  actor1: { id: string | null; name: string; text: string } | null;
  actor2: { id: string | null; name: string; text: string } | null;
  date_start: string | null;
  date_end: string | null;
  time_precision: number | null;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  fatalities_best: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  injured_best: number | null;
  flags: string[];
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string }[];
  article_id: string;
  article_title: string | null;
  source_url: string | null;
  outlet: string | null;
  published: string | null;
  synthetic: boolean;
  confidence: number;
}

export interface ApiSpan {
  start: number;
  end: number;
  label: string;
  value: unknown;
  provenance: { stage: string; version: string; method: string; confidence: number };
}

export interface ApiArticle {
  id: string;
  text: string;
  meta: { title: string | null; outlet: string | null; url: string | null; published: string | null; synthetic: boolean };
  layers: Record<string, ApiSpan[]>;
  removed: { text: string; reason: string }[];
}

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** GET a JSON resource; throws ApiError with the server's one-line message on an error response. */
export async function getJSON<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `request failed (${res.status})`);
  return body as T;
}

type EventPage = { items: ApiEvent[]; next_cursor: string | null };

/**
 * Every event matching `params` (at most about `max`). Cursors make pages sequential, so two cursors
 * walk the list at once from both ends (date ascending and descending; ties go by id both ways, so the
 * orders are exact mirrors) until they have met, which halves the round trips on a large store. The
 * total comes from /api/stats; without it each walk simply runs to its end, which is slower but whole.
 * (A streamed /api/export?format=jsonl was tried instead and measured slower here.)
 */
export async function fetchAllEvents(params: URLSearchParams, max = 20000, signal?: AbortSignal): Promise<ApiEvent[]> {
  const byId = new Map<string, ApiEvent>();
  let total = Infinity;
  const counting = getJSON<{ matching_events?: number }>(`/api/stats?${params}`, signal)
    .then((stats) => { if (typeof stats.matching_events === 'number') total = stats.matching_events; })
    .catch(() => undefined);
  const done = () => byId.size >= Math.min(total, max);
  async function walk(sort: 'date' | '-date'): Promise<void> {
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams(params);
      query.set('limit', '1000');
      query.set('sort', sort);
      if (cursor) query.set('cursor', cursor);
      const page: EventPage = await getJSON(`/api/events?${query}`, signal);
      for (const e of page.items) byId.set(e.id, e);
      cursor = page.next_cursor;
      if (total === Infinity) await counting; // the first page usually beats the count; wait once for it
    } while (cursor && !done());
  }
  await Promise.all([walk('-date'), walk('date'), counting]);
  return [...byId.values()];
}
