// Signing keys per account+environment (DOMAIN.md §6): created on first use (race-safe), private keys encrypted
// under the master key and cached once decrypted, rotation, the public list, and response signatures.
import { z } from 'zod';
import { decrypt, encrypt } from '@/lib/crypto.ts';
import {
  generateSigningKeyPair,
  signResponse,
  SIGNATURE_ALGORITHM,
  SIGNATURE_HEADER,
  type SigningKey as PrivateSigningKey,
} from '@/lib/signing.ts';
import { getDb, type Tx } from '@/server/db.ts';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { masterKey } from '@/server/secrets.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import type { SigningKey as SigningKeyRow } from '@/generated/prisma/client.ts';

/** The tenant a signing key belongs to. */
export interface SigningScope {
  accountId: string;
  environment: Environment;
}

export const signingKeyView = z
  .object({
    kid: z.string(),
    algorithm: z.literal('ed25519'),
    publicKey: z.string().describe('Base64 of the raw 32-byte Ed25519 public key'),
    createdAt: z.iso.datetime(),
    active: z.boolean(),
  })
  .meta({ id: 'SigningKey' });
type SigningKeyView = z.infer<typeof signingKeyView>;

/** The public view: never the private key, encrypted or not. */
function toSigningKeyView(
  row: Pick<SigningKeyRow, 'kid' | 'publicKey' | 'createdAt' | 'active'>,
): SigningKeyView {
  return {
    kid: row.kid,
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: row.publicKey,
    createdAt: row.createdAt.toISOString(),
    active: row.active,
  };
}

/** AES-GCM associated data: a ciphertext only decrypts as the key of this kid in this account+environment. */
function privateKeyAad(s: SigningScope, kid: string): string {
  return `licentric-signing-key:v1:${s.accountId}:${s.environment}:${kid}`;
}

// Two caches keep the hot path (a signature on every validate-key answer) free of queries and AES work:
// decrypted private keys by kid (a kid's key never changes), and the active kid per account+environment for a
// short time (another instance may rotate; its previous key stays listed and verifying, so a few seconds of
// signing with it are harmless). A rotation on this instance takes effect here at once.
const ACTIVE_TTL_MS = 30_000;
const MAX_CACHED = 5_000;
const privateKeys = new Map<string, PrivateSigningKey>();
const activeKids = new Map<string, { kid: string; until: number }>();

const scopeKey = (s: SigningScope): string => `${s.accountId}:${s.environment}`;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= MAX_CACHED) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}

/** Forgets every cached key (tests; an operator re-keying the master key). */
export function clearSigningKeyCache(): void {
  privateKeys.clear();
  activeKids.clear();
}

/** Serialises key creation and rotation per account+environment, on one instance or many (released at commit). */
async function lockSigningScope(tx: Tx, s: SigningScope): Promise<void> {
  const lockName = `licentric:signing-key:${scopeKey(s)}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockName}, 0))`;
}

async function insertKeyPair(
  tx: Tx,
  s: SigningScope,
): Promise<{ row: SigningKeyRow; key: PrivateSigningKey }> {
  const pair = generateSigningKeyPair();
  const row = await tx.signingKey.create({
    data: {
      accountId: s.accountId,
      environment: s.environment,
      kid: pair.kid,
      publicKey: pair.publicKey,
      privateKeyEncrypted: encrypt(pair.privateKeyPkcs8, masterKey(), privateKeyAad(s, pair.kid)),
      active: true,
    },
  });
  return { row, key: { kid: pair.kid, privateKeyPkcs8: pair.privateKeyPkcs8 } };
}

/** The shared client or a context's handle: what can open a transaction. */
type Client = DomainContext['db'];

const activeWhere = (s: SigningScope) => ({
  accountId: s.accountId,
  environment: s.environment,
  active: true,
});

/** The active key row of the account+environment, creating the first one when there is none. */
async function ensureActiveKeyRow(db: Client, s: SigningScope): Promise<SigningKeyRow> {
  const existing = await db.signingKey.findFirst({ where: activeWhere(s), orderBy: { createdAt: 'desc' } });
  if (existing) return existing;
  return db.$transaction(async (tx) => {
    await lockSigningScope(tx, s);
    // Re-read under the lock: a concurrent first use may have created it meanwhile.
    const created = await tx.signingKey.findFirst({ where: activeWhere(s), orderBy: { createdAt: 'desc' } });
    if (created) return created;
    const { row, key } = await insertKeyPair(tx, s);
    remember(privateKeys, row.kid, key);
    return row;
  });
}

function decryptRow(row: SigningKeyRow): PrivateSigningKey {
  const cached = privateKeys.get(row.kid);
  if (cached) return cached;
  const key: PrivateSigningKey = {
    kid: row.kid,
    privateKeyPkcs8: decrypt(row.privateKeyEncrypted, masterKey(), privateKeyAad(row, row.kid)),
  };
  remember(privateKeys, row.kid, key);
  return key;
}

/**
 * The private key to sign with for an account+environment (created on first use). Served from memory after the
 * first call; `db` defaults to the shared client.
 */
export async function activeSigningKey(s: SigningScope, db?: Client): Promise<PrivateSigningKey> {
  const cachedKid = activeKids.get(scopeKey(s));
  if (cachedKid && cachedKid.until > Date.now()) {
    const key = privateKeys.get(cachedKid.kid);
    if (key) return key;
  }
  const row = await ensureActiveKeyRow(db ?? (await getDb()), s);
  const key = decryptRow(row);
  remember(activeKids, scopeKey(s), { kid: row.kid, until: Date.now() + ACTIVE_TTL_MS });
  return key;
}

/** Every key of the environment, newest first; creates the first key so vendors can embed it before any use. */
export async function listSigningKeys(ctx: DomainContext): Promise<SigningKeyView[]> {
  await ensureActiveKeyRow(ctx.db, scope(ctx));
  const rows = await ctx.db.signingKey.findMany({
    where: scope(ctx),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { kid: true, publicKey: true, createdAt: true, active: true },
  });
  return rows.map(toSigningKeyView);
}

/**
 * Makes a new key the active one; earlier keys become inactive but stay listed, so license files and answers
 * they signed keep verifying. Writes `signing_key.rotated` (public view of the new key and the retired kids).
 */
export async function rotateSigningKey(ctx: DomainContext): Promise<SigningKeyView> {
  const s = scope(ctx);
  const { view, key } = await inTransaction(ctx, async (tx, ctx) => {
    await lockSigningScope(tx, s);
    const retired = await tx.signingKey.findMany({ where: activeWhere(s), select: { kid: true } });
    await tx.signingKey.updateMany({ where: activeWhere(s), data: { active: false, rotatedAt: new Date() } });
    const { row, key } = await insertKeyPair(tx, s);
    const view = toSigningKeyView(row);
    await writeEvent(tx, ctx, {
      type: 'signing_key.rotated',
      resourceType: 'signing_key',
      resourceId: row.id,
      data: { ...view, retiredKids: retired.map((r) => r.kid) },
    });
    return { view, key };
  });
  remember(privateKeys, key.kid, key);
  remember(activeKids, scopeKey(s), { kid: key.kid, until: Date.now() + ACTIVE_TTL_MS });
  return view;
}

/** The `Licentric-Signature` header for a response body of this account+environment, over the exact bytes. */
export async function signResponseBody(
  accountId: string,
  environment: Environment,
  rawBody: string,
): Promise<Record<string, string>> {
  const key = await activeSigningKey({ accountId, environment });
  return { [SIGNATURE_HEADER]: signResponse(rawBody, key) };
}
