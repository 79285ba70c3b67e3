// GET /api/export: filtered events as ACLED-column CSV, GeoJSON or JSON Lines, streamed.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { eventFilterShape, eventQueryFromParams } from '../../services/event-filter.ts';
import { EXPORT_CONTENT_TYPES, EXPORT_EXTENSIONS, EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../services/export-service.ts';
import type { EventFilter, Store } from '../../storage/store.ts';
import { strictParams } from '../../services/query-params.ts';
import { readErrors } from '../schemas/common-schemas.ts';
import { badRequestOnTypeError } from './store-errors.ts';

const CHUNK_BYTES = 64 * 1024;

/** A byte stream that pulls text from `chunks` only as fast as the client reads (about 64 KiB at a time). */
function pullStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = '';
      while (text.length < CHUNK_BYTES) {
        const next = await chunks.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

const exportRoute = createRoute({
  method: 'get', path: '/export', tags: ['export'],
  summary: 'Every event matching the filters, as a download',
  description: 'acled-csv: ACLED\'s 31 columns in ACLED\'s order, then evidence, source_urls, confidence, flags, fatalities_low, fatalities_high, article_id. '
    + 'geojson: a FeatureCollection (longitude first). jsonl: one event per line, as in /api/events.',
  request: { query: strictParams({ ...eventFilterShape, format: z.string().refine((v) => (EXPORT_FORMATS as readonly string[]).includes(v.toLowerCase()), `must be one of ${EXPORT_FORMATS.join(', ')}`)
    .openapi({ description: `Export format: ${EXPORT_FORMATS.join(', ')}` }) }) },
  responses: {
    200: {
      description: 'The export, streamed',
      content: Object.fromEntries(Object.values(EXPORT_CONTENT_TYPES).map((t) => [t.split(';')[0]!, { schema: z.string() }])),
    },
    ...readErrors(),
  },
});

/** Where export text comes from: the events matching `filter` as chunks of `format`. */
export type ExportSource = (format: ExportFormat, filter: EventFilter) => AsyncGenerator<string>;

/** Register GET /export on `api`; `source` defaults to exporting from `store` in-process. */
export function registerExportRoutes(api: OpenAPIHono, store: Store, source?: ExportSource): void {
  const chunksFor: ExportSource = source ?? ((format, filter) => exportEvents(store, format, filter));
  api.openapi(exportRoute, async (c) => {
    const { format: formatName, ...params } = c.req.valid('query');
    const format = formatName.toLowerCase() as ExportFormat;
    const filter = eventQueryFromParams(params);
    // Validate the filter against the store before the 200 status is sent.
    await badRequestOnTypeError(store.listEvents({ ...filter, limit: 1 }));
    return new Response(pullStream(chunksFor(format, filter)), {
      status: 200,
      headers: {
        'Content-Type': EXPORT_CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="sitrep-events.${EXPORT_EXTENSIONS[format]}"`,
      },
    });
  });
}
