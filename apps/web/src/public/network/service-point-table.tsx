import type { ServicePoint } from '@yici/contracts';
import { Tag } from 'antd';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { messages } from '../../messages';

const text = messages.network;

const COLUMNS: ColumnsType<ServicePoint> = [
  {
    title: text.name,
    key: 'name',
    width: 240,
    render: (_, point) => (
      <span className="service-point-name">
        {point.name}
        {point.is24Hours && <Tag color="purple">{text.hours24}</Tag>}
      </span>
    ),
  },
  { title: text.kind, key: 'kind', width: 120, render: (_, point) => messages.labels.servicePointKind[point.kind] },
  { title: text.address, dataIndex: 'address', key: 'address' },
  { title: text.openingHours, dataIndex: 'openingHours', key: 'openingHours', width: 280 },
  { title: text.phone, dataIndex: 'phone', key: 'phone', width: 130 },
  {
    title: text.intake,
    key: 'intake',
    width: 160,
    render: (_, point) => (point.intake === 'all' ? text.intakeAll : text.intakeListed(point.itemCodes.length)),
  },
];

type ServicePointTableProps = {
  points: ServicePoint[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPageChange: (page: number) => void;
};

export function ServicePointTable({ points, total, page, pageSize, isLoading, onPageChange }: ServicePointTableProps) {
  return (
    <div data-testid="service-point-table">
      <ResponsiveTable<ServicePoint>
        rowKey="id"
        size="middle"
        loading={isLoading}
        scroll={{ x: 1100 }}
        columns={COLUMNS}
        dataSource={points}
        locale={{ emptyText: text.empty }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: false,
          showTotal: text.total,
          onChange: onPageChange,
        }}
      />
    </div>
  );
}
