export { revokeLicenseRoute as POST } from '@/server/rest/endpoints/licenses.ts';
