// tRPC: the environment's Ed25519 signing keys (public halves) and rotation.
import { listSigningKeys, rotateSigningKey } from '@/server/domain/signing/signing-keys.ts';
import { adminProcedure, memberProcedure, router } from '../init.ts';

export const signingKeysRouter = router({
  list: memberProcedure.query(({ ctx }) => listSigningKeys(ctx.domain)),
  rotate: adminProcedure.mutation(({ ctx }) => rotateSigningKey(ctx.domain)),
});
