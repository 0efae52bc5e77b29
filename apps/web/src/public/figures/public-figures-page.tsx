import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { EChart } from '../../shared/echart';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { percent } from '../../workbench/figures/figures-format';
import { HeadlineFigures } from '../../workbench/figures/headline-figures';

const text = messages.figures;

/** 改革成效: the province's headline figures and the 3545 panel, for anyone. */
export function PublicFiguresPage() {
  const figures = useQuery({
    queryKey: ['figures', 'public'],
    queryFn: ({ signal }) => api.getPublicFigures({}, signal),
  });
  const data = figures.data;
  return (
    <div className="page" data-testid="public-figures-page">
      <PageTitle>{text.publicTitle}</PageTitle>
      <h1>{text.publicTitle}</h1>
      <p className="page-intro">
        {text.publicIntro}
        {data ? `（${data.from} 至 ${data.to}）` : ''}
      </p>
      {figures.isError && <ProblemAlert error={figures.error} />}
      {data && (
        <>
          <Card title={text.headline} data-testid="figures-headline">
            <HeadlineFigures headline={data.headline} zeroVisitItemsShare={data.zeroVisitItemsShare} />
          </Card>
          <Card title={text.panel3545} style={{ marginTop: 16 }}>
            <EChart
              label={text.panelChart}
              height={240}
              option={{
                grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
                legend: {},
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: data.panel3545.map((p) => p.name) },
                yAxis: { type: 'value', name: '工作日' },
                series: [
                  { type: 'bar', name: text.median, data: data.panel3545.map((p) => p.medianWorkdays) },
                  { type: 'line', name: text.promise, data: data.panel3545.map((p) => p.promisedWorkdays) },
                ],
              }}
            />
            <ResponsiveTable
              rowKey="bundleId"
              size="small"
              pagination={false}
              dataSource={data.panel3545}
              columns={[
                { title: text.name, dataIndex: 'name' },
                { title: text.promise, dataIndex: 'promisedWorkdays', render: text.workdays },
                { title: text.median, dataIndex: 'medianWorkdays', render: text.workdays },
                { title: text.withinPromise, dataIndex: 'withinPromiseShare', render: percent },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
