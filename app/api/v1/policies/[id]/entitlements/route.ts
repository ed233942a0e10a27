export { attachPolicyEntitlementsRoute as POST } from '@/server/rest/endpoints/policies.ts';
