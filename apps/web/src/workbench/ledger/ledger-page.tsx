import { useQuery } from '@tanstack/react-query';
import { Checkbox, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LABELS, type LedgerTask, type LedgerTaskKind } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { CardTag } from './card-tag';
import '../workbench.css';

const title = messages.workbench.tools.ledger.title;
const text = messages.ledger.tasks;
const KINDS: LedgerTaskKind[] = ['measure', 'special_action', 'key_point', 'deliverable', 'rectification'];

/** The reform ledger: every task with its milestones' clocks; overdue ones show red. */
export function LedgerPage() {
  const [kind, setKind] = useState<LedgerTaskKind | undefined>();
  const [overdue, setOverdue] = useState(false);
  const tasks = useQuery({
    queryKey: ['workbench', 'ledger', 'tasks', kind ?? '', overdue],
    queryFn: ({ signal }) => api.listLedgerTasks({ kind, overdue: overdue ? 'true' : undefined }, signal),
  });
  return (
    <div className="page" data-testid="ledger-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<LedgerTaskKind | ''>
          aria-label={text.kind}
          style={{ minWidth: 160 }}
          value={kind ?? ''}
          onChange={(v) => setKind(v || undefined)}
          options={[
            { value: '', label: text.allKinds },
            ...KINDS.map((k) => ({ value: k, label: LABELS.ledgerTaskKind[k] })),
          ]}
        />
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
          {text.overdueOnly}
        </Checkbox>
      </Space>
      {tasks.isError && <ProblemAlert error={tasks.error} />}
      <ResponsiveTable<LedgerTask>
        loading={tasks.isPending}
        rowKey="id"
        size="small"
        locale={{ emptyText: text.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={tasks.data ?? []}
        columns={[
          { title: text.code, dataIndex: 'code' },
          {
            title: text.title,
            render: (_, t) => (
              <Link to={`/workbench/ledger/${encodeURIComponent(t.id)}`} data-testid="ledger-task-link">
                {t.title}
              </Link>
            ),
          },
          { title: text.kind, render: (_, t) => LABELS.ledgerTaskKind[t.kind] },
          { title: text.lead, render: (_, t) => t.leadDepartmentName ?? '—' },
          {
            title: text.milestones,
            render: (_, t) => (
              <Space wrap size={4}>
                {t.milestones.map((m) => (
                  <span key={m.id}>
                    {m.dueOn} <CardTag card={m.clock?.card} />
                  </span>
                ))}
              </Space>
            ),
          },
          { title: text.status, render: (_, t) => <Tag>{LABELS.ledgerTaskStatus[t.status]}</Tag> },
        ]}
      />
    </div>
  );
}
