import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApplicantRef, ApplicationTarget } from '@yici/contracts';
import { api } from '../../../api/client';

export type PrepareOptions = {
  target: ApplicationTarget;
  applicant?: ApplicantRef;
  /** The situation answers so far; the materials list follows them. */
  answers: Record<string, string>;
  /** 'account' for the applicant, 'workbench' for a clerk: a session change drops either. */
  queryRoot: 'account' | 'workbench';
};

/** The combined form, prefilled values and materials; the previous answer stays on screen while asking again. */
export function usePreparedApplication({ target, applicant, answers, queryRoot }: PrepareOptions) {
  return useQuery({
    queryKey: [queryRoot, 'prepare', target, applicant ?? null, answers],
    queryFn: () => api.prepareApplication({ target, ...(applicant ? { applicant } : {}), form: answers }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
