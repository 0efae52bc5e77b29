import type { FiguresCardRow, FiguresCards, FiguresTable } from '@yici/contracts';
import type { ColumnsType } from 'antd/es/table';
import { messages } from '../../messages';
import { FiguresSection } from './figures-section';

const text = messages.figures;

type Period = { area: string; from: string; to: string };

const countColumns: ColumnsType<FiguresCardRow> = [
  { title: text.cardsYellowRaised, dataIndex: 'yellowRaised' },
  { title: text.cardsRedRaised, dataIndex: 'redRaised' },
  { title: text.cardsCleared, dataIndex: 'cleared' },
  { title: text.cardsOpenYellow, dataIndex: 'openYellow' },
  { title: text.cardsOpenRed, dataIndex: 'openRed' },
];

/** 电子监察's red and yellow cards of the area: per child region (with a chart), department and item. */
export function CardSections({ cards, period }: { cards: FiguresCards; period: Period }) {
  const t = cards.total;
  const ranked = [...cards.byArea].sort((a, b) => a.redRaised - b.redRaised);
  const section = (heading: string, table: FiguresTable, rows: FiguresCardRow[], nameTitle: string, none: string) => (
    <FiguresSection
      heading={heading}
      exportOf={{ ...period, table }}
      table={{
        rowKey: 'key',
        pagination: { pageSize: 10 },
        dataSource: rows,
        columns: [{ title: nameTitle, dataIndex: 'name', render: (n: string | null) => n ?? none }, ...countColumns],
      }}
    />
  );
  return (
    <>
      <FiguresSection
        heading={text.cardsByArea}
        exportOf={{ ...period, table: 'cardsByArea' }}
        chart={
          ranked.length > 0
            ? {
                label: text.cardsChart,
                height: Math.max(200, ranked.length * 26),
                option: {
                  grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
                  legend: {},
                  tooltip: { trigger: 'axis' },
                  xAxis: { type: 'value' },
                  yAxis: { type: 'category', data: ranked.map((r) => r.name ?? r.key) },
                  series: [
                    { type: 'bar', name: text.cardsRedRaised, data: ranked.map((r) => r.redRaised), color: '#c0392b' },
                    {
                      type: 'bar',
                      name: text.cardsYellowRaised,
                      data: ranked.map((r) => r.yellowRaised),
                      color: '#d4a017',
                    },
                  ],
                },
              }
            : undefined
        }
        table={{
          rowKey: 'key',
          pagination: false,
          dataSource: cards.byArea,
          columns: [
            { title: text.name, dataIndex: 'name', render: (n: string | null, r) => n ?? r.key },
            ...countColumns,
          ],
        }}
      >
        <p className="figures-note" data-testid="figures-cards-total">
          {text.cardsTotal(t.yellowRaised, t.redRaised, t.cleared, t.openYellow, t.openRed)}
        </p>
      </FiguresSection>
      {section(text.cardsByDepartment, 'cardsByDepartment', cards.byDepartment, text.department, text.noDepartment)}
      {section(text.cardsByItem, 'cardsByItem', cards.byItem, text.item, text.noItem)}
    </>
  );
}
