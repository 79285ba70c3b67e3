// Event filters as query parameters: one zod schema validates them for the API, the CLI export and the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { EVENT_FLAGS } from '../article/records.ts';
import { EVENT_SORTS, type EventQuery } from '../storage/store.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NEAR = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/;
const FLAG_LIST = new RegExp(`^(${EVENT_FLAGS.join('|')})(,(${EVENT_FLAGS.join('|')}))*$`);

const day = (description: string) =>
  z.string().regex(DAY, 'must be a YYYY-MM-DD date').refine((v) => !Number.isNaN(Date.parse(v)), 'must be a real date')
    .optional().openapi({ description, example: '2024-05-01' });
const text = (description: string, example?: string) => z.string().min(1).optional().openapi({ description, example });

/** Filters shared by event lists, stats and exports (snake_case query parameters, all optional). */
export const eventFilterParams = z.object({
  since: day('Events whose date interval ends on or after this day'),
  until: day('Events whose date interval starts on or before this day'),
  country: text('Country name (any case)', 'Iraq'),
  admin1: text('First-level administrative division (any case)', 'Nineveh'),
  near: z.string().regex(NEAR, 'must be "lat,lon,km"').optional()
    .openapi({ description: 'Within km of a point: "lat,lon,km"', example: '36.34,43.13,25' }),
  actor: text('Actor id or name, as actor1 or actor2 (any case)', 'islamic-state'),
  event_type: text('ACLED event type', 'Battles'),
  sub_event_type: text('ACLED sub-event type', 'Armed clash'),
  article_id: text('Only events of this article'),
  min_fatalities: z.coerce.number().int().min(0).optional().openapi({ description: 'Best fatality estimate at least this', example: 10 }),
  flags: z.string().regex(FLAG_LIST, `must be a comma list of ${EVENT_FLAGS.join(', ')}`).optional()
    .openapi({ description: `Events carrying every listed flag (${EVENT_FLAGS.join(', ')})`, example: 'historical' }),
  exclude_flagged: z.enum(['true', 'false']).optional().openapi({ description: 'Hide negated, hypothetical and historical events' }),
  q: text('Full-text search over the article text', 'checkpoint'),
  updated_since: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 timestamp').optional()
    .openapi({ description: 'Only events written or changed after this instant (sync)', example: '2026-01-01T00:00:00Z' }),
});
export type EventFilterParams = z.infer<typeof eventFilterParams>;

/** Filters plus sorting and cursor pagination, for event lists. */
export const eventListParams = eventFilterParams.extend({
  sort: z.enum(EVENT_SORTS).optional().openapi({ description: 'Sort order; a leading "-" is descending. Unknown dates and fatalities sort lowest.' }),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'Page size (default 100)', example: 100 }),
  cursor: z.string().min(1).optional().openapi({ description: 'next_cursor of the previous page (same filters and sort)' }),
});
export type EventListParams = z.infer<typeof eventListParams>;

/** The store query for validated parameters. */
export function eventQueryFromParams(p: EventListParams): EventQuery {
  const [lat, lon, km] = p.near ? p.near.split(',').map(Number) : [];
  return {
    since: p.since,
    until: p.until,
    country: p.country,
    admin1: p.admin1,
    near: p.near ? { lat: lat!, lon: lon!, km: km! } : undefined,
    actor: p.actor,
    eventType: p.event_type,
    subEventType: p.sub_event_type,
    articleId: p.article_id,
    minFatalities: p.min_fatalities,
    flags: p.flags ? p.flags.split(',') : undefined,
    excludeFlagged: p.exclude_flagged === 'true',
    q: p.q,
    updatedSince: p.updated_since,
    sort: p.sort,
    limit: p.limit,
    cursor: p.cursor ?? null,
  };
}

/** One line per problem, e.g. "since: must be a YYYY-MM-DD date", for error messages. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}
