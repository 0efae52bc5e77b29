import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../../messages';
import { ProblemAlert } from '../../../shared/problem-alert';
import { BundleCard } from '../bundles/bundle-card';
import { catalogQueries } from '../catalog.queries';

export function BundleTiles() {
  const bundles = useQuery(catalogQueries.bundles());
  return (
    <section aria-labelledby="home-bundles-heading" data-testid="home-bundles">
      <h2 id="home-bundles-heading" className="section-heading">
        {messages.home.bundlesHeading}
        <Link to="/bundles">{messages.home.bundlesMore}</Link>
      </h2>
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
    </section>
  );
}
