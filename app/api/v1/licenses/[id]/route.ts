import { serve } from '@/server/rest/methods.ts';
import { deleteLicenseRoute, getLicenseRoute, updateLicenseRoute } from '@/server/rest/endpoints/licenses.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  getLicenseRoute,
  updateLicenseRoute,
  deleteLicenseRoute,
);
