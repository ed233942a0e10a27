export { detachLicenseEntitlementRoute as DELETE } from '@/server/rest/endpoints/licenses.ts';
