// /api/stats, /api/outlets and /api/deletions: counts by type, country and month; sources; the sync deletions feed.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { eventFilterParams, eventQueryFromParams } from '../../services/event-filter.ts';
import type { Store } from '../../storage/store.ts';
import { strictParams } from '../../services/query-params.ts';
import { NoParams, pageShape, jsonOk, readErrors } from '../schemas/common-schemas.ts';
import { DeletionPageSchema, OutletSchema, StatsSchema } from '../schemas/resource-schemas.ts';
import { badRequestOnTypeError } from './store-errors.ts';

const getStats = createRoute({
  method: 'get', path: '/stats', tags: ['stats'],
  summary: 'Store totals, and counts of the events matching the filters by type, country and month',
  request: { query: eventFilterParams },
  responses: { ...jsonOk(StatsSchema, 'Counts'), ...readErrors() },
});

const listOutlets = createRoute({
  method: 'get', path: '/outlets', tags: ['sources'],
  summary: 'Outlets (sources) with their article and event counts',
  request: { query: NoParams },
  responses: { ...jsonOk(z.object({ items: z.array(OutletSchema) }).openapi('OutletList'), 'Outlets'), ...readErrors() },
});

const listDeletions = createRoute({
  method: 'get', path: '/deletions', tags: ['sync'],
  summary: 'Records deleted since a time, oldest first: replay them to keep a copy in sync',
  description: 'Sync a copy by fetching /api/events?updated_since=T&sort=id (all pages), then /api/deletions?since=T.',
  request: {
    query: strictParams({
      ...pageShape,
      since: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 timestamp').optional()
        .openapi({ description: 'Only deletions after this instant', example: '2026-01-01T00:00:00Z' }),
    }),
  },
  responses: { ...jsonOk(DeletionPageSchema, 'A page of deletions'), ...readErrors() },
});

/** Register the stats, outlets and deletions routes on `api`. */
export function registerStatsRoutes(api: OpenAPIHono, store: Store): void {
  api.openapi(getStats, async (c) => {
    const [counts, stats] = await Promise.all([
      store.counts(),
      badRequestOnTypeError(store.eventStats(eventQueryFromParams(c.req.valid('query')))),
    ]);
    return c.json({ ...counts, matching_events: stats.total, by_type: [...stats.byType], by_country: [...stats.byCountry], by_month: [...stats.byMonth] }, 200);
  });

  api.openapi(listOutlets, async (c) => {
    const outlets = await store.listOutlets();
    return c.json({
      items: outlets.map((o) => ({ outlet: o.outlet, articles: o.articles, events: o.events, first_published: o.firstPublished, last_published: o.lastPublished })),
    }, 200);
  });

  api.openapi(listDeletions, async (c) => {
    const { since, limit, cursor } = c.req.valid('query');
    const page = await badRequestOnTypeError(store.listDeletions({ since, limit, cursor }));
    return c.json({ items: page.items.map((d) => ({ kind: d.kind, id: d.id, deleted_at: d.deletedAt })), next_cursor: page.nextCursor }, 200);
  });
}
