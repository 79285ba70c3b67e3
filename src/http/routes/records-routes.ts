// /api/articles and /api/documents: an article with its text, metadata, span layers and removed blocks; document status.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { DOCUMENT_STATUSES } from '../../article/document.ts';
import { SitrepError } from '../../errors/catalogue.ts';
import type { DocumentSummary, Store } from '../../storage/store.ts';
import { strictParams } from '../../services/query-params.ts';
import { IdParam, NoParams, jsonOk, readErrors } from '../schemas/common-schemas.ts';
import { ArticleSchema, DocumentSchema } from '../schemas/resource-schemas.ts';

const getArticle = createRoute({
  method: 'get', path: '/articles/{id}', tags: ['articles'],
  summary: 'One article: clean text, metadata, span layers, events, claims and removed blocks',
  request: { query: NoParams, params: IdParam('Article id') },
  responses: { ...jsonOk(ArticleSchema, 'The article'), ...readErrors(true) },
});

const listDocuments = createRoute({
  method: 'get', path: '/documents', tags: ['documents'],
  summary: 'Documents as they arrived, with their processing status and error',
  request: {
    query: strictParams({
      status: z.enum(DOCUMENT_STATUSES).optional(),
      limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'At most this many (default 100), oldest first' }),
    }),
  },
  responses: { ...jsonOk(z.object({ items: z.array(DocumentSchema) }).openapi('DocumentList'), 'Documents'), ...readErrors() },
});

const getDocument = createRoute({
  method: 'get', path: '/documents/{id}', tags: ['documents'],
  summary: 'One document',
  request: { query: NoParams, params: IdParam('Document id (SHA-256 of the raw bytes)') },
  responses: { ...jsonOk(DocumentSchema, 'The document'), ...readErrors(true) },
});

function documentToJSON(d: DocumentSummary): z.infer<typeof DocumentSchema> {
  return { id: d.id, origin: d.origin, status: d.status, error: d.error, byte_length: d.byteLength, fetched_at: d.fetchedAt };
}

/** Register the article and document routes on `api`. */
export function registerRecordRoutes(api: OpenAPIHono, store: Store): void {
  api.openapi(getArticle, async (c) => {
    const { id } = c.req.valid('param');
    const article = await store.getArticle(id);
    if (!article) throw new SitrepError('not_found', `no article ${id}`);
    return c.json(article as unknown as z.infer<typeof ArticleSchema>, 200);
  });

  api.openapi(listDocuments, async (c) => {
    const { status, limit } = c.req.valid('query');
    const items = await store.listDocuments({ status, limit: limit ?? 100 });
    return c.json({ items: items.map(documentToJSON) }, 200);
  });

  api.openapi(getDocument, async (c) => {
    const { id } = c.req.valid('param');
    const document = await store.getDocument(id);
    if (!document) throw new SitrepError('not_found', `no document ${id}`);
    return c.json(documentToJSON(document), 200);
  });
}
