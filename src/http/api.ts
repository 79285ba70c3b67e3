// The JSON API under /api: every route validated by its zod schema, documented by the same schemas at /api/openapi.json.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Pipeline } from '../pipeline/runner.ts';
import type { DocumentProcessor } from '../services/ingest/document-processor.ts';
import type { IngestOptions } from '../services/ingest-service.ts';
import { describeIssues } from '../services/event-filter.ts';
import type { Store } from '../storage/store.ts';
import { bearerTokenAuth, type AuthOptions } from './auth.ts';
import { errorBody, handleError } from './error-handler.ts';
import { registerClaimRoutes } from './routes/claims-routes.ts';
import { registerEventRoutes } from './routes/events-routes.ts';
import { registerExportRoutes, type ExportSource } from './routes/export-routes.ts';
import { registerIngestRoutes } from './routes/ingest-routes.ts';
import { registerPlaceRoutes } from './routes/places-routes.ts';
import { registerRecordRoutes } from './routes/records-routes.ts';
import { registerStatsRoutes } from './routes/stats-routes.ts';

export interface ApiOptions extends AuthOptions {
  /** Largest request body accepted on writes (default 16 MiB). */
  readonly maxBodyBytes?: number;
  /** Where POST /api/ingest prepares documents (worker threads with a time budget), made on first use. */
  readonly processor?: () => DocumentProcessor;
  /** Or the pipeline it runs in the server's own thread (tests), built on first use. */
  readonly pipeline?: () => Pipeline;
  /** Produces GET /api/export bodies (`sitrep serve` runs them on a worker thread); default: in-process. */
  readonly exportEvents?: ExportSource;
}

export const OPENAPI_PATH = '/openapi.json';

/** The API app (mount it at /api). Writes are refused unless `processor` or `pipeline`, and `token`, are given. */
export function createApi(store: Store, options: ApiOptions = {}): OpenAPIHono {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(errorBody('invalid_request', describeIssues(result.error)), 400);
    },
  });
  api.onError(handleError);
  api.use('*', bearerTokenAuth(options, [OPENAPI_PATH]));
  registerEventRoutes(api, store);
  registerClaimRoutes(api, store);
  registerRecordRoutes(api, store);
  registerStatsRoutes(api, store);
  registerExportRoutes(api, store, options.exportEvents);
  registerPlaceRoutes(api);
  registerIngestRoutes(api, store, ingestOptions(options), options.maxBodyBytes ?? 16 * 1024 * 1024);
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http', scheme: 'bearer', description: 'The API token (SITREP_API_TOKEN). Reads need it only when the server listens off loopback.',
  });
  api.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '1',
      description: 'Sourced, deduplicated, geolocated conflict events and claims. Every error is {"error":{"code","message"}}. '
        + 'Lists are cursor-paged: pass next_cursor back as cursor with the same filters and sort.',
    },
    servers: [{ url: '/api' }],
  });
  return api;
}

function ingestOptions({ processor, pipeline }: ApiOptions): () => IngestOptions {
  if (processor) return () => ({ processor: processor() });
  if (pipeline) return () => ({ pipeline: pipeline() });
  return () => {
    throw new Error('this server was started without an ingest pipeline');
  };
}
