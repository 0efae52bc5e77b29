import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Switch } from 'antd';
import { useState } from 'react';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { adminQueries, OUTBOX_REFRESH_MS } from './admin.queries';
import { OutboxTable } from './outbox-table';
import '../workbench.css';

const title = messages.workbench.tools.outbox.title;
const text = messages.workbench.outbox;
const OUTBOX_LIMIT = 100;

/** 短信发件箱: the development outbox, newest first, refreshing itself while open. */
export function OutboxPage() {
  const [recipient, setRecipient] = useState('');
  const [isAutoRefresh, setIsAutoRefresh] = useState(true);
  const outbox = useQuery({
    ...adminQueries.outbox({ recipient: recipient || undefined, limit: OUTBOX_LIMIT }),
    refetchInterval: isAutoRefresh ? OUTBOX_REFRESH_MS : false,
  });
  return (
    <div className="page" data-testid="outbox-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <div className="workbench-toolbar">
        <Input.Search
          allowClear
          placeholder={text.recipientPlaceholder}
          aria-label={text.recipient}
          maxLength={32}
          onSearch={(value) => setRecipient(value.trim())}
          className="outbox-recipient"
        />
        <label className="tag-row">
          <Switch checked={isAutoRefresh} onChange={setIsAutoRefresh} size="small" />
          {text.autoRefresh}
        </label>
        <Button icon={<ReloadOutlined />} onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
          {text.refresh}
        </Button>
      </div>
      {outbox.isError ? (
        <ProblemView error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <OutboxTable messages={outbox.data ?? []} isLoading={outbox.isPending} />
      )}
    </div>
  );
}
