import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LABELS, type Bulletin } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { CursorTable } from '../../shared/cursor-table';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const title = messages.workbench.tools.bulletins.title;
const text = messages.ledger.bulletins;
const PAGE_SIZE = 20;

/** Every bulletin (drafts, published, archived) and a new draft for a period. */
export function BulletinsAdminPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const list = useQuery({
    queryKey: ['workbench', 'bulletins', 'list', cursor],
    queryFn: ({ signal }) => api.listBulletins({ cursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  const draft = useMutation({
    mutationFn: (v: { periodFrom: string; periodTo: string }) => api.draftBulletin(v),
    onSuccess: (b) => {
      void queryClient.invalidateQueries({ queryKey: ['workbench', 'bulletins'] });
      void navigate(`/workbench/bulletins/${encodeURIComponent(b.id)}`);
    },
  });
  return (
    <div className="page" data-testid="bulletins-admin-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      {draft.isError && <ProblemAlert error={draft.error} />}
      <Form
        layout="inline"
        onFinish={(v: { periodFrom: string; periodTo: string }) => draft.mutate(v)}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="periodFrom" label={text.from} rules={[{ required: true }]}>
          <Input type="date" data-testid="bulletin-from" />
        </Form.Item>
        <Form.Item name="periodTo" label={text.to} rules={[{ required: true }]}>
          <Input type="date" data-testid="bulletin-to" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={draft.isPending} data-testid="bulletin-draft">
          {text.draft}
        </Button>
      </Form>
      {list.isError && <ProblemAlert error={list.error} />}
      <CursorTable<Bulletin>
        page={list.data}
        cursor={cursor}
        isLoading={list.isPending}
        onPageChange={setCursor}
        unit={text.unit}
        emptyText={text.empty}
        size="small"
        width={720}
        testId="bulletins-table"
        columns={[
          {
            title: text.title,
            render: (_, b) => <Link to={`/workbench/bulletins/${encodeURIComponent(b.id)}`}>{b.title}</Link>,
          },
          { title: text.number, render: (_, b) => b.number ?? '—' },
          { title: text.period, render: (_, b) => `${b.periodFrom} 至 ${b.periodTo}` },
          {
            title: text.status,
            render: (_, b) => (
              <Space>
                <Tag>{LABELS.bulletinStatus[b.status]}</Tag>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
