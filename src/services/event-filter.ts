// Event filters as query parameters: one zod schema validates them for the API, the CLI (events, export) and the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { EVENT_FLAGS } from '../article/records.ts';
import { EVENT_SORTS, type EventQuery } from '../storage/store.ts';
import { eventTypeProblem, resolveEventType, type TypeLevel } from './event-type-values.ts';
import { strictParams } from './query-params.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NEAR = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/;
const FLAG_LIST = new RegExp(`^(${EVENT_FLAGS.join('|')})(,(${EVENT_FLAGS.join('|')}))*$`, 'i');
const BOOLEAN = /^(true|false|1|0|yes|no)$/i;

const day = (description: string) =>
  z.string().regex(DAY, 'must be a YYYY-MM-DD date').refine((v) => !Number.isNaN(Date.parse(v)), 'must be a real date')
    .optional().openapi({ description, example: '2024-05-01' });
const text = (description: string, example?: string) => z.string().min(1).optional().openapi({ description, example });
const typeName = (level: TypeLevel, description: string, example: string) => z.string().min(1)
  .superRefine((v, ctx) => {
    const problem = eventTypeProblem(v, level);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }).optional().openapi({ description, example });

/** The one switch that shows negated, hypothetical and historical events (hidden by default everywhere). */
export const INCLUDE_FLAGGED = 'include_flagged';

/** Filters shared by event lists, stats and exports (snake_case query parameters, all optional, values any case). */
export const eventFilterShape = {
  since: day('Events whose date interval ends on or after this day'),
  until: day('Events whose date interval starts on or before this day'),
  country: text('Country name (any case)', 'Iraq'),
  admin1: text('First-level administrative division (any case)', 'Nineveh'),
  near: z.string().regex(NEAR, 'must be "lat,lon,km"').optional()
    .openapi({ description: 'Within km of a point: "lat,lon,km"', example: '36.34,43.13,25' }),
  actor: text('Actor id or name, as actor1 or actor2 (any case)', 'islamic-state'),
  type: typeName('either', 'ACLED event type or sub-event type (any case)', 'battles'),
  event_type: typeName('event', 'ACLED event type (any case)', 'Battles'),
  sub_event_type: typeName('sub', 'ACLED sub-event type (any case)', 'Armed clash'),
  article_id: text('Only events of this article'),
  min_fatalities: z.coerce.number().int().min(0).optional().openapi({ description: 'Best fatality estimate at least this', example: 10 }),
  flags: z.string().regex(FLAG_LIST, `must be a comma list of ${EVENT_FLAGS.join(', ')}`).optional()
    .openapi({ description: `Only events carrying every listed flag (${EVENT_FLAGS.join(', ')}); implies include_flagged`, example: 'historical' }),
  [INCLUDE_FLAGGED]: z.string().regex(BOOLEAN, 'must be true or false').optional()
    .openapi({ description: 'Also list negated, hypothetical and historical events, which every list, count and export leaves out by default', example: 'true' }),
  q: text('Full-text search over the article text', 'checkpoint'),
  updated_since: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 timestamp').optional()
    .openapi({ description: 'Only events written or changed after this instant (sync; add include_flagged=true for a full copy)', example: '2026-01-01T00:00:00Z' }),
};

/** Sorting and cursor pagination, for event lists. */
export const eventPageShape = {
  sort: z.string().refine((v) => (EVENT_SORTS as readonly string[]).includes(v.toLowerCase()), `must be one of ${EVENT_SORTS.join(', ')}`).optional()
    .openapi({ description: `Sort order (${EVENT_SORTS.join(', ')}); a leading "-" is descending. Unknown dates and fatalities sort lowest.` }),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'Page size (default 100)', example: 100 }),
  cursor: z.string().min(1).optional().openapi({ description: 'next_cursor of the previous page (same filters and sort)' }),
};

export const eventFilterParams = strictParams(eventFilterShape);
export type EventFilterParams = z.infer<typeof eventFilterParams>;
export const eventListParams = strictParams({ ...eventFilterShape, ...eventPageShape });
export type EventListParams = z.infer<typeof eventListParams>;

const isTrue = (v: string | undefined) => v !== undefined && /^(true|1|yes)$/i.test(v);

/**
 * The store query for validated parameters. Flagged events are left out unless `include_flagged` is
 * true or `flags` asks for them; type names become their canonical spelling.
 */
export function eventQueryFromParams(p: Partial<EventListParams>): EventQuery {
  const [lat, lon, km] = p.near ? p.near.split(',').map(Number) : [];
  const either = p.type ? resolveEventType(p.type, 'either') : null;
  const eventType = p.event_type ? resolveEventType(p.event_type, 'event')?.eventType : either?.eventType;
  const subEventType = p.sub_event_type ? resolveEventType(p.sub_event_type, 'sub')?.subEventType : either?.subEventType;
  const flags = p.flags ? p.flags.toLowerCase().split(',') : undefined;
  return {
    since: p.since,
    until: p.until,
    country: p.country,
    admin1: p.admin1,
    near: p.near ? { lat: lat!, lon: lon!, km: km! } : undefined,
    actor: p.actor,
    eventType,
    subEventType,
    articleId: p.article_id,
    minFatalities: p.min_fatalities,
    flags,
    excludeFlagged: !flags && !isTrue(p[INCLUDE_FLAGGED]),
    q: p.q,
    updatedSince: p.updated_since,
    sort: p.sort?.toLowerCase() as EventQuery['sort'],
    limit: p.limit,
    cursor: p.cursor ?? null,
  };
}

export { describeIssues } from './query-params.ts';
