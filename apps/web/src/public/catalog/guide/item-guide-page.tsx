import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { NotFoundPage } from '../../../app/not-found-page';
import { messages } from '../../../messages';
import { PageLoading } from '../../../shared/page-loading';
import { ProblemAlert } from '../../../shared/problem-alert';
import { catalogQueries } from '../catalog.queries';
import { ItemGuide } from './item-guide';

/** A malformed code (400) is as unknown to a citizen as a missing one (404). */
function isUnknownItem(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

export function ItemGuidePage() {
  const { code = '' } = useParams();
  const detail = useQuery(catalogQueries.item(code));

  if (detail.isPending) return <PageLoading />;
  if (isUnknownItem(detail.error)) {
    return (
      <NotFoundPage
        title={detail.error.problem.title}
        hint={[detail.error.problem.detail, messages.guide.notFoundHint].filter(Boolean).join('。')}
        backTo="/catalog"
        backLabel={messages.guide.backToCatalog}
      />
    );
  }
  if (detail.isError) return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ItemGuide detail={detail.data} />;
}
