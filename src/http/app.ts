// The HTTP app: JSON API under /api, the web page at /, security headers, one error shape.
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import type { Store } from '../storage/store.ts';
import { errorBody, handleError } from './error-handler.ts';
import { createApi, type ApiOptions } from './api.ts';
import { hostHeaderCheck } from './host-check.ts';

/** The built UI (`npm run build:web`, run by `npm ci` through the prepare script). */
const WEB_DIR = new URL('../../dist-web/', import.meta.url);
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
};
/** Only these names are ever read from disk, so no request path can reach outside the build folder. */
const ASSET_NAME = /^\/assets\/[\w.-]+\.(js|css|png|svg)$/;

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface AppOptions extends ApiOptions {
  /** Host names the server answers to (see acceptedHostNames); absent or null: any. */
  readonly acceptedHosts?: ReadonlySet<string> | null;
}

/**
 * Build the app over a store. Tests call `app.request()`; `sitrep serve` binds it to a port.
 * `options` configure auth, the body limit and the ingest pipeline (without them: reads open, writes refused).
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });
  app.use('*', hostHeaderCheck(options.acceptedHosts ?? null));
  app.route('/api', createApi(store, options));
  app.get('*', async (c) => {
    const path = c.req.path === '/' || c.req.path === '/index.html' ? '/index.html' : c.req.path;
    if (path !== '/index.html' && !ASSET_NAME.test(path)) return c.json(errorBody('not_found', `no route ${c.req.path}`), 404);
    let body: Buffer;
    try {
      body = await readFile(new URL(`.${path}`, WEB_DIR));
    } catch {
      if (path === '/index.html') return c.json(errorBody('store_unavailable', 'the web UI is not built: run npm run build:web'), 503);
      return c.json(errorBody('not_found', `no file ${c.req.path}`), 404);
    }
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(new Uint8Array(body), 200, { 'Content-Type': CONTENT_TYPES[path.split('.').pop()!]!, 'Cache-Control': cache });
  });
  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError(handleError);
  return app;
}
