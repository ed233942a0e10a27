// REST: /policies and their entitlements (API.md §4 Policies, DOMAIN.md §2).
import { route } from '@/server/rest/route.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { attachEntitlementsInput } from '@/server/domain/entitlements/entitlements.ts';
import {
  attachPolicyEntitlements,
  createPolicy,
  createPolicyInput,
  deletePolicy,
  detachPolicyEntitlement,
  getPolicy,
  listPolicies,
  listPoliciesQuery,
  policyEntitlementParams,
  policyView,
  updatePolicy,
  updatePolicyInput,
} from '@/server/domain/policies/policies.ts';
import { authed } from './authed.ts';

const tags = ['Policies'];

export const createPolicyRoute = route({
  method: 'POST',
  path: '/policies',
  auth: ['apiKey'],
  scopes: ['policies:write'],
  body: createPolicyInput,
  status: 201,
  openapi: {
    summary: 'Create a policy',
    description:
      'A template (desktop_app, cli_tool, saas, trial) fills defaults; explicit fields win. maxMachines is required unless the template sets it; ' +
      'null (unlimited) needs allowUnlimitedActivations: true in the same request (the saas template is unlimited by definition).',
    tags,
    response: policyView,
    errors: ['NOT_FOUND'], // an unknown productId
  },
  handler: ({ ctx, body }) => createPolicy(authed(ctx), body),
});

export const listPoliciesRoute = route({
  method: 'GET',
  path: '/policies',
  auth: ['apiKey'],
  scopes: ['policies:read'],
  query: listPoliciesQuery,
  list: true,
  openapi: { summary: 'List policies (optionally of one product)', tags, response: policyView },
  handler: ({ ctx, query }) => listPolicies(authed(ctx), query),
});

export const getPolicyRoute = route({
  method: 'GET',
  path: '/policies/{id}',
  auth: ['apiKey'],
  scopes: ['policies:read'],
  params: idParam,
  openapi: { summary: 'Get a policy', tags, response: policyView },
  handler: ({ ctx, params }) => getPolicy(authed(ctx), params.id),
});

export const updatePolicyRoute = route({
  method: 'PATCH',
  path: '/policies/{id}',
  auth: ['apiKey'],
  scopes: ['policies:write'],
  params: idParam,
  body: updatePolicyInput,
  openapi: {
    summary: 'Update a policy',
    description:
      'productId and template are fixed. New rules apply from the next operation; lowering maxMachines deactivates nothing.',
    tags,
    response: policyView,
  },
  handler: ({ ctx, params, body }) => updatePolicy(authed(ctx), params.id, body),
});

export const deletePolicyRoute = route({
  method: 'DELETE',
  path: '/policies/{id}',
  auth: ['apiKey'],
  scopes: ['policies:write'],
  params: idParam,
  status: 204,
  openapi: {
    summary: 'Delete a policy (soft delete; refused while live licenses use it)',
    tags,
    errors: ['CONFLICT'],
  },
  handler: ({ ctx, params }) => deletePolicy(authed(ctx), params.id),
});

export const attachPolicyEntitlementsRoute = route({
  method: 'POST',
  path: '/policies/{id}/entitlements',
  auth: ['apiKey'],
  scopes: ['policies:write'],
  params: idParam,
  body: attachEntitlementsInput,
  openapi: {
    summary: 'Attach entitlements to a policy',
    description:
      'Body: { entitlementIds } or { entitlementCodes }. Idempotent. Unknown entitlements → 404 naming them.',
    tags,
    response: policyView,
  },
  handler: ({ ctx, params, body }) => attachPolicyEntitlements(authed(ctx), params.id, body),
});

export const detachPolicyEntitlementRoute = route({
  method: 'DELETE',
  path: '/policies/{id}/entitlements/{entitlementId}',
  auth: ['apiKey'],
  scopes: ['policies:write'],
  params: policyEntitlementParams,
  openapi: {
    summary: 'Detach an entitlement from a policy',
    description: 'Answers 200 with the updated policy.',
    tags,
    response: policyView,
  },
  handler: ({ ctx, params }) => detachPolicyEntitlement(authed(ctx), params.id, params.entitlementId),
});
