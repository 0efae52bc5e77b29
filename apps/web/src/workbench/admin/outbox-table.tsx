import { Tag } from 'antd';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import type { OutboxMessage } from '../../api/staff.endpoints';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';

const text = messages.workbench.outbox;

const COLUMNS: ColumnsType<OutboxMessage> = [
  { title: text.createdAt, key: 'createdAt', width: 180, render: (_, m) => formatDateTime(m.createdAt) },
  { title: text.channel, key: 'channel', width: 80, render: (_, m) => text.channels[m.channel] ?? m.channel },
  { title: text.recipient, dataIndex: 'recipient', key: 'recipient', width: 130 },
  { title: text.template, key: 'template', width: 130, render: (_, m) => text.templates[m.template] ?? m.template },
  {
    title: text.body,
    key: 'body',
    render: (_, m) => (
      <span className="outbox-body" data-testid="outbox-body">
        {m.body}
      </span>
    ),
  },
  {
    title: text.delivery,
    key: 'delivery',
    width: 100,
    render: (_, m) => (
      <Tag color={m.deliveredAt ? 'green' : 'gold'}>{m.deliveredAt ? text.delivered : text.pending}</Tag>
    ),
  },
  { title: text.attempts, dataIndex: 'attempts', key: 'attempts', width: 90 },
];

export function OutboxTable({ messages: rows, isLoading }: { messages: OutboxMessage[]; isLoading: boolean }) {
  return (
    <ResponsiveTable<OutboxMessage>
      rowKey="id"
      size="middle"
      loading={isLoading}
      columns={COLUMNS}
      dataSource={rows}
      scroll={{ x: 1000 }}
      pagination={false}
      locale={{ emptyText: text.empty }}
      data-testid="outbox-table"
    />
  );
}
