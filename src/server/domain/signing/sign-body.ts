// Response signatures for route() definitions: the `signBody` hook that adds `Licentric-Signature` (DOMAIN.md §6)
// to validate-key, activation and heartbeat answers, signed with the key of the license's account+environment.
import type { Environment } from '@/generated/prisma/enums.ts';
import { signResponseBody, type SigningScope } from './signing-keys.ts';

/**
 * The `signBody` of route(): on authenticated routes (activation, heartbeat — API key or License auth) the
 * caller's account+environment signs; on validate-key (no authentication) the account+environment of the
 * license in the answer (`signAs`). An answer that names no license (`NOT_FOUND`) goes out unsigned: no vendor key can
 * speak for a key that belongs to no account, and a deployment-wide key would let one tenant's clients trust
 * answers about another's. Clients treat an unsigned answer like a network failure (see docs/offline-licenses.md).
 */
export async function signBody(
  rawBody: string,
  input: { ctx: { accountId: string; environment: Environment } | null },
  signAs?: SigningScope,
): Promise<Record<string, string>> {
  // every answer is signed when it is made: an idempotent replay repeats the stored signature (route.ts)
  const s: SigningScope | null = input.ctx
    ? { accountId: input.ctx.accountId, environment: input.ctx.environment }
    : (signAs ?? null);
  if (!s) return {};
  return signResponseBody(s.accountId, s.environment, rawBody);
}
