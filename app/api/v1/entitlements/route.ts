export {
  createEntitlementRoute as POST,
  listEntitlementsRoute as GET,
} from '@/server/rest/endpoints/entitlements.ts';
