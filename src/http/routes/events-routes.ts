// /api/events and /api/incidents: filtered, sorted, cursor-paged events; incidents with sources and disagreements.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { SitrepError } from '../../errors/catalogue.ts';
import { eventListParams, eventQueryFromParams } from '../../services/event-filter.ts';
import { eventToJSON } from '../../services/events-service.ts';
import { incidentToJSON } from '../../services/incidents-service.ts';
import type { Store } from '../../storage/store.ts';
import { strictParams } from '../../services/query-params.ts';
import { INCIDENT_SORTS, type IncidentSort } from '../../storage/incident-sort.ts';
import { IdParam, NoParams, pageShape, jsonOk, readErrors } from '../schemas/common-schemas.ts';
import { EventDetailSchema, EventPageSchema, EventSchema, IncidentPageSchema, IncidentSchema } from '../schemas/event-schemas.ts';
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
  summary: 'One event, with the id of its incident',
  request: { query: NoParams, params: IdParam('Event id') },
  responses: { ...jsonOk(EventDetailSchema, 'The event'), ...readErrors(true) },
});

const listIncidents = createRoute({
  method: 'get', path: '/incidents', tags: ['incidents'],
  summary: 'Incidents: events merged across articles, with their sources and disagreements',
  description: 'Built from the stored events that carry no flag (negated, hypothetical and historical reports never make an incident).',
  request: {
    query: strictParams({
      ...pageShape,
      sort: z.string().refine((v) => (INCIDENT_SORTS as readonly string[]).includes(v.toLowerCase()), `must be one of ${INCIDENT_SORTS.join(', ')}`).optional()
        .openapi({ description: `Order (${INCIDENT_SORTS.join(', ')}; default id); "sources" is the number of independent sources; a leading "-" is descending; unknown dates and fatalities sort lowest` }),
    }),
  },
  responses: { ...jsonOk(IncidentPageSchema, 'A page of incidents'), ...readErrors() },
});

const getIncidentOfEvent = createRoute({
  method: 'get', path: '/events/{id}/incident', tags: ['incidents'],
  summary: 'The incident an event was merged into (404 when it has none, e.g. a flagged event)',
  request: { query: NoParams, params: IdParam('Event id') },
  responses: { ...jsonOk(IncidentSchema, 'The incident'), ...readErrors(true) },
});

const getIncident = createRoute({
  method: 'get', path: '/incidents/{id}', tags: ['incidents'],
  summary: 'One incident with its sources and disagreements',
  request: { query: NoParams, params: IdParam('Incident id') },
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
    const [event, incident] = await Promise.all([store.getEvent(id), store.getIncidentOfEvent(id)]);
    if (!event) throw new SitrepError('not_found', `no event ${id}`);
    return c.json({ ...(eventToJSON(event) as EventJSON), incident_id: incident?.id ?? null }, 200);
  });

  api.openapi(listIncidents, async (c) => {
    const { limit, cursor, sort } = c.req.valid('query');
    const page = await badRequestOnTypeError(store.listIncidents({ limit, cursor: cursor ?? null, sort: sort?.toLowerCase() as IncidentSort | undefined }));
    return c.json({ items: page.items.map((i) => incidentToJSON(i) as IncidentJSON), next_cursor: page.nextCursor }, 200);
  });

  api.openapi(getIncidentOfEvent, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await store.getIncidentOfEvent(id);
    if (!incident) {
      const event = await store.getEvent(id);
      throw new SitrepError('not_found', event ? `event ${id} is in no incident${event.flags.length ? ` (flagged ${event.flags.join(', ')})` : ''}` : `no event ${id}`);
    }
    return c.json(incidentToJSON(incident) as IncidentJSON, 200);
  });

  api.openapi(getIncident, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await store.getIncident(id);
    if (!incident) throw new SitrepError('not_found', `no incident ${id}`);
    return c.json(incidentToJSON(incident) as IncidentJSON, 200);
  });
}
