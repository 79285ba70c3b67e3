// /api/events and /api/articles: the records and their sources, as JSON.
import { Hono } from 'hono';
import { SitrepError } from '../../errors/catalogue.ts';
import { eventToJSON } from '../../services/events-service.ts';
import type { Store } from '../../storage/store.ts';

/** Read-only routes over events, articles, documents and store statistics. */
export function eventsRoutes(store: Store): Hono {
  const app = new Hono();

  app.get('/events', async (c) => {
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? 100 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new SitrepError('invalid_request', 'limit must be an integer from 1 to 1000');
    }
    let page;
    try {
      page = await store.listEvents({
        limit,
        cursor: c.req.query('cursor') ?? null,
        eventType: c.req.query('event_type') || undefined,
        q: c.req.query('q') || undefined,
      });
    } catch (error) {
      if (error instanceof TypeError) throw new SitrepError('invalid_request', error.message);
      throw error;
    }
    return c.json({ items: page.items.map(eventToJSON), next_cursor: page.nextCursor });
  });

  app.get('/events/:id', async (c) => {
    const event = await store.getEvent(c.req.param('id'));
    if (!event) throw new SitrepError('not_found', `no event ${c.req.param('id')}`);
    return c.json(eventToJSON(event));
  });

  app.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) throw new SitrepError('not_found', `no article ${c.req.param('id')}`);
    return c.json(article);
  });

  app.get('/documents', async (c) => {
    const status = c.req.query('status');
    if (status && !['processed', 'failed', 'duplicate', 'empty'].includes(status)) {
      throw new SitrepError('invalid_request', 'status must be processed, failed, duplicate or empty');
    }
    return c.json({ items: await store.listDocuments({ status: status as 'failed' | undefined, limit: 1000 }) });
  });

  app.get('/stats', async (c) => c.json(await store.counts()));

  return app;
}
