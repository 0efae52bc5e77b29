import type { CaseSummary } from '@yici/contracts';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { CaseStatusTag } from '../../shared/cases/case-status-tag';
import { ClockTag } from '../../shared/cases/clock-tag';
import { formatDateTime } from '../../shared/format-time';
import { myCasePath } from './cases.queries';

const text = messages.cases.myCases;

type MyCasesTableProps = {
  cases: readonly CaseSummary[];
  isLoading: boolean;
};

export function MyCasesTable({ cases, isLoading }: MyCasesTableProps) {
  const columns: ColumnsType<CaseSummary> = [
    {
      title: text.title,
      key: 'title',
      render: (_, summary) => <Link to={myCasePath(summary.id)}>{summary.title}</Link>,
    },
    {
      title: text.caseNumber,
      key: 'number',
      width: 240,
      render: (_, summary) => summary.caseNumber ?? messages.cases.detail.noCaseNumber,
    },
    {
      title: text.status,
      key: 'status',
      width: 110,
      render: (_, summary) => <CaseStatusTag status={summary.status} />,
    },
    { title: text.clock, key: 'clock', width: 200, render: (_, summary) => <ClockTag clock={summary.clock} /> },
    {
      title: text.submittedAt,
      key: 'submitted',
      width: 170,
      render: (_, summary) => formatDateTime(summary.submittedAt ?? summary.createdAt),
    },
  ];
  return (
    <ResponsiveTable<CaseSummary>
      rowKey="id"
      size="middle"
      loading={isLoading}
      columns={columns}
      dataSource={[...cases]}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={(summary) =>
        ({ 'data-case-id': summary.id, 'data-status': summary.status }) as React.HTMLAttributes<HTMLElement>
      }
      data-testid="my-cases-table"
    />
  );
}
