import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { NotFoundPage } from '../../../app/not-found-page';
import { messages } from '../../../messages';
import { PageLoading } from '../../../shared/page-loading';
import { ProblemAlert } from '../../../shared/problem-alert';
import { catalogQueries } from '../catalog.queries';
import { BundleGuide } from './bundle-guide';

export function BundleGuidePage() {
  const { id = '' } = useParams();
  const bundle = useQuery(catalogQueries.bundle(id));

  if (bundle.isPending) return <PageLoading />;
  if (bundle.error instanceof ApiError && (bundle.error.status === 404 || bundle.error.status === 400)) {
    return (
      <NotFoundPage
        title={bundle.error.problem.title}
        hint={messages.bundles.notFoundHint}
        backTo="/bundles"
        backLabel={messages.bundles.backToList}
      />
    );
  }
  if (bundle.isError) return <ProblemAlert error={bundle.error} onRetry={() => void bundle.refetch()} />;
  return <BundleGuide bundle={bundle.data} />;
}
