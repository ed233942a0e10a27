// API-key authentication: `Authorization: Bearer lk_live_…|lk_test_…` → the key's account, environment
// and scopes. Keys are looked up by SHA-256; lastUsedAt is written at most once a minute, off the hot path.
import { sha256Hex } from '@/lib/crypto.ts';
import type { Db } from '@/server/db.ts';
import type { Environment } from '@/generated/prisma/enums.ts';

const API_KEY_PATTERN = /^lk_(live|test)_[0-9A-Za-z]{32,}$/;

export interface ApiKeyPrincipal {
  id: string;
  accountId: string;
  environment: Environment;
  scopes: string[];
}

const LAST_USED_RESOLUTION_MS = 60_000;

/** Null for a malformed, unknown, revoked or expired key. */
export async function authenticateApiKey(
  db: Db,
  rawKey: string,
  now = new Date(),
): Promise<ApiKeyPrincipal | null> {
  if (!API_KEY_PATTERN.test(rawKey)) return null;
  const key = await db.apiKey.findUnique({ where: { keyHash: sha256Hex(rawKey) } });
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    void db.apiKey
      .updateMany({
        where: {
          id: key.id,
          OR: [
            { lastUsedAt: null },
            { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } },
          ],
        },
        data: { lastUsedAt: now },
      })
      .catch((error: unknown) => console.error('[licentric] lastUsedAt update failed', error));
  }
  return { id: key.id, accountId: key.accountId, environment: key.environment, scopes: key.scopes };
}
