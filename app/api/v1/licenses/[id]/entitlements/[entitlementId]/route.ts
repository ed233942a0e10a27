import { serve } from '@/server/rest/methods.ts';
import { detachLicenseEntitlementRoute } from '@/server/rest/endpoints/licenses.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(detachLicenseEntitlementRoute);
