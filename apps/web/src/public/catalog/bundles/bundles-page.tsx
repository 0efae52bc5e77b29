import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import { messages } from '../../../messages';
import { PageTitle } from '../../../shared/page-title';
import { ProblemAlert } from '../../../shared/problem-alert';
import { catalogQueries } from '../catalog.queries';
import { BundleCard } from './bundle-card';

export function BundlesPage() {
  const bundles = useQuery(catalogQueries.bundles());
  return (
    <div className="page" data-testid="bundles-page">
      <PageTitle>{messages.bundles.heading}</PageTitle>
      <h1>{messages.bundles.heading}</h1>
      <p className="page-intro">{messages.bundles.intro}</p>
      {bundles.isPending && <Skeleton active />}
      {bundles.isError && <ProblemAlert error={bundles.error} onRetry={() => void bundles.refetch()} />}
      {bundles.isSuccess && bundles.data.length === 0 && <Empty description={messages.home.bundlesEmpty} />}
      {bundles.isSuccess && bundles.data.length > 0 && (
        <ul className="plain-list tile-grid">
          {bundles.data.map((bundle) => (
            <li key={bundle.id}>
              <BundleCard bundle={bundle} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
