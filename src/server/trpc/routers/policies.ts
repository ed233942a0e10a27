// tRPC: policies (license rules) and their entitlements — the same domain functions as /api/v1/policies.
import { z } from 'zod';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { attachEntitlementsInput } from '@/server/domain/entitlements/entitlements.ts';
import {
  POLICY_TEMPLATE_RULES,
  attachPolicyEntitlements,
  createPolicy,
  createPolicyInput,
  deletePolicy,
  detachPolicyEntitlement,
  getPolicy,
  listPolicies,
  listPoliciesQuery,
  updatePolicy,
  updatePolicyInput,
} from '@/server/domain/policies/policies.ts';
import { domainInput, memberProcedure, router, writerProcedure } from '../init.ts';

export const policiesRouter = router({
  templates: memberProcedure.query(() => POLICY_TEMPLATE_RULES),
  list: memberProcedure
    .input(listPoliciesQuery.extend({ limit: listPoliciesQuery.shape.limit.default(100) }))
    .query(({ ctx, input }) => listPolicies(ctx.domain, input)),
  get: memberProcedure.input(idParam).query(({ ctx, input }) => getPolicy(ctx.domain, input.id)),
  create: writerProcedure
    .input(domainInput(createPolicyInput))
    .mutation(({ ctx, input }) => createPolicy(ctx.domain, input)),
  update: writerProcedure
    .input(z.strictObject({ id: z.uuid(), data: updatePolicyInput }))
    .mutation(({ ctx, input }) => updatePolicy(ctx.domain, input.id, input.data)),
  delete: writerProcedure.input(idParam).mutation(({ ctx, input }) => deletePolicy(ctx.domain, input.id)),
  attachEntitlements: writerProcedure
    .input(z.strictObject({ id: z.uuid(), data: attachEntitlementsInput }))
    .mutation(({ ctx, input }) => attachPolicyEntitlements(ctx.domain, input.id, input.data)),
  detachEntitlement: writerProcedure
    .input(z.strictObject({ id: z.uuid(), entitlementId: z.uuid() }))
    .mutation(({ ctx, input }) => detachPolicyEntitlement(ctx.domain, input.id, input.entitlementId)),
});
