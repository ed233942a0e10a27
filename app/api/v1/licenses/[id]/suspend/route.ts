export { suspendLicenseRoute as POST } from '@/server/rest/endpoints/licenses.ts';
