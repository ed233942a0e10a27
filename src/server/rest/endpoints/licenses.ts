// REST: /licenses — management, lifecycle and entitlements (API.md §4 Licenses, DOMAIN.md §3). validate-key and
// checkout live in their own modules.
import { route } from '@/server/rest/route.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { attachEntitlementsInput } from '@/server/domain/entitlements/entitlements.ts';
import {
  attachLicenseEntitlements,
  createLicense,
  deleteLicense,
  detachLicenseEntitlement,
  updateLicense,
} from '@/server/domain/licenses/licenses.ts';
import {
  banLicense,
  reinstateLicense,
  renewLicense,
  revokeLicense,
  suspendLicense,
} from '@/server/domain/licenses/license-lifecycle.ts';
import {
  createLicenseInput,
  licenseEntitlementParams,
  licenseView,
  listLicensesQuery,
  renewLicenseInput,
  updateLicenseInput,
} from '@/server/domain/licenses/license-views.ts';
import { getLicense, listLicenses } from '@/server/domain/licenses/license-queries.ts';
import { authed } from './authed.ts';

const tags = ['Licenses'];

export const createLicenseRoute = route({
  method: 'POST',
  path: '/licenses',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  body: createLicenseInput,
  status: 201,
  openapi: {
    summary: 'Create a license',
    description:
      'The key is generated with the product’s keyPrefix unless `key` imports one (unique across the deployment, else 409). ' +
      'expiresAt defaults to now + policy.durationDays; a past expiresAt creates an expired license (revoked under REVOKE). ' +
      'Overrides need an overridable policy (else 422). Unknown entitlementIds → 404.',
    tags,
    response: licenseView,
    errors: ['NOT_FOUND', 'CONFLICT', 'POLICY_PRODUCT_MISMATCH', 'UNPROCESSABLE'],
  },
  handler: ({ ctx, body }) => createLicense(authed(ctx), body),
});

export const listLicensesRoute = route({
  method: 'GET',
  path: '/licenses',
  auth: ['apiKey'],
  scopes: ['licenses:read'],
  query: listLicensesQuery,
  list: true,
  openapi: {
    summary: 'List licenses',
    description:
      'Filters combine: productId, policyId, status (effective), userEmail (the exact address, any letter case), q (name/userEmail/userName contains the text, or the exact key). Text is matched literally: `_` and `%` are plain characters, never wildcards.',
    tags,
    response: licenseView,
  },
  handler: ({ ctx, query }) => listLicenses(authed(ctx), query),
});

export const getLicenseRoute = route({
  method: 'GET',
  path: '/licenses/{id}',
  auth: ['apiKey', 'license'],
  scopes: ['licenses:read'],
  params: idParam,
  openapi: {
    summary: 'Get a license',
    description: 'With License auth, only the license of that key (others → 403).',
    tags,
    response: licenseView,
  },
  handler: ({ ctx, params }) => getLicense(authed(ctx), params.id),
});

export const updateLicenseRoute = route({
  method: 'PATCH',
  path: '/licenses/{id}',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  body: updateLicenseInput,
  openapi: {
    summary: 'Update a license',
    description:
      'Editable: name, policyId (another policy of the same product, else 422 POLICY_PRODUCT_MISMATCH), expiresAt, maxMachinesOverride, ' +
      'maxUsesOverride, userEmail, userName, metadata. A past expiresAt expires an active license now; an expired license is brought back with renew (409).',
    tags,
    response: licenseView,
    errors: ['CONFLICT', 'POLICY_PRODUCT_MISMATCH', 'UNPROCESSABLE'],
  },
  handler: ({ ctx, params, body }) => updateLicense(authed(ctx), params.id, body),
});

export const deleteLicenseRoute = route({
  method: 'DELETE',
  path: '/licenses/{id}',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  status: 204,
  openapi: { summary: 'Delete a license (soft delete; its machines are deactivated)', tags },
  handler: ({ ctx, params }) => deleteLicense(authed(ctx), params.id),
});

const lifecycle = { errors: ['CONFLICT'], tags, response: licenseView };

export const suspendLicenseRoute = route({
  method: 'POST',
  path: '/licenses/{id}/suspend',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  openapi: { summary: 'Suspend a license (active or expired → suspended)', ...lifecycle },
  handler: ({ ctx, params }) => suspendLicense(authed(ctx), params.id),
});

export const reinstateLicenseRoute = route({
  method: 'POST',
  path: '/licenses/{id}/reinstate',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  openapi: {
    summary: 'Reinstate a license (suspended → active, or expired when its expiry has passed)',
    ...lifecycle,
  },
  handler: ({ ctx, params }) => reinstateLicense(authed(ctx), params.id),
});

export const renewLicenseRoute = route({
  method: 'POST',
  path: '/licenses/{id}/renew',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  body: renewLicenseInput,
  openapi: {
    summary: 'Renew a license (active or expired → active)',
    description:
      'expiresAt = the given future date, else max(now, expiresAt) + policy.durationDays; 422 when neither exists or the date is not in the future.',
    ...lifecycle,
    errors: ['CONFLICT', 'UNPROCESSABLE'],
  },
  handler: ({ ctx, params, body }) => renewLicense(authed(ctx), params.id, body),
});

export const revokeLicenseRoute = route({
  method: 'POST',
  path: '/licenses/{id}/revoke',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  openapi: { summary: 'Revoke a license (active, suspended or expired → revoked; terminal)', ...lifecycle },
  handler: ({ ctx, params }) => revokeLicense(authed(ctx), params.id),
});

export const banLicenseRoute = route({
  method: 'POST',
  path: '/licenses/{id}/ban',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  openapi: { summary: 'Ban a license (any status but banned → banned; terminal)', ...lifecycle },
  handler: ({ ctx, params }) => banLicense(authed(ctx), params.id),
});

export const attachLicenseEntitlementsRoute = route({
  method: 'POST',
  path: '/licenses/{id}/entitlements',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: idParam,
  body: attachEntitlementsInput,
  openapi: {
    summary: 'Attach entitlements to a license',
    description:
      'Body: { entitlementIds } or { entitlementCodes }. Idempotent. Unknown entitlements → 404 naming them.',
    tags,
    response: licenseView,
  },
  handler: ({ ctx, params, body }) => attachLicenseEntitlements(authed(ctx), params.id, body),
});

export const detachLicenseEntitlementRoute = route({
  method: 'DELETE',
  path: '/licenses/{id}/entitlements/{entitlementId}',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  params: licenseEntitlementParams,
  openapi: {
    summary: 'Detach an entitlement from a license',
    description: 'Answers 200 with the updated license.',
    tags,
    response: licenseView,
  },
  handler: ({ ctx, params }) => detachLicenseEntitlement(authed(ctx), params.id, params.entitlementId),
});
