export { attachLicenseEntitlementsRoute as POST } from '@/server/rest/endpoints/licenses.ts';
