import { serve } from '@/server/rest/methods.ts';
import { attachPolicyEntitlementsRoute } from '@/server/rest/endpoints/policies.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(attachPolicyEntitlementsRoute);
