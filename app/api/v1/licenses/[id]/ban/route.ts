export { banLicenseRoute as POST } from '@/server/rest/endpoints/licenses.ts';
