'use client';
// tRPC + TanStack Query for client components: the provider, the `useTRPC` hook, and error helpers for forms.
import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import type { AppRouter } from '@/server/trpc/routers/index.ts';
import { makeQueryClient } from './query-client.ts';
import { TRPC_MAX_BATCH } from './batch.ts';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient(): QueryClient {
  if (typeof window === 'undefined') return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: '/api/trpc', transformer: superjson, maxItems: TRPC_MAX_BATCH })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

interface ErrorData {
  code?: string;
  httpStatus?: number;
  appCode?: string | null;
  issues?: Array<{ path: Array<string | number>; message: string }> | null;
}

/** The human message of a tRPC error (or any error). */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError || error instanceof Error) return error.message;
  return 'Something went wrong';
}

/** Field errors keyed by the dotted path (`data.name` → `name` when `prefix` is `data`). */
export function fieldErrors(error: unknown, prefix?: string): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const data = error.data as ErrorData | undefined;
  const out: Record<string, string> = {};
  for (const issue of data?.issues ?? []) {
    let path = issue.path.map(String);
    if (prefix && path[0] === prefix) path = path.slice(1);
    const key = path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
