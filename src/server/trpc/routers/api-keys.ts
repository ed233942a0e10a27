// tRPC: API keys of the chosen account — create (raw key returned once), list, revoke.
import { idParam } from '@/server/domain/shared/schemas.ts';
import {
  createApiKey,
  createApiKeyInput,
  listApiKeys,
  revokeApiKey,
} from '@/server/domain/api-keys/api-keys.ts';
import { domainInput, memberProcedure, router, writerProcedure } from '../init.ts';

export const apiKeysRouter = router({
  /** Keys of the current environment. */
  list: memberProcedure.query(({ ctx }) => listApiKeys(ctx.tenancy, { environment: ctx.domain.environment })),
  create: writerProcedure
    .input(domainInput(createApiKeyInput))
    .mutation(({ ctx, input }) => createApiKey(ctx.tenancy, input)),
  revoke: writerProcedure.input(idParam).mutation(({ ctx, input }) => revokeApiKey(ctx.tenancy, input)),
});
