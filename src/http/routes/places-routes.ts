// GET /api/places: place names inside a map box, from the offline gazetteer, for the map's labels.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { placeLabels } from '../../services/place-labels-service.ts';
import { strictParams } from '../../services/query-params.ts';
import { loadGazetteer } from '../../stages/places/gazetteer.ts';
import { jsonOk, readErrors } from '../schemas/common-schemas.ts';

const BBOX = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,-?\d+(\.\d+)?,-?\d+(\.\d+)?$/;

const PlaceLabelSchema = z.object({
  name: z.string(),
  kind: z.enum(['country', 'place']),
  lat: z.number(),
  lon: z.number(),
  population: z.number().int(),
  country_code: z.string(),
}).openapi('PlaceLabel');

const listPlaces = createRoute({
  method: 'get', path: '/places', tags: ['map'],
  summary: 'Place names inside a box, largest first: country names when zoomed out, towns as the zoom grows',
  request: {
    query: strictParams({
      bbox: z.string().regex(BBOX, 'must be "west,south,east,north" in degrees')
        .refine((v) => { const [w, s, e, n] = v.split(',').map(Number); return s! >= -90 && n! <= 90 && s! <= n! && w! >= -180 && e! <= 180; }, 'needs -180 ≤ west, east ≤ 180 and -90 ≤ south ≤ north ≤ 90')
        .openapi({ description: 'The visible box: west,south,east,north (west > east crosses the antimeridian)', example: '43,35,45,36' }),
      zoom: z.coerce.number().int().min(0).max(22).openapi({ description: 'Map zoom level (0 the world)', example: 8 }),
      limit: z.coerce.number().int().min(1).max(200).optional().openapi({ description: 'At most this many (default 60)' }),
    }),
  },
  responses: { ...jsonOk(z.object({ items: z.array(PlaceLabelSchema) }).openapi('PlaceLabelList'), 'Place labels'), ...readErrors() },
});

/** Register GET /places on `api`; the gazetteer is loaded on the first request. */
export function registerPlaceRoutes(api: OpenAPIHono): void {
  api.openapi(listPlaces, (c) => {
    const { bbox, zoom, limit } = c.req.valid('query');
    const [west, south, east, north] = bbox.split(',').map(Number) as [number, number, number, number];
    const items = placeLabels(loadGazetteer(), { west, south, east, north, zoom }, limit).map((p) => ({
      name: p.name, kind: p.kind, lat: p.lat, lon: p.lon, population: p.population, country_code: p.countryCode,
    }));
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({ items }, 200);
  });
}
