import { Button, Tag } from 'antd';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import type { StaffAccount } from '../../api/staff.endpoints';
import { messages } from '../../messages';

const text = messages.workbench.staff;

type StaffTableProps = { staff: StaffAccount[]; isLoading: boolean; onEdit: (account: StaffAccount) => void };

export function StaffTable({ staff, isLoading, onEdit }: StaffTableProps) {
  const columns: ColumnsType<StaffAccount> = [
    { title: text.login, dataIndex: 'login', key: 'login', width: 150 },
    { title: text.name, dataIndex: 'name', key: 'name', width: 140 },
    { title: text.phone, dataIndex: 'phoneMasked', key: 'phone', width: 130 },
    {
      title: text.roles,
      key: 'roles',
      render: (_, account) => (
        <span className="tag-row">
          {account.roles.map((role) => (
            <Tag key={role} color="blue">
              {messages.workbench.roles[role]}
            </Tag>
          ))}
        </span>
      ),
    },
    { title: text.regionCode, dataIndex: 'regionCode', key: 'region', width: 150 },
    {
      title: text.departmentId,
      key: 'department',
      width: 200,
      render: (_, account) => account.departmentId ?? text.none,
    },
    {
      title: text.status,
      key: 'status',
      width: 90,
      render: (_, account) => (
        <Tag color={account.status === 'active' ? 'green' : 'default'}>{text.statuses[account.status]}</Tag>
      ),
    },
    {
      title: text.actions,
      key: 'actions',
      width: 90,
      render: (_, account) => (
        <Button
          type="link"
          size="small"
          onClick={() => onEdit(account)}
          aria-label={text.editTitle(account.name, account.login)}
        >
          {text.edit}
        </Button>
      ),
    },
  ];
  return (
    <ResponsiveTable<StaffAccount>
      rowKey="id"
      size="middle"
      loading={isLoading}
      columns={columns}
      dataSource={staff}
      scroll={{ x: 1100 }}
      data-testid="staff-table"
      pagination={{ pageSize: 20, showSizeChanger: false, showTotal: text.total }}
    />
  );
}
