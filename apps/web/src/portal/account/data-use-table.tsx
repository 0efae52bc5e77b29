import type { DataUseEntry, DataUsePage } from '@yici/contracts';
import { Tag } from 'antd';
import { CursorPager } from '../../shared/cursor-pager';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';

const text = messages.dataUse;

const COLUMNS: ColumnsType<DataUseEntry> = [
  { title: text.at, key: 'at', width: 180, render: (_, entry) => formatDateTime(entry.at) },
  {
    title: text.reader,
    key: 'reader',
    width: 220,
    render: (_, entry) => (
      <span className="tag-row">
        {entry.readerLabel}
        <Tag>{text.readerKinds[entry.readerKind]}</Tag>
        {entry.mandateId && <Tag color="purple">{text.underMandate}</Tag>}
      </span>
    ),
  },
  { title: text.purpose, dataIndex: 'purpose', key: 'purpose', width: 200 },
  { title: text.caseId, key: 'caseId', width: 160, render: (_, entry) => entry.caseId ?? messages.guide.none },
  {
    title: text.fields,
    key: 'fields',
    render: (_, entry) => entry.fields.map((field) => text.fieldNames[entry.subjectType][field] ?? field).join('、'),
  },
];

type DataUseTableProps = {
  page: DataUsePage | undefined;
  /** The cursor of the page shown (undefined: the first). */
  cursor: string | undefined;
  isLoading: boolean;
  onPageChange: (cursor: string | undefined) => void;
};

/** The log follows cursors, newest first, as the staff lists do (no page is found by skipping rows). */
export function DataUseTable({ page, cursor, isLoading, onPageChange }: DataUseTableProps) {
  return (
    <>
      <ResponsiveTable<DataUseEntry>
        rowKey="id"
        size="middle"
        loading={isLoading}
        columns={COLUMNS}
        dataSource={page?.items ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: text.empty }}
        data-testid="data-use-table"
        pagination={false}
      />
      <CursorPager
        count={page?.count}
        unit={text.unit}
        prev={page?.prev}
        next={page?.next}
        current={cursor}
        onPage={onPageChange}
      />
    </>
  );
}
