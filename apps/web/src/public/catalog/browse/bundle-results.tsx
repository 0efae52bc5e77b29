import { useQuery } from '@tanstack/react-query';
import { messages } from '../../../messages';
import { BundleCard } from '../bundles/bundle-card';
import { catalogQueries } from '../catalog.queries';

/**
 * The bundles (一件事) a search finds, above the single items: someone who types 开公司 or 卖房
 * means the whole matter, not one of its steps. Nothing is shown while loading or when none match.
 */
export function BundleResults({ q }: { q: string }) {
  const bundles = useQuery(catalogQueries.bundlesFor(q));
  if (!q.trim() || !bundles.data || bundles.data.length === 0) return null;
  return (
    <section className="bundle-results" data-testid="catalog-bundles" aria-labelledby="catalog-bundles-heading">
      <h2 id="catalog-bundles-heading" className="bundle-results-heading">
        {messages.catalog.bundlesFound}
      </h2>
      <ul className="plain-list bundle-results-list">
        {bundles.data.map((bundle) => (
          <li key={bundle.id}>
            <BundleCard bundle={bundle} />
          </li>
        ))}
      </ul>
    </section>
  );
}
