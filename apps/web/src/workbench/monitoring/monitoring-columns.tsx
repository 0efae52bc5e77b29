import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { LABELS, type MonitoringCard } from '@yici/contracts';
import { messages } from '../../messages';
import { LongValue } from '../../shared/long-value';

const text = messages.monitoring.inbox;

export function CardLevelTag({ level }: { level: MonitoringCard['level'] }) {
  return <Tag color={level === 'red' ? 'red' : 'gold'}>{LABELS.cardLevel[level]}</Tag>;
}

/** The columns of a list of cards, shared by the department's inbox and the supervisor's drill-down. */
export const CARD_COLUMNS: ColumnsType<MonitoringCard> = [
  { title: text.level, key: 'level', width: 80, render: (_, c) => <CardLevelTag level={c.level} /> },
  {
    title: text.subject,
    key: 'subject',
    render: (_, c) => (
      <span>
        {c.itemName ?? LABELS.monitoredKind[c.kind]}
        {c.subjectLabel && (
          <>
            <br />
            <LongValue value={c.subjectLabel} />
          </>
        )}
      </span>
    ),
  },
  { title: text.kind, key: 'kind', width: 130, render: (_, c) => LABELS.monitoredKind[c.kind] },
  { title: text.department, key: 'department', width: 160, render: (_, c) => c.departmentName ?? '—' },
  { title: text.dueOn, dataIndex: 'dueOn', key: 'dueOn', width: 110 },
  { title: text.raisedOn, dataIndex: 'raisedOn', key: 'raisedOn', width: 110 },
];
