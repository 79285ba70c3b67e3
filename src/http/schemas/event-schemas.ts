// Response schemas for events and incidents (incidents: events merged across articles, with sources and disagreements).
import { z } from '@hono/zod-openapi';
import { EVENT_FLAGS } from '../../article/records.ts';
import { DISAGREEMENT_FIELDS } from '../../article/incident-record.ts';
import { EvidenceSchema, pageOf } from './common-schemas.ts';

export const ActorSchema = z.object({
  id: z.string().nullable().openapi({ description: 'Canonical actor id, when known' }),
  name: z.string(),
  text: z.string().openapi({ description: 'The words that named the actor' }),
}).openapi('Actor');

export const EventSchema = z.object({
  id: z.string(),
  event_type: z.string().nullable(),
  sub_event_type: z.string().nullable(),
  actor1: ActorSchema.nullable(),
  actor2: ActorSchema.nullable(),
  date_start: z.string().nullable().openapi({ example: '2024-05-01' }),
  date_end: z.string().nullable(),
  time_precision: z.number().int().nullable().openapi({ description: '1 day, 2 week/approximate, 3 month or coarser' }),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  location: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geo_precision: z.number().int().nullable().openapi({ description: '1 town, 2 near/district/feature, 3 province' }),
  fatalities_best: z.number().int().nullable(),
  fatalities_low: z.number().int().nullable(),
  fatalities_high: z.number().int().nullable(),
  injured_best: z.number().int().nullable(),
  flags: z.array(z.enum(EVENT_FLAGS)),
  trigger: EvidenceSchema,
  evidence: z.array(EvidenceSchema),
  article_id: z.string(),
  article_title: z.string().nullable(),
  source_url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  synthetic: z.boolean().openapi({ description: 'True for events from the bundled synthetic sample corpus' }),
  confidence: z.number(),
  updated_at: z.string().nullable().openapi({ description: 'When the event was written or last changed (sync)' }),
}).openapi('Event');

/** One event read by id: the list item plus the incident it was merged into. */
export const EventDetailSchema = EventSchema.extend({
  incident_id: z.string().nullable().openapi({ description: 'The incident holding this event; null when none (flagged events never make one)' }),
}).openapi('EventDetail');

export const EventPageSchema = pageOf(EventSchema, 'EventPage');

export const IncidentSourceSchema = z.object({
  event_id: z.string().openapi({ description: 'The per-article event this report gave' }),
  article_id: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
}).openapi('IncidentSource');

export const DisagreementSchema = z.object({
  field: z.enum(DISAGREEMENT_FIELDS).openapi({ example: 'fatalities' }),
  values: z.array(z.object({
    value: z.string(),
    event_ids: z.array(z.string()).openapi({ description: 'The reports giving this value' }),
    outlets: z.array(z.string().nullable()).openapi({ description: 'Their outlets, in the same order' }),
  })),
}).openapi('Disagreement');

export const IncidentSchema = z.object({
  id: z.string(),
  event_ids: z.array(z.string()).openapi({ description: 'The per-article events merged into this incident' }),
  event_type: z.string().nullable(),
  sub_event_type: z.string().nullable(),
  actor1: ActorSchema.nullable(),
  actor2: ActorSchema.nullable(),
  date_start: z.string().nullable(),
  date_end: z.string().nullable(),
  time_precision: z.number().int().nullable(),
  location: z.string().nullable(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geo_precision: z.number().int().nullable(),
  fatalities_best: z.number().nullable().openapi({ description: 'The figure most independent sources support, the lower on a tie' }),
  fatalities_low: z.number().nullable(),
  fatalities_high: z.number().nullable(),
  injured_best: z.number().nullable(),
  independent_sources: z.number().int().openapi({ description: 'Reports counted once per wire story and once per outlet' }),
  confidence: z.number(),
  sources: z.array(IncidentSourceSchema),
  disagreements: z.array(DisagreementSchema),
}).openapi('Incident');

export const IncidentPageSchema = pageOf(IncidentSchema, 'IncidentPage');
