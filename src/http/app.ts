// The HTTP app: JSON API under /api, the web page at /, security headers, one error shape.
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import type { Store } from '../storage/store.ts';
import { errorBody, handleError } from './error-handler.ts';
import { createApi, type ApiOptions } from './api.ts';

const STATIC_DIR = new URL('../web/static/', import.meta.url);
const STATIC_FILES: Record<string, string> = {
  '/': 'index.html',
  '/app.js': 'app.js',
  '/style.css': 'style.css',
};
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Build the app over a store. Tests call `app.request()`; `sitrep serve` binds it to a port.
 * `options` configure auth, the body limit and the ingest pipeline (without them: reads open, writes refused).
 */
export function createApp(store: Store, options: ApiOptions = {}): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });
  app.route('/api', createApi(store, options));
  app.get('*', async (c) => {
    const file = STATIC_FILES[c.req.path];
    if (!file) return c.json(errorBody('not_found', `no route ${c.req.path}`), 404);
    const body = await readFile(new URL(file, STATIC_DIR));
    return c.body(body, 200, { 'Content-Type': CONTENT_TYPES[file.split('.').pop()!]! });
  });
  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError(handleError);
  return app;
}
