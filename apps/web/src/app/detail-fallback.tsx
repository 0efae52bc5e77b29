import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { ApiError } from '../api/client';
import { PageLoading } from '../shared/page-loading';
import { ProblemView } from '../shared/problem-view';
import { NotFoundPage } from './not-found-page';

type WayBack = { hint: string; backTo: string; backLabel: string; title?: string };

/**
 * What a detail page shows until its record is in hand: loading; not found (out of scope answers
 * the same) with the way back, under the problem's title unless one is given; any other problem
 * with a retry. Null once the record is there.
 */
export function detailFallback(query: UseQueryResult<unknown>, wayBack: WayBack): ReactElement | null {
  if (query.isPending) return <PageLoading />;
  if (query.error instanceof ApiError && query.error.isNotFound)
    return (
      <NotFoundPage
        title={wayBack.title ?? query.error.problem.title}
        hint={wayBack.hint}
        backTo={wayBack.backTo}
        backLabel={wayBack.backLabel}
      />
    );
  if (query.isError) return <ProblemView error={query.error} onRetry={() => void query.refetch()} />;
  return null;
}
