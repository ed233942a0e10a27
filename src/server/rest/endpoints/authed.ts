// Narrows the handler context on routes that always authenticate.
import type { DomainContext } from '@/server/context.ts';

export function authed(ctx: DomainContext | null): DomainContext {
  if (!ctx) throw new Error('route misconfigured: an authenticated handler ran without a context');
  return ctx;
}
