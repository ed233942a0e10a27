// The dashboard's TanStack Query client: short staleness, no retries on client errors (4xx).
import { QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => {
          const status =
            error instanceof TRPCClientError
              ? (error.data as { httpStatus?: number } | undefined)?.httpStatus
              : undefined;
          return status !== undefined && status < 500 ? false : failures < 2;
        },
      },
    },
  });
}
