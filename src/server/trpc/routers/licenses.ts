// tRPC: licenses — list (keyset pages, filters, search), detail, create/update/delete, status actions and
// entitlements, through the same domain functions as /api/v1/licenses.
import { z } from 'zod';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { attachEntitlementsInput } from '@/server/domain/entitlements/entitlements.ts';
import {
  attachLicenseEntitlements,
  createLicense,
  deleteLicense,
  detachLicenseEntitlement,
  updateLicense,
} from '@/server/domain/licenses/licenses.ts';
import {
  banLicense,
  reinstateLicense,
  renewLicense,
  revokeLicense,
  suspendLicense,
} from '@/server/domain/licenses/license-lifecycle.ts';
import {
  createLicenseInput,
  listLicensesQuery,
  renewLicenseInput,
  updateLicenseInput,
} from '@/server/domain/licenses/license-views.ts';
import { getLicense, listLicenses } from '@/server/domain/licenses/license-queries.ts';
import { domainInput, memberProcedure, router, writerProcedure } from '../init.ts';

const withData = <T extends z.ZodType>(data: T) => z.strictObject({ id: z.uuid(), data });

export const licensesRouter = router({
  list: memberProcedure.input(listLicensesQuery).query(({ ctx, input }) => listLicenses(ctx.domain, input)),
  get: memberProcedure.input(idParam).query(({ ctx, input }) => getLicense(ctx.domain, input.id)),
  create: writerProcedure
    .input(domainInput(createLicenseInput))
    .mutation(({ ctx, input }) => createLicense(ctx.domain, input)),
  update: writerProcedure
    .input(withData(domainInput(updateLicenseInput)))
    .mutation(({ ctx, input }) => updateLicense(ctx.domain, input.id, input.data)),
  delete: writerProcedure.input(idParam).mutation(({ ctx, input }) => deleteLicense(ctx.domain, input.id)),
  suspend: writerProcedure.input(idParam).mutation(({ ctx, input }) => suspendLicense(ctx.domain, input.id)),
  reinstate: writerProcedure
    .input(idParam)
    .mutation(({ ctx, input }) => reinstateLicense(ctx.domain, input.id)),
  renew: writerProcedure
    .input(withData(domainInput(renewLicenseInput)))
    .mutation(({ ctx, input }) => renewLicense(ctx.domain, input.id, input.data)),
  revoke: writerProcedure.input(idParam).mutation(({ ctx, input }) => revokeLicense(ctx.domain, input.id)),
  ban: writerProcedure.input(idParam).mutation(({ ctx, input }) => banLicense(ctx.domain, input.id)),
  attachEntitlements: writerProcedure
    .input(withData(attachEntitlementsInput))
    .mutation(({ ctx, input }) => attachLicenseEntitlements(ctx.domain, input.id, input.data)),
  detachEntitlement: writerProcedure
    .input(z.strictObject({ id: z.uuid(), entitlementId: z.uuid() }))
    .mutation(({ ctx, input }) => detachLicenseEntitlement(ctx.domain, input.id, input.entitlementId)),
});
