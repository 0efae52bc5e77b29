import { useQuery } from '@tanstack/react-query';
import { Input, Segmented, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { HotlineFigureRow, RatingFigure } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { EChart } from '../../shared/echart';
import { formatDate } from '../../shared/format-time';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import '../workbench.css';

const title = messages.workbench.tools.hotlineFigures.title;
const text = messages.hotline.figures;
const share = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const RATES = [
  'onSpotRate',
  'signOnTimeRate',
  'replyOnTimeRate',
  'returnRate',
  'reopenRate',
  'satisfactionRate',
] as const;

/**
 * 12345 and 好差评 figures: on-the-spot resolution, on-time signing and replies, returns,
 * re-openings and satisfaction per department; the month's ratings per department, hall and window
 * with their ranking. Each chart has the same figures in a table beside it.
 */
export function HotlineFiguresPage() {
  const today = formatDate(new Date().toISOString());
  const [month, setMonth] = useState(today.slice(0, 7));
  const [by, setBy] = useState<'department' | 'service_point' | 'window'>('department');
  const from = `${month}-01`;
  const to = today.startsWith(month) ? today : `${month}-28`;
  const hotline = useQuery({
    queryKey: ['hotline', 'figures', from, to],
    queryFn: ({ signal }) => api.getHotlineFigures({ from, to }, signal),
    enabled: /^\d{4}-\d{2}$/.test(month),
  });
  const ratings = useQuery({
    queryKey: ['ratings', 'figures', month, by],
    queryFn: ({ signal }) => api.getRatingFigures({ by, month }, signal),
    enabled: /^\d{4}-\d{2}$/.test(month),
  });
  const departments = useMemo(() => (hotline.data?.byDepartment ?? []).slice(0, 12), [hotline.data]);
  const hotlineChart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: {
        type: 'category',
        data: departments.map((d) => d.departmentName ?? d.regionCode),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: (['onSpotRate', 'replyOnTimeRate', 'satisfactionRate'] as const).map((key) => ({
        name: text.rates[key],
        type: 'bar',
        data: departments.map((d) => (d[key] === null ? null : Math.round(d[key] * 1000) / 10)),
      })),
    }),
    [departments],
  );
  const ranked = ratings.data?.rows ?? [];
  const ratingChart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, bottom: 8, top: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: ranked.slice(0, 10).map((r) => r.name) },
      series: [
        {
          name: text.satisfied,
          type: 'bar',
          data: ranked
            .slice(0, 10)
            .map((r) => (r.satisfiedShare === null ? null : Math.round(r.satisfiedShare * 1000) / 10)),
        },
      ],
    }),
    [ranked],
  );
  return (
    <div className="page" data-testid="hotline-figures-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Space wrap>
        <Input
          type="month"
          aria-label={text.month}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          data-testid="figures-month"
        />
      </Space>
      <h2 style={{ marginTop: 16 }}>{text.hotlineHeading}</h2>
      {hotline.isError && <ProblemAlert error={hotline.error} />}
      {departments.length > 0 && <EChart option={hotlineChart} label={text.hotlineChart} />}
      <ResponsiveTable<HotlineFigureRow>
        rowKey={(r) => `${r.regionCode}-${r.departmentId ?? ''}`}
        loading={hotline.isLoading}
        dataSource={hotline.data?.byDepartment ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: text.empty }}
        data-testid="hotline-figures-table"
        columns={[
          { title: text.department, render: (_, r) => r.departmentName ?? r.regionCode },
          { title: text.tickets, dataIndex: 'tickets' },
          ...RATES.map((key) => ({
            title: text.rates[key],
            render: (_: unknown, r: HotlineFigureRow) => share(r[key]),
          })),
        ]}
      />
      <h2 style={{ marginTop: 24 }}>{text.ratingsHeading}</h2>
      <Segmented
        value={by}
        onChange={(v) => setBy(v as typeof by)}
        options={[
          { value: 'department', label: text.byDepartment },
          { value: 'service_point', label: text.byHall },
          { value: 'window', label: text.byWindow },
        ]}
      />
      {ratings.isError && <ProblemAlert error={ratings.error} />}
      {ranked.length > 0 && <EChart option={ratingChart} label={text.ratingChart} />}
      <ResponsiveTable<RatingFigure>
        rowKey="key"
        loading={ratings.isLoading}
        dataSource={ranked}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: text.empty }}
        data-testid="rating-figures-table"
        columns={[
          { title: text.rank, dataIndex: 'rank' },
          { title: text.name, dataIndex: 'name' },
          { title: text.ratings, dataIndex: 'ratings' },
          { title: text.satisfied, render: (_, r) => share(r.satisfiedShare) },
          { title: text.bad, dataIndex: 'badRatings' },
          { title: text.rectifiedOnTime, render: (_, r) => share(r.rectifiedOnTimeShare) },
        ]}
      />
    </div>
  );
}
