import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Select, Skeleton, Tag } from 'antd';
import { useParams } from 'react-router';
import { LABELS, type CityResult, type Evaluation } from '@yici/contracts';
import { api } from '../../api/client';
import { evaluationPdfPath } from '../../api/evaluation.endpoints';
import { evaluationMessages as text } from '../../messages.evaluation';
import { EChart } from '../../shared/echart';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import './evaluation.css';

const fmt = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

/** One evaluation: the ranking, a radar per city, the breakdown by indicator, the change on last year. */
export function EvaluationReportPage() {
  const { id = '' } = useParams();
  const report = useQuery({ queryKey: ['evaluation', id], queryFn: ({ signal }) => api.getEvaluation(id, signal) });
  return (
    <div className="page evaluation-report" data-testid="evaluation-report">
      <PageTitle>{report.data?.title ?? text.heading}</PageTitle>
      {report.isPending && <Skeleton active />}
      {report.isError && (
        <>
          <h1>{text.report.notFound}</h1>
          <ProblemAlert error={report.error} />
        </>
      )}
      {report.isSuccess && <Report evaluation={report.data} />}
    </div>
  );
}

function Report({ evaluation }: { evaluation: Evaluation }) {
  const [cityCode, setCityCode] = useState(evaluation.cities[0]?.code ?? '');
  const city = evaluation.cities.find((c) => c.code === cityCode) ?? evaluation.cities[0];
  const levels = evaluation.system.firstLevels;
  const leftOut = new Set(evaluation.indicatorsLeftOut.map((l) => l.key));
  const previousYear = evaluation.cities.find((c) => c.previous)?.previous?.year ?? null;
  const radar = useMemo(() => radarOption(evaluation, city), [evaluation, city]);
  return (
    <>
      <h1>{evaluation.title}</h1>
      <p className="page-intro">
        {text.report.summary(evaluation.cities.length, evaluation.casesMeasured)} · {evaluation.system.name}
      </p>
      <Button href={evaluationPdfPath(evaluation.id)} data-testid="evaluation-pdf">
        {text.report.pdf}
      </Button>

      <h2>{text.report.ranking}</h2>
      {previousYear && <p className="evaluation-meta">{text.report.previous(previousYear)}</p>}
      <ResponsiveTable<CityResult>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={evaluation.cities}
        data-testid="evaluation-ranking"
        columns={[
          { title: text.report.rank, key: 'rank', render: (_, c) => c.rank ?? text.report.unranked },
          { title: text.report.city, dataIndex: 'name' },
          { title: text.report.total, key: 'total', render: (_, c) => `${fmt(c.total)}${c.complete ? '' : ' *'}` },
          {
            title: text.report.change,
            key: 'change',
            render: (_, c) => <Change city={c} />,
          },
          ...levels.map((level) => ({
            title: level.name,
            key: level.key,
            render: (_: unknown, c: CityResult) => fmt(c.firstLevels.find((l) => l.key === level.key)?.score, 1),
          })),
        ]}
      />

      <h2>{text.report.radar}</h2>
      <label className="evaluation-city-select">
        <span>{text.report.radarCity}</span>
        <Select
          value={city?.code}
          onChange={setCityCode}
          aria-label={text.report.radarCity}
          options={evaluation.cities.map((c) => ({ value: c.code, label: c.name }))}
          style={{ minWidth: 140 }}
          data-testid="evaluation-city"
        />
      </label>
      {radar && <EChart option={radar} label={`${city?.name ?? ''} ${text.report.radar}`} height={340} />}

      <h2>
        {text.report.breakdown}
        {city ? ` · ${city.name}` : ''}
      </h2>
      <ResponsiveTable
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={evaluation.system.indicators.map((indicator) => ({
          indicator,
          value: city?.indicators.find((v) => v.key === indicator.key),
          key: indicator.key,
        }))}
        data-testid="evaluation-breakdown"
        columns={[
          {
            title: text.report.indicator,
            key: 'name',
            render: (_, row) => (
              <>
                {row.indicator.name}
                <div className="evaluation-meta">
                  {levels.find((l) => l.key === row.indicator.firstLevel)?.name} · {row.indicator.unit} ·{' '}
                  {text.report.frontier(row.indicator.best, row.indicator.worst)}
                </div>
              </>
            ),
          },
          {
            title: text.report.value,
            key: 'value',
            render: (_, row) =>
              row.value?.value === null || !row.value ? (
                <span className="evaluation-missing">{row.value?.missing ?? '—'}</span>
              ) : (
                fmt(row.value.value)
              ),
          },
          {
            title: text.report.workingDays,
            key: 'workingDays',
            render: (_, row) => fmt(row.value?.workingDays, 1),
          },
          { title: text.report.score, key: 'score', render: (_, row) => fmt(row.value?.score) },
          { title: text.report.rank, key: 'rank', render: (_, row) => row.value?.rank ?? '—' },
          {
            title: text.report.source,
            key: 'source',
            render: (_, row) => (
              <Tag
                color={
                  leftOut.has(row.indicator.key) ? 'default' : row.indicator.source === 'measured' ? 'blue' : 'gold'
                }
              >
                {LABELS.indicatorSource[row.indicator.source]}
              </Tag>
            ),
          },
        ]}
      />

      {evaluation.indicatorsLeftOut.length > 0 && (
        <>
          <h2>{text.report.leftOut}</h2>
          <ul>
            {evaluation.indicatorsLeftOut.map((l) => (
              <li key={l.key}>
                {evaluation.system.indicators.find((i) => i.key === l.key)?.name}：{l.reason}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{text.report.definitions}</h2>
      <dl className="evaluation-definitions">
        {evaluation.definitions.map((d) => (
          <div key={d.term}>
            <dt>{d.term}</dt>
            <dd>{d.text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Change({ city }: { city: CityResult }) {
  if (!city.previous || city.previous.total === null || city.total === null) return <>{text.report.noPrevious}</>;
  const delta = city.total - city.previous.total;
  const rankDelta = city.previous.rank !== null && city.rank !== null ? city.previous.rank - city.rank : null;
  return (
    <span className={delta >= 0 ? 'evaluation-up' : 'evaluation-down'}>
      {delta >= 0 ? '+' : ''}
      {delta.toFixed(2)}
      {rankDelta !== null && rankDelta !== 0 ? `（名次${rankDelta > 0 ? '升' : '降'} ${Math.abs(rankDelta)}）` : ''}
    </span>
  );
}

function radarOption(evaluation: Evaluation, city: CityResult | undefined) {
  if (!city) return null;
  const levels = evaluation.system.firstLevels.filter(
    (level) =>
      !evaluation.system.indicators
        .filter((i) => i.firstLevel === level.key)
        .every((i) => evaluation.indicatorsLeftOut.some((l) => l.key === i.key)),
  );
  const scoreOf = (c: CityResult, key: string) => c.firstLevels.find((l) => l.key === key)?.score ?? 0;
  const average = levels.map((level) => {
    const scores = evaluation.cities
      .map((c) => c.firstLevels.find((l) => l.key === level.key)?.score)
      .filter((s): s is number => typeof s === 'number');
    return scores.length > 0 ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : 0;
  });
  return {
    tooltip: {},
    legend: { bottom: 0, data: [city.name, text.report.radarAverage] },
    radar: { indicator: levels.map((l) => ({ name: l.name, max: 100 })), radius: '62%' },
    series: [
      {
        type: 'radar',
        data: [
          { value: levels.map((l) => scoreOf(city, l.key)), name: city.name, areaStyle: { opacity: 0.2 } },
          { value: average, name: text.report.radarAverage, lineStyle: { type: 'dashed' } },
        ],
      },
    ],
  };
}
