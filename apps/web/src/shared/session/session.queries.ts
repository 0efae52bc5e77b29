import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Query-key roots that hold one person's data; a session change drops them all. */
export const PERSONAL_QUERY_ROOTS = ['session', 'account', 'workbench'] as const;

export const sessionQueries = {
  me: () =>
    queryOptions({
      queryKey: ['session', 'me'],
      queryFn: ({ signal }) => api.getMe(signal),
      // Short: another tab may log out or switch identity.
      staleTime: 30_000,
      refetchOnWindowFocus: true,
    }),
};

/**
 * After login, logout or a switch of identity: forget what was read as the previous identity (so
 * it is never shown to the next one) and fetch again what is on screen.
 */
export async function resetPersonalData(queryClient: QueryClient): Promise<void> {
  await queryClient.resetQueries({
    predicate: (query) => (PERSONAL_QUERY_ROOTS as readonly unknown[]).includes(query.queryKey[0]),
  });
}
