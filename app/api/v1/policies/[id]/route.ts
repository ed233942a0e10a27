import { serve } from '@/server/rest/methods.ts';
import { deletePolicyRoute, getPolicyRoute, updatePolicyRoute } from '@/server/rest/endpoints/policies.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  getPolicyRoute,
  updatePolicyRoute,
  deletePolicyRoute,
);
