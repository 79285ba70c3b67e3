// POST /api/ingest: JSON records (text or html, url, title, outlet, published) through the pipeline into the store.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { documentIdFor, ingestItems, type IngestOptions } from '../../services/ingest-service.ts';
import { recordItem } from '../../stages/read/read-inputs.ts';
import type { Store } from '../../storage/store.ts';
import { errorBody } from '../error-handler.ts';
import { depthRefusal, jsonTextDepth, MAX_JSON_DEPTH } from '../../util/json-depth.ts';
import type { MiddlewareHandler } from 'hono';
import { jsonOk, writeErrors } from '../schemas/common-schemas.ts';
import { IngestRequestSchema, IngestResultSchema } from '../schemas/resource-schemas.ts';

function ingestRoute(maxBodyBytes: number) {
  return createRoute({
    method: 'post', path: '/ingest', tags: ['ingest'],
    summary: 'Ingest records (as in a JSON Lines input); idempotent by content hash',
    description: `Needs \`Authorization: Bearer <token>\`. Bodies over ${maxBodyBytes} bytes are refused with 413.`,
    security: [{ bearer: [] }],
    middleware: [bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json(errorBody('payload_too_large', `request body over the ${maxBodyBytes}-byte limit`), 413),
    }), refuseDeepJson] as const,
    request: { body: { content: { 'application/json': { schema: IngestRequestSchema } }, required: true } },
    responses: { ...jsonOk(IngestResultSchema, 'What the ingest stored'), ...writeErrors },
  });
}

/** Refuses (400) a body nested past MAX_JSON_DEPTH before it is parsed: parsing deep nesting costs far more memory than its bytes. */
const refuseDeepJson: MiddlewareHandler = async (c, next) => {
  const tooDeep = depthRefusal(jsonTextDepth(await c.req.text(), MAX_JSON_DEPTH), 'the request body');
  if (tooDeep) return c.json(errorBody('invalid_request', tooDeep), 400);
  await next();
};

/**
 * Register POST /ingest on `api`; `ingestWith` gives the processor or pipeline to use (made on first
 * use). The records are one batch: written in order, incidents brought up to date once.
 */
export function registerIngestRoutes(api: OpenAPIHono, store: Store, ingestWith: () => IngestOptions, maxBodyBytes: number): void {
  api.openapi(ingestRoute(maxBodyBytes), async (c) => {
    const { records } = c.req.valid('json');
    const items = records.map((record, i) => recordItem(record.url ?? `api#${i + 1}`, record));
    const summary = await ingestItems(store, items, ingestWith());
    const documentIds = items.map(documentIdFor);
    return c.json({
      document_ids: documentIds,
      documents_new: summary.documentsNew,
      documents_unchanged: summary.documentsUnchanged,
      articles: summary.articles,
      duplicates: summary.duplicates,
      events: summary.events,
      claims: summary.claims,
      failures: summary.failures,
    }, 200);
  });
}
