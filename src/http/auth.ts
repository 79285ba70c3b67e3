// Bearer-token checks: writes always need the configured token; reads need it only when the server says so.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { SitrepError } from '../errors/catalogue.ts';
import { isLoopbackAddress } from './host-check.ts';

export const READ_AUTH_MODES = ['auto', 'token', 'open'] as const;
export type ReadAuthMode = (typeof READ_AUTH_MODES)[number];

export interface AuthOptions {
  /** The configured token; null or '' refuses every request that needs one. */
  readonly token?: string | null;
  /** Whether GET requests need the token too. */
  readonly readsNeedToken?: boolean;
}

/**
 * Whether reads need the token for a server bound to `address` under `mode` ('auto': only off
 * loopback). `address` is the literal address the server listens on, after resolving --host: a name
 * ("127.probe.test") never counts as loopback by its spelling.
 */
export function readsNeedToken(mode: ReadAuthMode, address: string): boolean {
  if (mode !== 'auto') return mode === 'token';
  return !isLoopbackAddress(address);
}

/**
 * Middleware that throws SitrepError('unauthorized') unless the request carries
 * `Authorization: Bearer <token>`, for writes always and for reads when `readsNeedToken`.
 * Paths ending in one of `publicPaths` (the OpenAPI document) are always open.
 */
export function bearerTokenAuth(options: AuthOptions, publicPaths: readonly string[] = []): MiddlewareHandler {
  const expected = options.token ? digest(options.token) : null;
  return async (c, next) => {
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if ((write || options.readsNeedToken) && !publicPaths.some((p) => c.req.path.endsWith(p))) {
      if (!expected) {
        throw new SitrepError('unauthorized', write
          ? 'writes are disabled: no API token is configured (SITREP_API_TOKEN)'
          : 'reads need a token but none is configured (SITREP_API_TOKEN)');
      }
      const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
      // Compare digests so the comparison time does not depend on where the strings differ.
      if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
        c.header('WWW-Authenticate', 'Bearer');
        throw new SitrepError('unauthorized', match ? 'wrong bearer token' : 'missing bearer token (Authorization: Bearer <token>)');
      }
    }
    await next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
