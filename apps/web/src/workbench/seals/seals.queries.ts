import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Seals as administrators manage them: a workbench key, dropped when the session changes. */
export const sealQueries = {
  all: () =>
    queryOptions({ queryKey: ['workbench', 'seals'], queryFn: ({ signal }) => api.listSeals(signal), staleTime: 0 }),
};
