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

const CARD_COLUMNS: Column[] = [
  { key: 'yellowRaised', label: '黄牌（期间亮出）' },
  { key: 'redRaised', label: '红牌（期间亮出或升级）' },
  { key: 'cleared', label: '期间撤销' },
  { key: 'openYellow', label: '期末在亮黄牌' },
  { key: 'openRed', label: '期末在亮红牌' },
];

const TICKET_COLUMNS: Column[] = [
  { key: 'tickets', label: '工单量' },
  { key: 'onSpotRate', label: '直接办结率', format: 'share' },
  { key: 'signOnTimeRate', label: '按时签收率', format: 'share' },
  { key: 'replyOnTimeRate', label: '按时答复率', format: 'share' },
  { key: 'returnRate', label: '退单率', format: 'share' },
  { key: 'reopenRate', label: '重办率', format: 'share' },
  { key: 'satisfactionRate', label: '满意率', format: 'share' },
];

const RATING_COLUMNS: Column[] = [
  { key: 'rank', label: '排名' },
  { key: 'ratings', label: '评价数' },
  { key: 'satisfiedShare', label: '满意率', format: 'share' },
  { key: 'badRatings', label: '差评数' },
  { key: 'rectifiedOnTimeShare', label: '差评按时整改率', format: 'share' },
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
  cardsByArea: {
    title: '红黄牌（下级区域）',
    columns: [{ key: 'name', label: '区域' }, { key: 'key', label: '代码' }, ...CARD_COLUMNS],
  },
  cardsByDepartment: {
    title: '红黄牌（部门）',
    columns: [{ key: 'name', label: '部门' }, { key: 'key', label: '部门编号' }, ...CARD_COLUMNS],
  },
  cardsByItem: {
    title: '红黄牌（事项）',
    columns: [{ key: 'name', label: '事项' }, { key: 'key', label: '基本编码' }, ...CARD_COLUMNS],
  },
  ticketsByRegion: {
    title: '12345 工单（区县）',
    columns: [{ key: 'regionCode', label: '区划代码' }, ...TICKET_COLUMNS],
  },
  ticketsByDepartment: {
    title: '12345 工单（部门）',
    columns: [{ key: 'departmentName', label: '部门' }, { key: 'departmentId', label: '部门编号' }, ...TICKET_COLUMNS],
  },
  ratingsByDepartment: {
    title: '好差评（部门）',
    columns: [{ key: 'name', label: '部门' }, { key: 'key', label: '部门编号' }, ...RATING_COLUMNS],
  },
  ratingsByHall: {
    title: '好差评（大厅）',
    columns: [{ key: 'name', label: '大厅' }, { key: 'key', label: '大厅编号' }, ...RATING_COLUMNS],
  },
};

function rowsOf(overview: FiguresOverview, table: FiguresTable): Record<string, unknown>[] {
  const feedback = overview.feedback;
  switch (table) {
    case 'channels':
      return overview.channels.map((c) => ({ ...c, channelName: LABELS.figuresChannel[c.channel] }));
    case 'cardsByArea':
      return overview.cards?.byArea ?? [];
    case 'cardsByDepartment':
      return (overview.cards?.byDepartment ?? []).map((r) => ({ ...r, name: r.name ?? '未明确部门' }));
    case 'cardsByItem':
      return (overview.cards?.byItem ?? []).map((r) => ({ ...r, name: r.name ?? '未明确事项' }));
    case 'ticketsByRegion':
    case 'ticketsByDepartment':
    case 'ratingsByDepartment':
    case 'ratingsByHall':
      return feedback ? feedback[table] : [];
    default:
      return overview[table] as unknown as Record<string, unknown>[];
  }
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
