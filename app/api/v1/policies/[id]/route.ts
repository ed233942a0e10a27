export {
  getPolicyRoute as GET,
  updatePolicyRoute as PATCH,
  deletePolicyRoute as DELETE,
} from '@/server/rest/endpoints/policies.ts';
