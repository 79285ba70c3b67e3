// Response and request schemas for claims, articles, documents, outlets, stats, deletions and ingest.
import { z } from '@hono/zod-openapi';
import { DOCUMENT_STATUSES } from '../../article/document.ts';
import { CLAIM_COUNTED, SOURCE_KINDS } from '../../article/records.ts';
import { DELETION_KINDS } from '../../storage/store.ts';
import { EvidenceSchema, pageOf } from './common-schemas.ts';

export const ClaimSchema = z.object({
  id: z.string(),
  subject: z.string().openapi({ example: 'IS fighters in Iraq' }),
  low: z.number().nullable(),
  high: z.number().nullable(),
  best: z.number().nullable(),
  unit: z.string().nullable(),
  text: z.string().nullable().openapi({ description: 'For qualitative claims, the statement itself' }),
  attributed_to: z.string().nullable().openapi({ example: 'one intelligence official' }),
  cue: z.string().nullable().openapi({ example: 'said' }),
  date: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
  confidence: z.number(),
  article_id: z.string(),
  source_url: z.string().nullable(),
  outlet: z.string().nullable(),
  counted: z.enum(CLAIM_COUNTED).nullable().openapi({ description: 'What is counted; null for qualitative claims and claims stored before it was read' }),
  of_whom: z.string().nullable().openapi({ example: 'police', description: 'The group counted, normalised' }),
  place: z.string().nullable().openapi({ example: 'Daquq', description: 'The place the claim is about' }),
  area: z.string().nullable().openapi({ example: 'Kirkuk', description: "The place's province, else its country: what like claims are compared on" }),
  event_index: z.number().int().nullable().openapi({ description: "Index of the event in the article's events the claim belongs to" }),
  denied: z.boolean().openapi({ description: 'Whether the text reports the statement as denied' }),
  denied_by: z.string().nullable(),
  source_kind: z.enum(SOURCE_KINDS).nullable().openapi({ description: "'outlet' when the outlet states the figure itself (attributed_to is then null)" }),
  conflicts_with: z.array(z.string()).optional().openapi({
    description: 'With a `subject` filter: ids of the claims on that subject this one conflicts with: the same thing counted of the same group in the same area, at the same time (the same day for tolls, within 31 days for standing numbers), ranges apart',
  }),
}).openapi('Claim');
export const ClaimPageSchema = pageOf(ClaimSchema, 'ClaimPage');

export const ClaimSubjectSchema = z.object({
  subject: z.string(),
  claims: z.number().int(),
  low: z.number().nullable().openapi({ description: 'Lowest low estimate among the claims' }),
  high: z.number().nullable().openapi({ description: 'Highest high estimate among the claims' }),
  first_date: z.string().nullable(),
  last_date: z.string().nullable(),
}).openapi('ClaimSubject');
export const ClaimSubjectPageSchema = pageOf(ClaimSubjectSchema, 'ClaimSubjectPage');

const SpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  label: z.string(),
  value: z.unknown().openapi({ description: 'The normalised value; its shape depends on the layer' }),
  provenance: z.object({ stage: z.string(), version: z.string(), method: z.string(), confidence: z.number() }),
}).openapi('Span');

export const ArticleSchema = z.object({
  kind: z.literal('article'),
  id: z.string(),
  documentId: z.string(),
  index: z.number().int(),
  text: z.string(),
  meta: z.record(z.string(), z.unknown()).openapi({ description: 'title, outlet, url, published, language, byline, dateline, synthetic, sources' }),
  layers: z.record(z.string(), z.array(SpanSchema)).openapi({ description: 'Span layers by name (sentences, actors, places, ...)' }),
  events: z.array(z.record(z.string(), z.unknown())),
  claims: z.array(z.record(z.string(), z.unknown())),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })).openapi({ description: 'Blocks the cleaner dropped, and why' }),
}).openapi('Article', { description: 'The article in sitrep\'s article format (camelCase, as stored)' });

export const DocumentSchema = z.object({
  id: z.string(),
  origin: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  error: z.string().nullable(),
  byte_length: z.number().int(),
  fetched_at: z.string(),
}).openapi('Document');

export const OutletSchema = z.object({
  outlet: z.string().nullable(),
  articles: z.number().int(),
  events: z.number().int(),
  first_published: z.string().nullable(),
  last_published: z.string().nullable(),
}).openapi('Outlet');

const CountSchema = z.object({ key: z.string().nullable(), count: z.number().int() }).openapi('Count');

export const StatsSchema = z.object({
  documents: z.number().int(),
  failedDocuments: z.number().int(),
  articles: z.number().int(),
  duplicateArticles: z.number().int(),
  events: z.number().int(),
  claims: z.number().int(),
  syntheticArticles: z.number().int(),
  matching_events: z.number().int().openapi({ description: 'Events matching the filters' }),
  by_type: z.array(CountSchema),
  by_country: z.array(CountSchema),
  by_month: z.array(CountSchema).openapi({ description: 'Keyed by YYYY-MM of the start date, in month order' }),
}).openapi('Stats');

export const DeletionSchema = z.object({
  kind: z.enum(DELETION_KINDS),
  id: z.string(),
  deleted_at: z.string(),
}).openapi('Deletion');
export const DeletionPageSchema = pageOf(DeletionSchema, 'DeletionPage');

export const IngestRecordSchema = z.object({
  text: z.string().optional().openapi({ description: 'Plain text body (this or html)' }),
  html: z.string().optional().openapi({ description: 'HTML body (this or text)' }),
  url: z.string().optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional().openapi({ description: 'ISO 8601 date or date-time' }),
}).refine((r) => typeof r.text === 'string' || typeof r.html === 'string', 'each record needs text or html')
  .openapi('IngestRecord');

export const IngestRequestSchema = z.object({
  records: z.array(IngestRecordSchema).min(1).max(1000),
}).openapi('IngestRequest');

export const IngestResultSchema = z.object({
  document_ids: z.array(z.string()),
  documents_new: z.number().int(),
  documents_unchanged: z.number().int(),
  articles: z.number().int(),
  duplicates: z.number().int(),
  events: z.number().int(),
  claims: z.number().int(),
  failures: z.array(z.object({ origin: z.string(), error: z.string() })),
}).openapi('IngestResult');
