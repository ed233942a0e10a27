export { reinstateLicenseRoute as POST } from '@/server/rest/endpoints/licenses.ts';
