import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A certificate as staff of its issuing region see it; every action changes it, so it is never fresh for long. */
export const managedCertificateQueries = {
  all: () => ['workbench', 'certificate'] as const,
  detail: (identifier: string) =>
    queryOptions({
      queryKey: [...managedCertificateQueries.all(), identifier],
      queryFn: ({ signal }) => api.getCertificate(identifier, signal),
      staleTime: 0,
      retry: false,
    }),
};
