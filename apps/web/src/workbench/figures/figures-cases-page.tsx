import { useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  FiguresCaseFilterSchema,
  FiguresChannelSchema,
  LABELS,
  type FiguresCaseFilter,
  type FiguresChannel,
} from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { figuresLink } from './figures-format';
import '../workbench.css';

const text = messages.figures;

/** The real cases behind a figure, a page at a time (each look is logged for the applicant). */
export function FiguresCasesPage() {
  const [params] = useSearchParams();
  const filter = FiguresCaseFilterSchema.safeParse(params.get('filter')).data ?? 'all';
  const channel = FiguresChannelSchema.safeParse(params.get('channel')).data;
  const query = {
    area: params.get('area') ?? '37',
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    filter: filter as FiguresCaseFilter,
    channel: channel as FiguresChannel | undefined,
    target: params.get('target') ?? undefined,
  };
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const cases = useQuery({
    queryKey: ['figures', 'cases', query, cursor],
    queryFn: ({ signal }) => api.listFiguresCases({ ...query, cursor, limit: 20 }, signal),
  });
  return (
    <div className="page" data-testid="figures-cases-page">
      <PageTitle>{text.casesTitle}</PageTitle>
      <h1>{text.casesTitle}</h1>
      <p className="page-intro">
        {LABELS.figuresCaseFilter[filter]}
        {channel ? ` · ${LABELS.figuresChannel[channel]}` : ''}。{text.casesIntro}
      </p>
      <p>
        <Link to={figuresLink({ area: query.area, from: query.from ?? '', to: query.to ?? '' })}>
          {text.backToFigures}
        </Link>
      </p>
      {cases.isError && <ProblemAlert error={cases.error} />}
      <ResponsiveTable
        rowKey="caseId"
        size="small"
        pagination={false}
        loading={cases.isPending}
        dataSource={cases.data?.items ?? []}
        data-testid="figures-cases"
        locale={{ emptyText: text.noData }}
        columns={[
          {
            title: text.caseNumber,
            dataIndex: 'caseNumber',
            render: (n: string | null, row) => (
              <Link to={`/workbench/cases/${row.caseId}`} className="long-value">
                {n ?? row.caseId}
              </Link>
            ),
          },
          { title: text.title, dataIndex: 'title' },
          {
            title: text.status,
            dataIndex: 'status',
            render: (s: string) => LABELS.caseStatus[s as keyof typeof LABELS.caseStatus] ?? s,
          },
          { title: text.region, dataIndex: 'regionName' },
          { title: text.day, dataIndex: 'day' },
          { title: text.channel, dataIndex: 'channel', render: (c: string) => LABELS.figuresChannel[c] },
          { title: text.applicant, dataIndex: 'applicantName' },
          { title: text.visits, dataIndex: 'visits' },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        {cursor && <Button onClick={() => setCursor(undefined)}>{text.firstPage}</Button>}
        {cases.data?.prev && (
          <Button onClick={() => setCursor(cases.data.prev ?? undefined)} data-testid="figures-cases-prev">
            {text.previous}
          </Button>
        )}
        {cases.data?.next && (
          <Button onClick={() => setCursor(cases.data.next ?? undefined)} data-testid="figures-cases-more">
            {text.more}
          </Button>
        )}
      </Space>
    </div>
  );
}
