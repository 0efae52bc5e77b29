import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

/** The holder's certificates: keys start with 'account' so that a session or identity change drops them. */
export const certificateQueries = {
  /** `holder` is 'self' or the USCC acted for: the server answers for whoever the session acts as. */
  wallet: (holder: string) =>
    queryOptions({
      queryKey: ['account', 'certificates', holder],
      queryFn: ({ signal }) => api.listMyCertificates(signal),
      staleTime: 0,
    }),
  detail: (identifier: string) =>
    queryOptions({
      queryKey: ['account', 'certificate', identifier],
      queryFn: ({ signal }) => api.getCertificate(identifier, signal),
      staleTime: 0,
    }),
};
