export {
  getLicenseRoute as GET,
  updateLicenseRoute as PATCH,
  deleteLicenseRoute as DELETE,
} from '@/server/rest/endpoints/licenses.ts';
