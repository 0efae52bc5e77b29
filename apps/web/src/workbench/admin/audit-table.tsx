import { auditActionLabel, labelOf } from '@yici/contracts';
import { Tag } from 'antd';
import { CursorTable, type CursorTableProps } from '../../shared/cursor-table';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEntry } from '../../api/audit.shapes';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';

const text = messages.workbench.audit;
const none = messages.guide.none;

const COLUMNS: ColumnsType<AuditEntry> = [
  {
    title: text.seq,
    key: 'seq',
    width: 90,
    render: (_, entry) => entry.seq ?? <Tag color="gold">{text.unsealed}</Tag>,
  },
  { title: text.at, key: 'at', width: 180, render: (_, entry) => formatDateTime(entry.at) },
  {
    title: text.actor,
    key: 'actor',
    width: 160,
    render: (_, entry) => (
      <span className="tag-row">
        {entry.actor.label}
        <Tag>{messages.dataUse.readerKinds[entry.actor.kind]}</Tag>
      </span>
    ),
  },
  {
    title: text.onBehalfOf,
    key: 'onBehalfOf',
    width: 190,
    render: (_, entry) =>
      entry.onBehalfOf
        ? `${entry.onBehalfOf.id}${entry.onBehalfOf.capacity ? `（${messages.capacity[entry.onBehalfOf.capacity]}）` : ''}`
        : none,
  },
  {
    title: text.action,
    key: 'action',
    width: 220,
    render: (_, entry) => (
      // The code stays at hand for whoever investigates: on hover, and in the copy of the row.
      <span className="audit-action" title={entry.action} data-action={entry.action}>
        {auditActionLabel(entry.action)}
      </span>
    ),
  },
  {
    title: text.subject,
    key: 'subject',
    width: 240,
    render: (_, entry) => (
      <span className="audit-hash">
        <span title={entry.subject.type}>{labelOf('auditSubject', entry.subject.type)}</span> · {entry.subject.id}
      </span>
    ),
  },
  { title: text.purpose, key: 'purpose', render: (_, entry) => entry.purpose ?? none },
  { title: text.caseId, key: 'caseId', width: 140, render: (_, entry) => entry.caseId ?? none },
  { title: text.ip, key: 'ip', width: 130, render: (_, entry) => entry.ip ?? none },
];

/** The audit log a page at a time. */
export function AuditTable(props: CursorTableProps<AuditEntry>) {
  return (
    <CursorTable<AuditEntry>
      {...props}
      columns={COLUMNS}
      unit={text.unit}
      emptyText={text.empty}
      size="small"
      width={1500}
      testId="audit-table"
    />
  );
}
