import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { List, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LABELS } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { CursorPager } from '../../shared/cursor-pager';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';

const text = messages.ledger.public;
const PAGE_SIZE = 20;

/** The published bulletins, newest first, a page at a time: what anyone may read. */
export function BulletinsPage() {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const list = useQuery({
    queryKey: ['public', 'bulletins', 'list', cursor],
    queryFn: ({ signal }) => api.listPublicBulletins({ cursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
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
        dataSource={list.data?.items ?? []}
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
      <CursorPager page={list.data} unit={text.unit} current={cursor} onPage={setCursor} />
    </div>
  );
}
