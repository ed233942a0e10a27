// REST: /entitlements (API.md §4 Entitlements).
import { route } from '@/server/rest/route.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import {
  createEntitlement,
  createEntitlementInput,
  deleteEntitlement,
  entitlementView,
  getEntitlement,
  listEntitlements,
  listEntitlementsQuery,
  updateEntitlement,
  updateEntitlementInput,
} from '@/server/domain/entitlements/entitlements.ts';
import { authed } from './authed.ts';

const tags = ['Entitlements'];

export const createEntitlementRoute = route({
  method: 'POST',
  path: '/entitlements',
  auth: ['apiKey'],
  scopes: ['entitlements:write'],
  body: createEntitlementInput,
  status: 201,
  openapi: {
    summary: 'Create an entitlement',
    description: 'Codes are unique per account and environment and stay reserved after a delete.',
    tags,
    response: entitlementView,
    errors: ['CONFLICT'],
  },
  handler: ({ ctx, body }) => createEntitlement(authed(ctx), body),
});

export const listEntitlementsRoute = route({
  method: 'GET',
  path: '/entitlements',
  auth: ['apiKey'],
  scopes: ['entitlements:read'],
  query: listEntitlementsQuery,
  list: true,
  openapi: { summary: 'List entitlements', tags, response: entitlementView },
  handler: ({ ctx, query }) => listEntitlements(authed(ctx), query),
});

export const getEntitlementRoute = route({
  method: 'GET',
  path: '/entitlements/{id}',
  auth: ['apiKey'],
  scopes: ['entitlements:read'],
  params: idParam,
  openapi: { summary: 'Get an entitlement', tags, response: entitlementView },
  handler: ({ ctx, params }) => getEntitlement(authed(ctx), params.id),
});

export const updateEntitlementRoute = route({
  method: 'PATCH',
  path: '/entitlements/{id}',
  auth: ['apiKey'],
  scopes: ['entitlements:write'],
  params: idParam,
  body: updateEntitlementInput,
  openapi: { summary: 'Update an entitlement', tags, response: entitlementView, errors: ['CONFLICT'] },
  handler: ({ ctx, params, body }) => updateEntitlement(authed(ctx), params.id, body),
});

export const deleteEntitlementRoute = route({
  method: 'DELETE',
  path: '/entitlements/{id}',
  auth: ['apiKey'],
  scopes: ['entitlements:write'],
  params: idParam,
  status: 204,
  openapi: {
    summary: 'Delete an entitlement (soft delete; it leaves every policy and license at once)',
    tags,
  },
  handler: ({ ctx, params }) => deleteEntitlement(authed(ctx), params.id),
});
