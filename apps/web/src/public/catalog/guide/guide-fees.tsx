import type { ItemElements } from '@yici/contracts';
import { Tag } from 'antd';
import { StaticTable, type StaticColumn } from '../../../shared/static-table';
import { messages } from '../../../messages';

type Fee = ItemElements['fees'][number];

const COLUMNS: StaticColumn<Fee>[] = [
  { title: messages.guide.fees.name, key: 'name', render: (fee) => fee.name },
  {
    title: messages.guide.fees.amount,
    key: 'amountYuan',
    align: 'right',
    width: 120,
    render: (fee) => fee.amountYuan.toFixed(2),
  },
  { title: messages.guide.fees.basis, key: 'basis', render: (fee) => fee.basis },
];

export function GuideFees({ fees }: { fees: Fee[] }) {
  if (fees.length === 0) {
    return (
      <Tag color="green" data-testid="guide-free">
        {messages.guide.fees.free}
      </Tag>
    );
  }
  return <StaticTable<Fee> size="small" rowKey={(fee) => fee.name} columns={COLUMNS} rows={fees} />;
}
