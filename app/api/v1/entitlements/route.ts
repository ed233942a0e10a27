import { serve } from '@/server/rest/methods.ts';
import { createEntitlementRoute, listEntitlementsRoute } from '@/server/rest/endpoints/entitlements.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  listEntitlementsRoute,
  createEntitlementRoute,
);
