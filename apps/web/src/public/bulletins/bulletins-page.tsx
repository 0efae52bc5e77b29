import { useQuery } from '@tanstack/react-query';
import { List, Tag } from 'antd';
import { Link } from 'react-router';
import { LABELS } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';

const text = messages.ledger.public;

/** The published bulletins, newest first: what anyone may read. */
export function BulletinsPage() {
  const list = useQuery({
    queryKey: ['public', 'bulletins'],
    queryFn: ({ signal }) => api.listPublicBulletins(signal),
  });
  return (
    <div className="page" data-testid="public-bulletins-page">
      <PageTitle>{text.title}</PageTitle>
      <h1>{text.title}</h1>
      <p className="page-intro">{text.intro}</p>
      {list.isError && <ProblemAlert error={list.error} />}
      <List
        loading={list.isPending}
        locale={{ emptyText: text.empty }}
        dataSource={list.data ?? []}
        renderItem={(b) => (
          <List.Item data-testid="public-bulletin-item">
            <List.Item.Meta
              title={<Link to={`/bulletins/${encodeURIComponent(b.id)}`}>{b.title}</Link>}
              description={
                <>
                  {b.number} · {b.periodFrom} 至 {b.periodTo} <Tag>{LABELS.bulletinStatus[b.status]}</Tag>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
