import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

/** The certificate catalogue is public and changes with releases, not by the minute. */
export const certificateTypeQueries = {
  all: () =>
    queryOptions({
      queryKey: ['certificates', 'types'],
      queryFn: ({ signal }) => api.listCertificateTypes(signal),
      staleTime: 60 * 60 * 1000,
    }),
};
