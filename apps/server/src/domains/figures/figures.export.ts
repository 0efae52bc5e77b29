import ExcelJS from 'exceljs';
import type { FiguresOverview, FiguresTable } from '@yici/contracts';
import { LABELS } from '@yici/contracts';
import { figuresErrors } from './figures.errors';

type Column = { key: string; label: string; format?: 'share' };

const HEADLINE_COLUMNS: Column[] = [
  { key: 'cases', label: '办件量' },
  { key: 'completed', label: '办结量' },
  { key: 'onTimeShare', label: '按时办结率', format: 'share' },
  { key: 'medianWorkdays', label: '办理用时中位数（工作日）' },
  { key: 'p90Workdays', label: '办理用时 90 分位（工作日）' },
  { key: 'atMostOneVisitShare', label: '一次办好率', format: 'share' },
  { key: 'zeroVisitShare', label: '零跑腿率', format: 'share' },
  { key: 'sharedMaterialsShare', label: '免提交率', format: 'share' },
  { key: 'correctionRate', label: '补正率', format: 'share' },
  { key: 'deferredCount', label: '容缺受理件数' },
  { key: 'refusalRate', label: '不予受理率', format: 'share' },
];

const TABLES: Record<FiguresTable, { title: string; columns: Column[] }> = {
  channels: {
    title: '办理渠道',
    columns: [
      { key: 'channelName', label: '渠道' },
      { key: 'cases', label: '办件量' },
      { key: 'share', label: '占比', format: 'share' },
    ],
  },
  targets: {
    title: '事项与一件事',
    columns: [
      { key: 'name', label: '事项或一件事' },
      { key: 'target', label: '编码' },
      { key: 'promisedWorkdays', label: '承诺时限（工作日）' },
      ...HEADLINE_COLUMNS,
    ],
  },
  children: {
    title: '下级区域与大厅',
    columns: [{ key: 'name', label: '区域或大厅' }, { key: 'area', label: '代码' }, ...HEADLINE_COLUMNS],
  },
  weeks: {
    title: '按周走势',
    columns: [
      { key: 'weekStart', label: '周（周一）' },
      { key: 'cases', label: '办件量' },
      { key: 'completed', label: '办结量' },
      { key: 'onTimeShare', label: '按时办结率', format: 'share' },
      { key: 'atMostOneVisitShare', label: '一次办好率', format: 'share' },
    ],
  },
  panel3545: {
    title: '3545 改革目标',
    columns: [
      { key: 'name', label: '一件事' },
      { key: 'promisedWorkdays', label: '承诺（工作日）' },
      { key: 'completed', label: '办结量' },
      { key: 'medianWorkdays', label: '用时中位数（工作日）' },
      { key: 'p90Workdays', label: '用时 90 分位（工作日）' },
      { key: 'withinPromiseShare', label: '承诺内办结率', format: 'share' },
      { key: 'onTimeShare', label: '按时办结率', format: 'share' },
    ],
  },
};

function rowsOf(overview: FiguresOverview, table: FiguresTable): Record<string, unknown>[] {
  if (table === 'channels')
    return overview.channels.map((c) => ({ ...c, channelName: LABELS.figuresChannel[c.channel] }));
  return overview[table] as unknown as Record<string, unknown>[];
}

const cell = (value: unknown, column: Column): string | number =>
  value === null || value === undefined
    ? ''
    : column.format === 'share'
      ? Number((Number(value) * 100).toFixed(2))
      : (value as string | number);

/** One table of the overview as CSV (UTF-8 with BOM, for spreadsheet programs) or XLSX (exceljs). */
export async function exportTable(options: {
  overview: FiguresOverview;
  table: FiguresTable;
  format: 'csv' | 'xlsx';
  rowLimit: number;
}): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const { overview, table, format } = options;
  const spec = TABLES[table];
  const rows = rowsOf(overview, table);
  if (rows.length > options.rowLimit) throw figuresErrors.exportTooLarge(rows.length, options.rowLimit);
  const header = spec.columns.map((c) => (c.format === 'share' ? `${c.label}（%）` : c.label));
  const base = `${overview.area.name}-${spec.title}-${overview.from}-${overview.to}`;
  if (format === 'csv') {
    const quote = (v: string | number) => {
      const text = String(v);
      return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const lines = [
      header.map(quote).join(','),
      ...rows.map((r) => spec.columns.map((c) => quote(cell(r[c.key], c))).join(',')),
    ];
    return {
      fileName: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.title.slice(0, 31));
  sheet.addRow([`${overview.area.name} ${spec.title}（${overview.from} 至 ${overview.to}）`]);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(spec.columns.map((c) => cell(r[c.key], c)));
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 28 : 16));
  return {
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
