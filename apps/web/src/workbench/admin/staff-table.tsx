import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { StaffAccount } from '../../api/staff.endpoints';
import { messages } from '../../messages';
import { CursorTable, type CursorTableProps } from '../../shared/cursor-table';

const text = messages.workbench.staff;

type StaffTableProps = CursorTableProps<StaffAccount> & { onEdit: (account: StaffAccount) => void };

/** The staff accounts by login, a page at a time along the server's cursors (a province has tens of thousands). */
export function StaffTable({ onEdit, ...page }: StaffTableProps) {
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
    <CursorTable<StaffAccount>
      {...page}
      columns={columns}
      unit={text.unit}
      emptyText={text.empty}
      size="middle"
      width={1100}
      testId="staff-table"
    />
  );
}
