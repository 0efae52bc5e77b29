import { Card, Space, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { FiguresTable } from '@yici/contracts';
import { figuresExportUrl } from '../../api/figures.endpoints';
import { messages } from '../../messages';
import { EChart } from '../../shared/echart';
import { ResponsiveTable } from '../../shared/responsive-table';

const text = messages.figures;

type Chart = Parameters<typeof EChart>[0];

/**
 * One section of the dashboard: a heading, a chart (optional), the table of the same figures and
 * that table's CSV and Excel export for the area and period shown.
 */
export function FiguresSection<Row extends object>({
  heading,
  exportOf,
  chart,
  table,
  children,
}: {
  heading: string;
  /** The area and period of the export, and which table of the overview it is. */
  exportOf: { area: string; from: string; to: string; table: FiguresTable };
  chart?: Chart;
  table: TableProps<Row>;
  /** Anything shown under the table (e.g. a note when it is empty). */
  children?: ReactNode;
}) {
  return (
    <Card title={heading} extra={<ExportLinks {...exportOf} />} style={{ marginTop: 16 }}>
      {chart && <EChart {...chart} />}
      <ResponsiveTable size="small" {...table} />
      {children}
    </Card>
  );
}

function ExportLinks(query: { area: string; from: string; to: string; table: FiguresTable }) {
  return (
    <Space wrap size="small">
      <a href={figuresExportUrl({ ...query, format: 'csv' })} download>
        {text.exportCsv}
      </a>
      <a href={figuresExportUrl({ ...query, format: 'xlsx' })} download>
        {text.exportXlsx}
      </a>
    </Space>
  );
}
