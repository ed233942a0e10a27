import { serve } from '@/server/rest/methods.ts';
import { checkoutLicenseRoute } from '@/server/rest/endpoints/signing.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(checkoutLicenseRoute);
