import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Input, Segmented, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { LABELS, type CardCounts, type CountDimension } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { CARD_COLUMNS } from './monitoring-columns';
import '../workbench.css';

const title = messages.workbench.tools.monitoringOverview.title;
const text = messages.monitoring.overview;
type CountRow = CardCounts['rows'][number];
type Drill = { name: string; regionCode?: string; departmentId?: string; itemCode?: string };
const DIMENSIONS: CountDimension[] = ['city', 'county', 'department', 'item'];

/** Supervisors: cards counted by city, county, department or item within their region, and the list behind a count. */
export function MonitoringOverviewPage() {
  const [by, setBy] = useState<CountDimension>('city');
  const [regionInput, setRegionInput] = useState('');
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const [drill, setDrill] = useState<Drill | null>(null);
  const counts = useQuery({
    queryKey: ['monitoring', 'counts', by, regionCode],
    queryFn: ({ signal }) => api.getCardCounts({ by, regionCode }, signal),
  });
  const drillOf = (row: CountRow): Drill => {
    if (by === 'city' || by === 'county') return { name: row.name, regionCode: row.key };
    const base = { name: row.name, regionCode: counts.data?.regionCode };
    return by === 'department' ? { ...base, departmentId: row.key } : { ...base, itemCode: row.key };
  };
  const columns: ColumnsType<CountRow> = [
    { title: text.name, key: 'name', render: (_, r) => r.name },
    { title: text.yellow, dataIndex: 'yellow', key: 'yellow', width: 80 },
    { title: text.red, dataIndex: 'red', key: 'red', width: 80 },
    { title: text.orders, dataIndex: 'orders', key: 'orders', width: 80 },
    {
      title: text.list,
      key: 'list',
      width: 90,
      render: (_, r) => (
        <Button type="link" onClick={() => setDrill(drillOf(r))} data-testid="drill-count">
          {r.yellow + r.red}
        </Button>
      ),
    },
  ];
  return (
    <div className="page" data-testid="monitoring-overview-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      {drill ? (
        <CardList drill={drill} onBack={() => setDrill(null)} />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Segmented
              aria-label={text.by}
              value={by}
              onChange={(value) => setBy(value as CountDimension)}
              options={DIMENSIONS.map((d) => ({ value: d, label: LABELS.countDimension[d] }))}
            />
            <Input.Search
              aria-label={text.region}
              placeholder={text.regionPlaceholder}
              value={regionInput}
              onChange={(e) => setRegionInput(e.target.value)}
              onSearch={(value) => setRegionCode(value.trim() || undefined)}
              style={{ maxWidth: 260 }}
            />
          </Space>
          {counts.isError && <ProblemAlert error={counts.error} />}
          <ResponsiveTable
            rowKey="key"
            size="middle"
            loading={counts.isLoading}
            columns={columns}
            dataSource={counts.data?.rows ?? []}
            pagination={false}
            data-testid="monitoring-counts"
          />
        </>
      )}
    </div>
  );
}

function CardList({ drill, onBack }: { drill: Drill; onBack: () => void }) {
  const { name, ...filter } = drill;
  const cards = useInfiniteQuery({
    queryKey: ['monitoring', 'cards', filter],
    queryFn: ({ pageParam, signal }) => api.listMonitoringCards({ ...filter, cursor: pageParam, limit: 20 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  return (
    <div data-testid="monitoring-card-list">
      <Button onClick={onBack} style={{ marginBottom: 12 }}>
        {text.back}
      </Button>
      <h2>{text.listTitle(name)}</h2>
      {cards.isError && <ProblemAlert error={cards.error} />}
      <ResponsiveTable
        rowKey="id"
        size="middle"
        loading={cards.isLoading}
        columns={CARD_COLUMNS}
        dataSource={cards.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
      />
      {cards.hasNextPage && (
        <Button onClick={() => void cards.fetchNextPage()} loading={cards.isFetchingNextPage} style={{ marginTop: 12 }}>
          {text.more}
        </Button>
      )}
    </div>
  );
}
