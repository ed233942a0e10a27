export { createLicenseRoute as POST, listLicensesRoute as GET } from '@/server/rest/endpoints/licenses.ts';
