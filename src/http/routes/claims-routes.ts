// /api/claims: stored claims with their evidence, page by page, as JSON.
import { Hono } from 'hono';
import { SitrepError } from '../../errors/catalogue.ts';
import { claimToJSON } from '../../services/claims-service.ts';
import type { Store } from '../../storage/store.ts';

/** Read-only route over claims: `limit` (1-1000, default 100) and an opaque `cursor`. */
export function claimsRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/claims', async (c) => {
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? 100 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new SitrepError('invalid_request', 'limit must be an integer from 1 to 1000');
    }
    let page;
    try {
      page = await store.listClaims({ limit, cursor: c.req.query('cursor') ?? null });
    } catch (error) {
      if (error instanceof TypeError) throw new SitrepError('invalid_request', error.message);
      throw error;
    }
    return c.json({ items: page.items.map(claimToJSON), next_cursor: page.nextCursor });
  });
  return app;
}
