import { serve } from '@/server/rest/methods.ts';
import { detachPolicyEntitlementRoute } from '@/server/rest/endpoints/policies.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(detachPolicyEntitlementRoute);
