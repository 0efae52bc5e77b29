import type { FiguresFeedback, FiguresTable, HotlineFigureRow, RatingFigure } from '@yici/contracts';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { FiguresSection } from './figures-section';
import { percent } from './figures-format';

const text = messages.figures;

type Period = { area: string; from: string; to: string };

const ticketColumns: ColumnsType<HotlineFigureRow> = [
  { title: text.onSpotRate, dataIndex: 'onSpotRate', render: percent },
  { title: text.signOnTimeRate, dataIndex: 'signOnTimeRate', render: percent },
  { title: text.replyOnTimeRate, dataIndex: 'replyOnTimeRate', render: percent },
  { title: text.returnRate, dataIndex: 'returnRate', render: percent },
  { title: text.reopenRate, dataIndex: 'reopenRate', render: percent },
  { title: text.satisfactionRate, dataIndex: 'satisfactionRate', render: percent },
];

const ratingColumns: ColumnsType<RatingFigure> = [
  { title: text.rank, dataIndex: 'rank' },
  { title: text.ratingsCount, dataIndex: 'ratings' },
  { title: text.satisfactionRate, dataIndex: 'satisfiedShare', render: percent },
  { title: text.badRatings, dataIndex: 'badRatings' },
  { title: text.rectifiedOnTime, dataIndex: 'rectifiedOnTimeShare', render: percent },
];

/**
 * 12345 tickets per county and department, and 好差评 per department and hall, for the area and
 * period. A ticket count opens the tickets behind it (the hotline's list, within the viewer's region).
 */
export function FeedbackSections({ feedback, period }: { feedback: FiguresFeedback; period: Period }) {
  const tickets = (row: HotlineFigureRow) => (
    <Link
      to={`/workbench/tickets?${new URLSearchParams({
        // A department's row counts its tickets over the whole area; its region code is only one of them.
        region: row.departmentId ? period.area : row.regionCode,
        from: period.from,
        to: period.to,
        ...(row.departmentId ? { departmentId: row.departmentId } : {}),
        // The figures count a matter once: repeat calls merged into another ticket are not behind them.
        merged: 'exclude',
      }).toString()}`}
    >
      {row.tickets}
    </Link>
  );
  const ticketSection = (heading: string, table: FiguresTable, rows: HotlineFigureRow[], byDepartment: boolean) => (
    <FiguresSection
      heading={heading}
      exportOf={{ ...period, table }}
      table={{
        rowKey: (r) => `${r.regionCode}|${r.departmentId ?? ''}`,
        pagination: { pageSize: 10 },
        dataSource: rows,
        columns: [
          byDepartment
            ? { title: text.department, dataIndex: 'departmentName' }
            : { title: text.region, dataIndex: 'regionCode' },
          { title: text.tickets, dataIndex: 'tickets', render: (_: number, row) => tickets(row) },
          ...ticketColumns,
        ],
      }}
    />
  );
  const ratingSection = (heading: string, table: FiguresTable, rows: RatingFigure[], nameTitle: string) => (
    <FiguresSection
      heading={heading}
      exportOf={{ ...period, table }}
      table={{
        rowKey: 'key',
        pagination: { pageSize: 10 },
        dataSource: rows,
        columns: [{ title: nameTitle, dataIndex: 'name' }, ...ratingColumns],
      }}
    />
  );
  return (
    <>
      {ticketSection(text.ticketsByRegion, 'ticketsByRegion', feedback.ticketsByRegion, false)}
      {ticketSection(text.ticketsByDepartment, 'ticketsByDepartment', feedback.ticketsByDepartment, true)}
      {ratingSection(text.ratingsByDepartment, 'ratingsByDepartment', feedback.ratingsByDepartment, text.department)}
      {ratingSection(text.ratingsByHall, 'ratingsByHall', feedback.ratingsByHall, text.hall)}
    </>
  );
}
