import type { CaseSummary } from '@yici/contracts';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { CaseStatusTag } from '../../shared/cases/case-status-tag';
import { ClockTag } from '../../shared/cases/clock-tag';
import { formatDateTime } from '../../shared/format-time';
import { staffCasePath } from './staff-cases.queries';

const text = messages.cases.inbox;

type CaseInboxTableProps = { cases: readonly CaseSummary[]; isLoading: boolean };

export function CaseInboxTable({ cases, isLoading }: CaseInboxTableProps) {
  const columns: ColumnsType<CaseSummary> = [
    {
      title: text.caseNumber,
      key: 'number',
      width: 240,
      render: (_, summary) => summary.caseNumber ?? messages.cases.detail.noCaseNumber,
    },
    {
      title: text.title,
      key: 'title',
      render: (_, summary) => <Link to={staffCasePath(summary.id)}>{summary.title}</Link>,
    },
    { title: text.applicant, key: 'applicant', width: 200, render: (_, summary) => summary.applicant.name },
    {
      title: text.channel,
      key: 'channel',
      width: 100,
      render: (_, summary) => messages.cases.channels[summary.channel] ?? summary.channel,
    },
    {
      title: messages.cases.detail.status,
      key: 'status',
      width: 110,
      render: (_, summary) => <CaseStatusTag status={summary.status} />,
    },
    { title: text.clock, key: 'clock', width: 190, render: (_, summary) => <ClockTag clock={summary.clock} /> },
    {
      title: text.submittedAt,
      key: 'submitted',
      width: 170,
      render: (_, summary) => (summary.submittedAt ? formatDateTime(summary.submittedAt) : messages.cases.detail.none),
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
      scroll={{ x: 1200 }}
      onRow={(summary) =>
        ({ 'data-case-id': summary.id, 'data-status': summary.status }) as HTMLAttributes<HTMLElement>
      }
      data-testid="case-inbox-table"
    />
  );
}
