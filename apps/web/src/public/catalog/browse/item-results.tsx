import { useQuery } from '@tanstack/react-query';
import { Empty, Pagination, Skeleton } from 'antd';
import { messages } from '../../../messages';
import { ProblemAlert } from '../../../shared/problem-alert';
import { catalogQueries } from '../catalog.queries';
import { CATALOG_PAGE_SIZE, catalogSearchParams, itemListQueryOf, type CatalogFilters } from './catalog-filters';
import { ItemListEntry } from './item-list-entry';

type ItemResultsProps = { filters: CatalogFilters; onPageChange: (page: number) => void };

export function ItemResults({ filters, onPageChange }: ItemResultsProps) {
  const items = useQuery(catalogQueries.items(itemListQueryOf(filters)));

  if (items.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (items.isError) return <ProblemAlert error={items.error} onRetry={() => void items.refetch()} />;

  const { items: page, total } = items.data;
  return (
    <section
      aria-busy={items.isPlaceholderData}
      className={items.isPlaceholderData ? 'item-results is-stale' : 'item-results'}
      data-testid="catalog-results"
      // Which filters the shown list answers: lets tests and tools wait for the right data.
      data-query={catalogSearchParams(filters).toString()}
    >
      <h2 className="visually-hidden">{messages.catalog.resultsLabel}</h2>
      <p className="muted" data-testid="catalog-total" role="status">
        {messages.catalog.total(total)}
      </p>
      {page.length === 0 ? (
        <Empty description={messages.catalog.empty} data-testid="catalog-empty" />
      ) : (
        <ul className="plain-list item-list">
          {page.map((item) => (
            <li key={item.code}>
              <ItemListEntry item={item} />
            </li>
          ))}
        </ul>
      )}
      {total > CATALOG_PAGE_SIZE && (
        <Pagination
          className="item-pagination"
          align="center"
          current={filters.page}
          pageSize={CATALOG_PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          onChange={onPageChange}
        />
      )}
    </section>
  );
}
