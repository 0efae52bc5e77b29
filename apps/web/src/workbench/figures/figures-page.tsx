import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LABELS, type FiguresCaseFilter, type FiguresOverview } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { CardSections } from './card-sections';
import { FeedbackSections } from './feedback-sections';
import { FiguresSection } from './figures-section';
import { casesLink, figuresLink, percent } from './figures-format';
import { HeadlineFigures } from './headline-figures';
import '../workbench.css';

const text = messages.figures;
const title = text.tools.figures.title;

/** 改革指标: an area's figures for a period, its children ranked, weeks, the 3545 panel; drill down by click. */
export function FiguresPage() {
  const [params, setParams] = useSearchParams();
  const query = {
    area: params.get('area') ?? '37',
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const figures = useQuery({
    queryKey: ['figures', query],
    queryFn: ({ signal }) => api.getFigures(query, signal),
  });
  const data = figures.data;
  return (
    <div className="page figures-page" data-testid="figures-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <PeriodForm
        key={`${data?.from}-${data?.to}`}
        from={data?.from ?? query.from ?? ''}
        to={data?.to ?? query.to ?? ''}
        onApply={(from, to) => setParams({ area: query.area, from, to })}
      />
      {figures.isError && <ProblemAlert error={figures.error} />}
      {data && <Overview data={data} />}
    </div>
  );
}

function PeriodForm({ from, to, onApply }: { from: string; to: string; onApply: (from: string, to: string) => void }) {
  const [f, setF] = useState(from);
  const [t, setT] = useState(to);
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <label>
        {text.from}{' '}
        <Input
          type="date"
          value={f}
          onChange={(e) => setF(e.target.value)}
          style={{ width: 160 }}
          data-testid="figures-from"
        />
      </label>
      <label>
        {text.to}{' '}
        <Input
          type="date"
          value={t}
          onChange={(e) => setT(e.target.value)}
          style={{ width: 160 }}
          data-testid="figures-to"
        />
      </label>
      <Button type="primary" onClick={() => onApply(f, t)} data-testid="figures-apply">
        {text.apply}
      </Button>
    </Space>
  );
}

function Overview({ data }: { data: FiguresOverview }) {
  const navigate = useNavigate();
  const period = { area: data.area.code, from: data.from, to: data.to };
  const link = (filter: FiguresCaseFilter, value: string) => (
    <Link to={casesLink({ ...period, filter })} data-testid={`figure-${filter}`}>
      {value}
    </Link>
  );
  const regions = data.children.filter((c) => c.kind === 'region');
  const ranked = [...data.children].sort((a, b) => a.cases - b.cases);
  return (
    <>
      <Breadcrumb
        data-testid="figures-path"
        items={data.area.path.map((p) => ({
          title: <Link to={figuresLink({ ...period, area: p.code })}>{p.name}</Link>,
        }))}
      />
      <Card title={`${data.area.name} ${text.headline}`} style={{ marginTop: 16 }} data-testid="figures-headline">
        <HeadlineFigures
          headline={data.headline}
          zeroVisitItemsShare={data.zeroVisitItemsShare}
          ratings={data.ratings}
          linkOf={link}
        />
        <p className="figures-note">{text.lag(data.lag.eventsBehind)}。</p>
      </Card>

      {data.children.length > 0 && (
        <FiguresSection
          heading={text.children}
          exportOf={{ ...period, table: 'children' }}
          chart={{
            label: text.childrenChart,
            height: Math.max(240, ranked.length * 26),
            onClick: ({ dataIndex }) => navigate(figuresLink({ ...period, area: ranked[dataIndex]!.area })),
            option: {
              grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'value' },
              yAxis: { type: 'category', data: ranked.map((c) => c.name) },
              series: [{ type: 'bar', name: text.cases, data: ranked.map((c) => c.cases), cursor: 'pointer' }],
            },
          }}
          table={{
            rowKey: 'area',
            pagination: false,
            dataSource: data.children,
            // @ts-expect-error data-testid passes through antd's Table to the element
            'data-testid': 'figures-children',
            columns: [
              {
                title: text.name,
                dataIndex: 'name',
                render: (name: string, row) =>
                  row.kind === 'region' ? (
                    <Link to={figuresLink({ ...period, area: row.area })} data-testid="figures-drill">
                      {name}
                    </Link>
                  ) : (
                    name
                  ),
              },
              {
                title: text.cases,
                dataIndex: 'cases',
                render: (n: number, row) => <Link to={casesLink({ ...period, area: row.area })}>{n}</Link>,
              },
              { title: text.onTimeShare, dataIndex: 'onTimeShare', render: percent },
              { title: text.median, dataIndex: 'medianWorkdays', render: text.workdays },
              { title: text.atMostOneVisit, dataIndex: 'atMostOneVisitShare', render: percent },
            ],
          }}
        >
          {regions.length === 0 && <p>{text.noData}</p>}
        </FiguresSection>
      )}

      <FiguresSection
        heading={text.panel3545}
        exportOf={{ ...period, table: 'panel3545' }}
        chart={{
          label: text.panelChart,
          height: 240,
          option: {
            grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
            legend: {},
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: data.panel3545.map((p) => p.name) },
            yAxis: { type: 'value', name: '工作日' },
            series: [
              { type: 'bar', name: text.median, data: data.panel3545.map((p) => p.medianWorkdays) },
              { type: 'bar', name: text.p90, data: data.panel3545.map((p) => p.p90Workdays) },
              { type: 'line', name: text.promise, data: data.panel3545.map((p) => p.promisedWorkdays) },
            ],
          },
        }}
        table={{
          rowKey: 'bundleId',
          pagination: false,
          dataSource: data.panel3545,
          // @ts-expect-error data-testid passes through antd's Table to the element
          'data-testid': 'figures-3545',
          columns: [
            {
              title: text.name,
              dataIndex: 'name',
              render: (name: string, row) => (
                <Link to={casesLink({ ...period, filter: 'completed', target: `bundle:${row.bundleId}` })}>{name}</Link>
              ),
            },
            { title: text.promise, dataIndex: 'promisedWorkdays', render: text.workdays },
            { title: text.completed, dataIndex: 'completed' },
            { title: text.median, dataIndex: 'medianWorkdays', render: text.workdays },
            { title: text.p90, dataIndex: 'p90Workdays', render: text.workdays },
            { title: text.withinPromise, dataIndex: 'withinPromiseShare', render: percent },
          ],
        }}
      />

      <FiguresSection
        heading={text.weeks}
        exportOf={{ ...period, table: 'weeks' }}
        chart={{
          label: text.weeksChart,
          height: 260,
          option: {
            grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
            legend: {},
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: data.weeks.map((w) => w.weekStart) },
            yAxis: [
              { type: 'value', name: text.cases },
              { type: 'value', name: '%', max: 100 },
            ],
            series: [
              { type: 'line', name: text.cases, data: data.weeks.map((w) => w.cases) },
              {
                type: 'line',
                name: text.atMostOneVisit,
                yAxisIndex: 1,
                data: data.weeks.map((w) =>
                  w.atMostOneVisitShare === null ? null : Math.round(w.atMostOneVisitShare * 1000) / 10,
                ),
              },
            ],
          },
        }}
        table={{
          rowKey: 'weekStart',
          pagination: { pageSize: 10 },
          dataSource: data.weeks,
          columns: [
            { title: text.week, dataIndex: 'weekStart' },
            { title: text.cases, dataIndex: 'cases' },
            { title: text.completed, dataIndex: 'completed' },
            { title: text.onTimeShare, dataIndex: 'onTimeShare', render: percent },
            { title: text.atMostOneVisit, dataIndex: 'atMostOneVisitShare', render: percent },
          ],
        }}
      />

      <FiguresSection
        heading={text.channels}
        exportOf={{ ...period, table: 'channels' }}
        chart={{
          label: text.channelsChart,
          height: 220,
          option: {
            grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: data.channels.map((c) => LABELS.figuresChannel[c.channel]) },
            yAxis: { type: 'value' },
            series: [{ type: 'bar', name: text.cases, data: data.channels.map((c) => c.cases) }],
          },
        }}
        table={{
          rowKey: 'channel',
          pagination: false,
          dataSource: data.channels,
          columns: [
            { title: text.channel, dataIndex: 'channel', render: (c: string) => LABELS.figuresChannel[c] },
            {
              title: text.cases,
              dataIndex: 'cases',
              render: (n: number, row) => <Link to={casesLink({ ...period, channel: row.channel })}>{n}</Link>,
            },
            { title: text.share, dataIndex: 'share', render: percent },
          ],
        }}
      />

      <FiguresSection
        heading={text.targets}
        exportOf={{ ...period, table: 'targets' }}
        table={{
          rowKey: 'target',
          pagination: { pageSize: 10 },
          dataSource: data.targets,
          columns: [
            {
              title: text.name,
              dataIndex: 'name',
              render: (name: string, row) => <Link to={casesLink({ ...period, target: row.target })}>{name}</Link>,
            },
            { title: text.cases, dataIndex: 'cases' },
            { title: text.onTimeShare, dataIndex: 'onTimeShare', render: percent },
            { title: text.median, dataIndex: 'medianWorkdays', render: text.workdays },
            { title: text.p90, dataIndex: 'p90Workdays', render: text.workdays },
            {
              title: text.promise,
              dataIndex: 'promisedWorkdays',
              render: (n: number | null) => (n === null ? '—' : text.workdays(n)),
            },
          ],
        }}
      />

      {data.cards && <CardSections cards={data.cards} period={period} />}
      {data.feedback && <FeedbackSections feedback={data.feedback} period={period} />}
    </>
  );
}
