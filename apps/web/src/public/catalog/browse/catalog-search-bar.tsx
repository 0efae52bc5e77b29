import { Input } from 'antd';
import { messages } from '../../../messages';

type CatalogSearchBarProps = { value: string | undefined; onSearch: (q: string | undefined) => void };

export function CatalogSearchBar({ value, onSearch }: CatalogSearchBarProps) {
  return (
    <div role="search" className="catalog-search">
      <Input.Search
        // Re-mount when the URL changes so the box always shows the query being listed.
        key={value ?? ''}
        defaultValue={value}
        size="large"
        allowClear
        maxLength={50}
        aria-label={messages.catalog.searchLabel}
        placeholder={messages.catalog.searchPlaceholder}
        enterButton={messages.home.searchButton}
        onSearch={(text) => onSearch(text.trim() || undefined)}
        data-testid="catalog-search-input"
      />
    </div>
  );
}
