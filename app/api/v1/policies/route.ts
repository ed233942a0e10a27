export { createPolicyRoute as POST, listPoliciesRoute as GET } from '@/server/rest/endpoints/policies.ts';
