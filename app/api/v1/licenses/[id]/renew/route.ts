export { renewLicenseRoute as POST } from '@/server/rest/endpoints/licenses.ts';
