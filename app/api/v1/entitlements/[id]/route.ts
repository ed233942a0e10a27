export {
  getEntitlementRoute as GET,
  updateEntitlementRoute as PATCH,
  deleteEntitlementRoute as DELETE,
} from '@/server/rest/endpoints/entitlements.ts';
