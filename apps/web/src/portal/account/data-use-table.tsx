import type { DataUseEntry } from '@yici/contracts';
import { Tag } from 'antd';
import { CursorTable, type CursorTableProps } from '../../shared/cursor-table';
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

/** The log follows cursors, newest first, as the staff lists do (no page is found by skipping rows). */
export function DataUseTable(props: CursorTableProps<DataUseEntry>) {
  return (
    <CursorTable<DataUseEntry>
      {...props}
      columns={COLUMNS}
      unit={text.unit}
      emptyText={text.empty}
      size="middle"
      width={900}
      testId="data-use-table"
    />
  );
}
