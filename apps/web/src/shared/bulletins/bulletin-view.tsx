import { useMemo } from 'react';
import type { BulletinContent } from '@yici/contracts';
import { messages } from '../../messages';
import { EChart } from '../echart';
import { ResponsiveTable } from '../responsive-table';

const text = messages.ledger.view;

type Row = { key: string; name: string; count: number };

/** Ranked horizontal bars, longest on top; the table beside it carries the same figures. */
function barOption(rows: { name: string; value: number }[], unit: string) {
  const ordered = [...rows].reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const },
    yAxis: {
      type: 'category' as const,
      data: ordered.map((r) => r.name),
      axisLabel: { width: 120, overflow: 'truncate' as const },
    },
    series: [
      {
        type: 'bar' as const,
        data: ordered.map((r) => r.value),
        label: { show: true, position: 'right' as const, formatter: `{c}${unit}` },
        itemStyle: { color: '#1f5fa8' },
      },
    ],
  };
}

function CountChart({ rows, label }: { rows: Row[]; label: string }) {
  const option = useMemo(
    () =>
      barOption(
        rows.map((r) => ({ name: r.name, value: r.count })),
        '张',
      ),
    [rows],
  );
  if (rows.length === 0) return <p>{text.noData}</p>;
  return (
    <>
      <EChart option={option} label={label} height={Math.max(160, rows.length * 28)} />
      <ResponsiveTable<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: text.name, dataIndex: 'name' },
          { title: text.count, dataIndex: 'count' },
        ]}
      />
    </>
  );
}

type CityRow = { regionCode: string; name: string; medianWorkdays: number; cases: number; rank: string };

function Figures3545({ figure }: { figure: BulletinContent['figures3545'][number] }) {
  const rows: CityRow[] = [
    ...figure.best.map((r) => ({ ...r, rank: text.best })),
    ...figure.worst.map((r) => ({ ...r, rank: text.worst })),
  ];
  const option = useMemo(
    () =>
      barOption(
        rows.map((r) => ({ name: `${r.name}（${r.rank}）`, value: r.medianWorkdays })),
        '日',
      ),
    [rows],
  );
  return (
    <section data-testid={`bulletin-3545-${figure.bundleId}`}>
      <h4>
        {figure.name}（{text.promise(figure.promisedDays)}）
      </h4>
      {rows.length === 0 ? (
        <p>{text.noData}</p>
      ) : (
        <>
          <EChart option={option} label={`${figure.name}${text.median}`} height={Math.max(140, rows.length * 28)} />
          <ResponsiveTable<CityRow>
            size="small"
            rowKey={(r) => `${r.rank}-${r.regionCode}`}
            pagination={false}
            dataSource={rows}
            columns={[
              { title: text.city, dataIndex: 'name' },
              { title: text.best + '/' + text.worst, dataIndex: 'rank' },
              { title: text.median, dataIndex: 'medianWorkdays' },
              { title: text.cases, dataIndex: 'cases' },
            ]}
          />
        </>
      )}
    </section>
  );
}

/** A bulletin's figures as a page: the same sections, in the same order, as its sealed PDF. */
export function BulletinView({
  bulletin,
}: {
  bulletin: {
    periodFrom: string;
    periodTo: string;
    introduction: string;
    content: BulletinContent;
    correctsNumber: string | null;
  };
}) {
  const c = bulletin.content;
  return (
    <article className="bulletin" data-testid="bulletin-view">
      {bulletin.correctsNumber && <p>{text.corrects(bulletin.correctsNumber)}</p>}
      <p>{text.periodLine(bulletin.periodFrom, bulletin.periodTo)}</p>
      {bulletin.introduction && <p style={{ whiteSpace: 'pre-wrap' }}>{bulletin.introduction}</p>}
      <h3>{text.progress}</h3>
      <p data-testid="bulletin-progress">{text.progressLine(c.ledger)}</p>
      {c.overdueTasks.length > 0 && (
        <ResponsiveTable
          size="small"
          rowKey={(r) => `${r.code}-${r.dueOn}`}
          pagination={false}
          dataSource={c.overdueTasks}
          columns={[
            { title: text.overdue, render: (_, r) => `${r.code} ${r.title}` },
            { title: messages.ledger.tasks.due, dataIndex: 'dueOn' },
            { title: messages.ledger.tasks.lead, render: (_, r) => r.leadDepartmentName ?? '—' },
          ]}
        />
      )}
      <h3>{text.redCards}</h3>
      <h4>{text.byCity}</h4>
      <CountChart rows={c.redCardsByCity} label={text.byCity} />
      <h4>{text.byDepartment}</h4>
      <CountChart rows={c.redCardsByDepartment} label={text.byDepartment} />
      <h3>{text.figures}</h3>
      {c.figures3545.map((f) => (
        <Figures3545 key={f.bundleId} figure={f} />
      ))}
      {(c.commendations.length > 0 || c.accountabilities.length > 0) && (
        <>
          <h3>{text.records}</h3>
          {c.commendations.map((r, i) => (
            <p key={`c${i}`}>
              {text.commendation}：{r.subjectName}。{r.reason}
            </p>
          ))}
          {c.accountabilities.map((r, i) => (
            <p key={`a${i}`}>
              {text.accountability}：{r.subjectName}。{r.reason}
            </p>
          ))}
        </>
      )}
    </article>
  );
}
