import { Input } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../../../messages';

export function HomeSearch() {
  const navigate = useNavigate();
  const search = (text: string) => {
    const q = text.trim();
    navigate(q ? `/catalog?${new URLSearchParams({ q })}` : '/catalog');
  };
  return (
    <div role="search" className="home-search">
      <Input.Search
        size="large"
        allowClear
        maxLength={50}
        aria-label={messages.home.searchLabel}
        placeholder={messages.home.searchPlaceholder}
        enterButton={messages.home.searchButton}
        onSearch={search}
        data-testid="home-search-input"
      />
    </div>
  );
}
