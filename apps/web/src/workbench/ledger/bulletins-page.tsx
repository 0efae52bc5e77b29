import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Space, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { LABELS, type Bulletin } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import '../workbench.css';

const title = messages.workbench.tools.bulletins.title;
const text = messages.ledger.bulletins;

/** Every bulletin (drafts, published, archived) and a new draft for a period. */
export function BulletinsAdminPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['workbench', 'bulletins'], queryFn: ({ signal }) => api.listBulletins(signal) });
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
      <ResponsiveTable<Bulletin>
        rowKey="id"
        size="small"
        loading={list.isPending}
        locale={{ emptyText: text.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={list.data ?? []}
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
