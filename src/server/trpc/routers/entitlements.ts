// tRPC: entitlements — the same domain functions as /api/v1/entitlements.
import { z } from 'zod';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { paginationQuery } from '@/server/shared/pagination.ts';
import {
  createEntitlement,
  createEntitlementInput,
  deleteEntitlement,
  getEntitlement,
  listEntitlements,
  updateEntitlement,
  updateEntitlementInput,
} from '@/server/domain/entitlements/entitlements.ts';
import { domainInput, memberProcedure, router, writerProcedure } from '../init.ts';

export const entitlementsRouter = router({
  list: memberProcedure
    .input(z.strictObject({ ...paginationQuery, limit: paginationQuery.limit.default(100) }))
    .query(({ ctx, input }) => listEntitlements(ctx.domain, input)),
  get: memberProcedure.input(idParam).query(({ ctx, input }) => getEntitlement(ctx.domain, input.id)),
  create: writerProcedure
    .input(domainInput(createEntitlementInput))
    .mutation(({ ctx, input }) => createEntitlement(ctx.domain, input)),
  update: writerProcedure
    .input(z.strictObject({ id: z.uuid(), data: updateEntitlementInput }))
    .mutation(({ ctx, input }) => updateEntitlement(ctx.domain, input.id, input.data)),
  delete: writerProcedure
    .input(idParam)
    .mutation(({ ctx, input }) => deleteEntitlement(ctx.domain, input.id)),
});
