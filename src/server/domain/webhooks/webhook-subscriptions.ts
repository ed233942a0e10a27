// Which account+environments have an enabled webhook endpoint subscribed to an event type, cached briefly
// (CACHE_TTL_MS). Lets validate-key skip validation.* events nobody receives without a lookup per request:
// the hot path only reads the cache; unknown pairs are resolved in one batched query by the flusher.
import type { Environment } from '@/generated/prisma/enums.ts';
import type { Db } from '@/server/db.ts';

const CACHE_TTL_MS = 5000;

interface Entry {
  expiresAt: number;
  /** Event filters of the enabled endpoints (`*`, `validation.*`, `validation.success`, …). */
  filters: Set<string>;
}

const holder = globalThis as unknown as { __licentricWebhookSubs?: Map<string, Entry> };
const cache = (): Map<string, Entry> => (holder.__licentricWebhookSubs ??= new Map<string, Entry>());

const pairKey = (accountId: string, environment: Environment): string => `${accountId}|${environment}`;

function matches(filters: Set<string>, type: string): boolean {
  const dot = type.indexOf('.');
  return filters.has('*') || filters.has(type) || (dot > 0 && filters.has(`${type.slice(0, dot)}.*`));
}

/** true / false from the cache, or undefined when not known (or stale). */
export function cachedSubscription(
  accountId: string,
  environment: Environment,
  type: string,
  nowMs = Date.now(),
): boolean | undefined {
  const entry = cache().get(pairKey(accountId, environment));
  if (!entry || entry.expiresAt <= nowMs) return undefined;
  return matches(entry.filters, type);
}

/** Resolves the given pairs (one query) and answers for each `accountId|environment|type`. */
export async function resolveSubscriptions(
  db: Db,
  wanted: Array<{ accountId: string; environment: Environment; type: string }>,
  nowMs = Date.now(),
): Promise<(accountId: string, environment: Environment, type: string) => boolean> {
  const missing = new Map<string, { accountId: string; environment: Environment }>();
  for (const w of wanted) {
    if (cachedSubscription(w.accountId, w.environment, w.type, nowMs) === undefined) {
      missing.set(pairKey(w.accountId, w.environment), {
        accountId: w.accountId,
        environment: w.environment,
      });
    }
  }
  if (missing.size > 0) {
    const pairs = [...missing.values()];
    const rows = await db.webhookEndpoint.findMany({
      where: {
        enabled: true,
        deletedAt: null,
        OR: pairs.map((p) => ({ accountId: p.accountId, environment: p.environment })),
      },
      select: { accountId: true, environment: true, events: true },
    });
    const found = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = pairKey(row.accountId, row.environment);
      const filters = found.get(key) ?? new Set<string>();
      for (const event of row.events) filters.add(event);
      found.set(key, filters);
    }
    for (const key of missing.keys())
      cache().set(key, { expiresAt: nowMs + CACHE_TTL_MS, filters: found.get(key) ?? new Set() });
  }
  return (accountId, environment, type) => {
    const entry = cache().get(pairKey(accountId, environment));
    return entry ? matches(entry.filters, type) : false;
  };
}

/** Forget cached answers (tests that register an endpoint and expect the next validations to see it). */
export function clearSubscriptionCache(): void {
  cache().clear();
}
