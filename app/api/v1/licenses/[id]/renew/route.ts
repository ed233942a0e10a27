import { serve } from '@/server/rest/methods.ts';
import { renewLicenseRoute } from '@/server/rest/endpoints/licenses.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(renewLicenseRoute);
