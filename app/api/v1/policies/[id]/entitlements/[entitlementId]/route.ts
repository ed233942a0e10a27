export { detachPolicyEntitlementRoute as DELETE } from '@/server/rest/endpoints/policies.ts';
