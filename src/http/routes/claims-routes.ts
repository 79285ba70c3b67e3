// /api/claims: attributed statements, paged, and grouped by subject so estimates can be compared.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { claimSubjectToJSON, claimToJSON, subjectConflicts } from '../../services/claims-service.ts';
import type { Store } from '../../storage/store.ts';
import { strictParams } from '../../services/query-params.ts';
import { PageParams, pageShape, jsonOk, readErrors } from '../schemas/common-schemas.ts';
import { ClaimPageSchema, ClaimSubjectPageSchema } from '../schemas/resource-schemas.ts';
import { badRequestOnTypeError } from './store-errors.ts';

const listClaims = createRoute({
  method: 'get', path: '/claims', tags: ['claims'],
  summary: 'Claims, paged; `subject` narrows to one subject and adds `conflicts_with` to each claim',
  request: { query: strictParams({ ...pageShape, subject: z.string().min(1).optional().openapi({ description: 'Exact claim subject' }) }) },
  responses: { ...jsonOk(ClaimPageSchema, 'A page of claims'), ...readErrors() },
});

const listSubjects = createRoute({
  method: 'get', path: '/claims/subjects', tags: ['claims'],
  summary: 'Claims grouped by subject, most claims first',
  request: { query: PageParams },
  responses: { ...jsonOk(ClaimSubjectPageSchema, 'A page of claim subjects'), ...readErrors() },
});

/** Register the claim routes on `api`. */
export function registerClaimRoutes(api: OpenAPIHono, store: Store): void {
  api.openapi(listClaims, async (c) => {
    const { limit, cursor, subject } = c.req.valid('query');
    const page = await badRequestOnTypeError(store.listClaims({ limit, cursor, subject }));
    if (subject === undefined) return c.json({ items: page.items.map(claimToJSON), next_cursor: page.nextCursor }, 200);
    // Within one subject, mark the estimates that cannot both hold at one time (the rule of the claim timelines).
    const conflicts = await subjectConflicts(store, subject);
    const items = page.items.map((claim) => ({ ...claimToJSON(claim), conflicts_with: [...(conflicts.get(claim.id) ?? [])] }));
    return c.json({ items, next_cursor: page.nextCursor }, 200);
  });

  api.openapi(listSubjects, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await badRequestOnTypeError(store.listClaimSubjects({ limit, cursor }));
    return c.json({ items: page.items.map(claimSubjectToJSON), next_cursor: page.nextCursor }, 200);
  });
}
