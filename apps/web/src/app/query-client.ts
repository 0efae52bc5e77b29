import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

const MAX_RETRIES = 2;

/** A 4xx answer will not change on retry; only network and server failures are worth repeating. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended (expired, or logged out on another device): asking
  // who is logged in again lets the route guards send the person to the login page.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401)
      void queryClient.invalidateQueries({ queryKey: ['session'] });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // The published catalog changes in batches, not by the second.
        staleTime: 5 * 60 * 1000,
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
