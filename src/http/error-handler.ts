// One error shape for every API error: { "error": { "code", "message" } }.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { SitrepError } from '../errors/catalogue.ts';

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Map any thrown value to the error shape; unexpected errors become 500 without a stack trace. */
export function handleError(error: unknown, c: Context): Response {
  if (error instanceof SitrepError) {
    return c.json(errorBody(error.code, error.message), error.status as 400);
  }
  if (error instanceof HTTPException) {
    return c.json(errorBody(error.status === 404 ? 'not_found' : 'invalid_request', error.message || 'request failed'), error.status);
  }
  return c.json(errorBody('internal', 'internal error'), 500);
}
