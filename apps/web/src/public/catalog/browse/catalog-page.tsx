import { useSearchParams } from 'react-router';
import { messages } from '../../../messages';
import { PageTitle } from '../../../shared/page-title';
import { BundleResults } from './bundle-results';
import { CatalogFilterPanel } from './catalog-filter-panel';
import { catalogSearchParams, readCatalogFilters, withFilter, type CatalogFilters } from './catalog-filters';
import { CatalogSearchBar } from './catalog-search-bar';
import { ItemResults } from './item-results';
import './catalog.css';

export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const filters = readCatalogFilters(params);
  const showFilters = (next: CatalogFilters) => setParams(catalogSearchParams(next));

  return (
    <div className="page catalog-page" data-testid="catalog-page">
      <PageTitle>{messages.catalog.heading}</PageTitle>
      <h1>{messages.catalog.heading}</h1>
      <div className="catalog-layout">
        <CatalogFilterPanel filters={filters} onChange={showFilters} />
        <div className="catalog-results">
          <CatalogSearchBar value={filters.q} onSearch={(q) => showFilters(withFilter(filters, { q }))} />
          {filters.q && filters.page === 1 && <BundleResults q={filters.q} />}
          <ItemResults filters={filters} onPageChange={(page) => showFilters({ ...filters, page })} />
        </div>
      </div>
    </div>
  );
}
