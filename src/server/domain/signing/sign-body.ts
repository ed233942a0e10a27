// Response signatures for route() definitions: the `signBody` hook that adds `Licentric-Signature` (DOMAIN.md §6)
// to validate-key, activation and heartbeat answers, signed with the key of the license's account+environment.
import { getDb } from '@/server/db.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { signResponseBody, type SigningScope } from './signing-keys.ts';

// License id → its account+environment (immutable), for replayed validate-key answers (fresh ones carry it).
const MAX_CACHED = 10_000;
const licenseScopes = new Map<string, SigningScope>();

async function licenseScope(licenseId: string): Promise<SigningScope | null> {
  const cached = licenseScopes.get(licenseId);
  if (cached) return cached;
  const db = await getDb();
  const row = await db.license.findUnique({
    where: { id: licenseId },
    select: { accountId: true, environment: true },
  });
  if (!row) return null;
  if (licenseScopes.size >= MAX_CACHED) {
    const oldest = licenseScopes.keys().next();
    if (!oldest.done) licenseScopes.delete(oldest.value);
  }
  const s: SigningScope = { accountId: row.accountId, environment: row.environment };
  licenseScopes.set(licenseId, s);
  return s;
}

/** `data.license.id` of a validate-key answer, or null (NOT_FOUND answers carry `license: null`). */
function answeredLicenseId(rawBody: string): string | null {
  try {
    const body = JSON.parse(rawBody) as { data?: { license?: { id?: unknown } | null } };
    const id = body.data?.license?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * The `signBody` of route(): on authenticated routes (activation, heartbeat — API key or License auth) the
 * caller's account+environment signs; on validate-key (no authentication) the account+environment of the
 * license in the answer. An answer that names no license (`NOT_FOUND`) goes out unsigned: no vendor key can
 * speak for a key that belongs to no account, and a deployment-wide key would let one tenant's clients trust
 * answers about another's. Clients treat an unsigned answer like a network failure (see docs/offline-licenses.md).
 */
export async function signBody(
  rawBody: string,
  input: { ctx: { accountId: string; environment: Environment } | null },
  signAs?: SigningScope,
): Promise<Record<string, string>> {
  let s: SigningScope | null = input.ctx
    ? { accountId: input.ctx.accountId, environment: input.ctx.environment }
    : (signAs ?? null);
  if (!s) {
    // only an idempotent replay of validate-key gets here: the answer names the license, look up its account
    const licenseId = answeredLicenseId(rawBody);
    s = licenseId ? await licenseScope(licenseId) : null;
  }
  if (!s) return {};
  return signResponseBody(s.accountId, s.environment, rawBody);
}
