import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Input, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LABELS, type FiguresCaseFilter, type FiguresOverview, type FiguresTable } from '@yici/contracts';
import { api } from '../../api/client';
import { figuresExportUrl } from '../../api/figures.endpoints';
import { messages } from '../../messages';
import { EChart } from '../../shared/echart';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { casesLink, figuresLink, percent } from './figures-format';
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

function ExportLinks({ data, table }: { data: FiguresOverview; table: FiguresTable }) {
  const base = { area: data.area.code, from: data.from, to: data.to, table };
  return (
    <Space wrap size="small">
      <a href={figuresExportUrl({ ...base, format: 'csv' })} download>
        {text.exportCsv}
      </a>
      <a href={figuresExportUrl({ ...base, format: 'xlsx' })} download>
        {text.exportXlsx}
      </a>
    </Space>
  );
}

function Section({
  heading,
  data,
  table,
  children,
}: {
  heading: string;
  data: FiguresOverview;
  table: FiguresTable;
  children: ReactNode;
}) {
  return (
    <Card title={heading} extra={<ExportLinks data={data} table={table} />} style={{ marginTop: 16 }}>
      {children}
    </Card>
  );
}

function Overview({ data }: { data: FiguresOverview }) {
  const navigate = useNavigate();
  const period = { area: data.area.code, from: data.from, to: data.to };
  const h = data.headline;
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
        <dl className="figures-grid">
          <Figure label={text.cases}>{link('all', String(h.cases))}</Figure>
          <Figure label={text.completed}>{link('completed', String(h.completed))}</Figure>
          <Figure label={text.onTimeShare}>{link('late', percent(h.onTimeShare))}</Figure>
          <Figure label={text.median}>{text.workdays(h.medianWorkdays)}</Figure>
          <Figure label={text.p90}>{text.workdays(h.p90Workdays)}</Figure>
          <Figure label={text.atMostOneVisit}>{link('more_than_one_visit', percent(h.atMostOneVisitShare))}</Figure>
          <Figure label={text.zeroVisit}>{percent(h.zeroVisitShare)}</Figure>
          <Figure label={text.zeroVisitItems}>{percent(data.zeroVisitItemsShare)}</Figure>
          <Figure label={text.sharedMaterials}>{percent(h.sharedMaterialsShare)}</Figure>
          <Figure label={text.correctionRate}>{link('corrected', percent(h.correctionRate))}</Figure>
          <Figure label={text.deferred}>{link('deferred', String(h.deferredCount))}</Figure>
          <Figure label={text.refusalRate}>{link('refused', percent(h.refusalRate))}</Figure>
          <Figure label={text.ratings}>{data.ratings ? percent(data.ratings.satisfiedShare) : '—'}</Figure>
        </dl>
        <p className="figures-note">
          {text.lag(data.lag.eventsBehind)}。{text.cardsMissing}。
        </p>
      </Card>

      {data.children.length > 0 && (
        <Section heading={text.children} data={data} table="children">
          <EChart
            label={text.childrenChart}
            height={Math.max(240, ranked.length * 26)}
            onClick={({ dataIndex }) => navigate(figuresLink({ ...period, area: ranked[dataIndex]!.area }))}
            option={{
              grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'value' },
              yAxis: { type: 'category', data: ranked.map((c) => c.name) },
              series: [{ type: 'bar', name: text.cases, data: ranked.map((c) => c.cases), cursor: 'pointer' }],
            }}
          />
          <ResponsiveTable
            rowKey="area"
            size="small"
            pagination={false}
            dataSource={data.children}
            data-testid="figures-children"
            columns={[
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
            ]}
          />
          {regions.length === 0 && <p>{text.noData}</p>}
        </Section>
      )}

      <Section heading={text.panel3545} data={data} table="panel3545">
        <EChart
          label={text.panelChart}
          height={240}
          option={{
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
          }}
        />
        <ResponsiveTable
          rowKey="bundleId"
          size="small"
          pagination={false}
          dataSource={data.panel3545}
          data-testid="figures-3545"
          columns={[
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
          ]}
        />
      </Section>

      <Section heading={text.weeks} data={data} table="weeks">
        <EChart
          label={text.weeksChart}
          height={260}
          option={{
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
          }}
        />
        <ResponsiveTable
          rowKey="weekStart"
          size="small"
          pagination={{ pageSize: 10 }}
          dataSource={data.weeks}
          columns={[
            { title: text.week, dataIndex: 'weekStart' },
            { title: text.cases, dataIndex: 'cases' },
            { title: text.completed, dataIndex: 'completed' },
            { title: text.onTimeShare, dataIndex: 'onTimeShare', render: percent },
            { title: text.atMostOneVisit, dataIndex: 'atMostOneVisitShare', render: percent },
          ]}
        />
      </Section>

      <Section heading={text.channels} data={data} table="channels">
        <EChart
          label={text.channelsChart}
          height={220}
          option={{
            grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: data.channels.map((c) => LABELS.figuresChannel[c.channel]) },
            yAxis: { type: 'value' },
            series: [{ type: 'bar', name: text.cases, data: data.channels.map((c) => c.cases) }],
          }}
        />
        <ResponsiveTable
          rowKey="channel"
          size="small"
          pagination={false}
          dataSource={data.channels}
          columns={[
            { title: text.channel, dataIndex: 'channel', render: (c: string) => LABELS.figuresChannel[c] },
            {
              title: text.cases,
              dataIndex: 'cases',
              render: (n: number, row) => <Link to={casesLink({ ...period, channel: row.channel })}>{n}</Link>,
            },
            { title: text.share, dataIndex: 'share', render: percent },
          ]}
        />
      </Section>

      <Section heading={text.targets} data={data} table="targets">
        <ResponsiveTable
          rowKey="target"
          size="small"
          pagination={{ pageSize: 10 }}
          dataSource={data.targets}
          columns={[
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
          ]}
        />
      </Section>
    </>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="figures-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
