import type { ItemElements } from '@yici/contracts';
import { Tag } from 'antd';
import { ResponsiveTable } from '../../../shared/responsive-table';
import { messages } from '../../../messages';

type Fee = ItemElements['fees'][number];

const COLUMNS = [
  { title: messages.guide.fees.name, dataIndex: 'name', key: 'name' },
  {
    title: messages.guide.fees.amount,
    dataIndex: 'amountYuan',
    key: 'amountYuan',
    align: 'right' as const,
    render: (amount: number) => amount.toFixed(2),
  },
  { title: messages.guide.fees.basis, dataIndex: 'basis', key: 'basis' },
];

export function GuideFees({ fees }: { fees: Fee[] }) {
  if (fees.length === 0) {
    return (
      <Tag color="green" data-testid="guide-free">
        {messages.guide.fees.free}
      </Tag>
    );
  }
  return <ResponsiveTable<Fee> size="small" rowKey="name" pagination={false} columns={COLUMNS} dataSource={fees} />;
}
