import { serve } from '@/server/rest/methods.ts';
import {
  deleteEntitlementRoute,
  getEntitlementRoute,
  updateEntitlementRoute,
} from '@/server/rest/endpoints/entitlements.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  getEntitlementRoute,
  updateEntitlementRoute,
  deleteEntitlementRoute,
);
