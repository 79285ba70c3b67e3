// /api/events and /api/incidents: filtered, sorted, cursor-paged events; incidents with sources and disagreements.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { SitrepError } from '../../errors/catalogue.ts';
import { eventListParams, eventQueryFromParams } from '../../services/event-filter.ts';
import { eventToJSON } from '../../services/events-service.ts';
import { incidentToJSON } from '../../services/incidents-service.ts';
import type { Store } from '../../storage/store.ts';
import { IdParam, PageParams, jsonOk, readErrors } from '../schemas/common-schemas.ts';
import { EventPageSchema, EventSchema, IncidentPageSchema, IncidentSchema } from '../schemas/event-schemas.ts';
import { badRequestOnTypeError } from './store-errors.ts';

type EventJSON = z.infer<typeof EventSchema>;
type IncidentJSON = z.infer<typeof IncidentSchema>;

const listEvents = createRoute({
  method: 'get', path: '/events', tags: ['events'],
  summary: 'Events, filtered, sorted and cursor-paged',
  request: { query: eventListParams },
  responses: { ...jsonOk(EventPageSchema, 'A page of events'), ...readErrors() },
});

const getEvent = createRoute({
  method: 'get', path: '/events/{id}', tags: ['events'],
  summary: 'One event',
  request: { params: IdParam('Event id') },
  responses: { ...jsonOk(EventSchema, 'The event'), ...readErrors(true) },
});

const listIncidents = createRoute({
  method: 'get', path: '/incidents', tags: ['incidents'],
  summary: 'Incidents: events merged across articles, with their sources and disagreements',
  description: 'Rebuilt from every stored event after each ingest; ordered by id.',
  request: { query: PageParams },
  responses: { ...jsonOk(IncidentPageSchema, 'A page of incidents'), ...readErrors() },
});

const getIncident = createRoute({
  method: 'get', path: '/incidents/{id}', tags: ['incidents'],
  summary: 'One incident with its sources and disagreements',
  request: { params: IdParam('Incident id') },
  responses: { ...jsonOk(IncidentSchema, 'The incident'), ...readErrors(true) },
});

/** Register the event and incident routes on `api`. */
export function registerEventRoutes(api: OpenAPIHono, store: Store): void {
  api.openapi(listEvents, async (c) => {
    const page = await badRequestOnTypeError(store.listEvents(eventQueryFromParams(c.req.valid('query'))));
    return c.json({ items: page.items.map((e) => eventToJSON(e) as EventJSON), next_cursor: page.nextCursor }, 200);
  });

  api.openapi(getEvent, async (c) => {
    const { id } = c.req.valid('param');
    const event = await store.getEvent(id);
    if (!event) throw new SitrepError('not_found', `no event ${id}`);
    return c.json(eventToJSON(event) as EventJSON, 200);
  });

  api.openapi(listIncidents, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await badRequestOnTypeError(store.listIncidents({ limit, cursor: cursor ?? null }));
    return c.json({ items: page.items.map((i) => incidentToJSON(i) as IncidentJSON), next_cursor: page.nextCursor }, 200);
  });

  api.openapi(getIncident, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await store.getIncident(id);
    if (!incident) throw new SitrepError('not_found', `no incident ${id}`);
    return c.json(incidentToJSON(incident) as IncidentJSON, 200);
  });
}
