// Schemas shared by every API route: the error shape, evidence, pages, and the error responses each route documents.
import { z } from '@hono/zod-openapi';
import { strictParams } from '../../services/query-params.ts';

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'invalid_request' }),
    message: z.string().openapi({ example: 'since: must be a YYYY-MM-DD date' }),
  }),
}).openapi('Error');

export const EvidenceSchema = z.object({
  start: z.number().int().openapi({ description: 'Character offset into the article text' }),
  end: z.number().int(),
  text: z.string(),
}).openapi('Evidence');

/** A page of `item`s with the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().openapi({ description: 'Pass as `cursor` to get the next page; null on the last page' }),
  }).openapi(name);
}

export const pageShape = {
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'Page size (default 100)' }),
  cursor: z.string().min(1).optional().openapi({ description: 'next_cursor of the previous page' }),
};
/** Paging parameters alone; unknown parameters are refused. */
export const PageParams = strictParams(pageShape);

/** No query parameters: any given is refused, as everywhere. */
export const NoParams = strictParams({});

export const IdParam = (description: string) => z.object({
  id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, description }),
});

const errorContent = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

/** The error responses of a read route; `withNotFound` adds 404 for routes addressing one record. */
export function readErrors(withNotFound = false) {
  return {
    400: errorContent('Invalid parameters'),
    401: errorContent('A bearer token is required (reads are token-protected off loopback)'),
    ...(withNotFound ? { 404: errorContent('No such record') } : {}),
    500: errorContent('Internal error (no details are exposed)'),
  };
}

export const writeErrors = {
  400: errorContent('Invalid body'),
  401: errorContent('Missing or wrong bearer token'),
  413: errorContent('Body over the size limit'),
  500: errorContent('Internal error (no details are exposed)'),
};

/** A JSON 200 response documented with `schema`. */
export function jsonOk<T extends z.ZodType>(schema: T, description: string) {
  return { 200: { content: { 'application/json': { schema } }, description } };
}
