import type { Me } from '@yici/contracts';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { messages } from '../../messages';

const text = messages.account;
const none = messages.guide.none;

/** Who the account is, with the ID number and phone masked as the server sends them. */
export function AccountProfile({ me }: { me: Me }) {
  const isStaff = me.kind === 'staff';
  const items = [
    { key: 'name', label: text.name, children: me.name },
    { key: 'kind', label: text.kind, children: text.kinds[me.kind] },
    ...(isStaff
      ? [
          {
            key: 'roles',
            label: text.roles,
            children: (
              <span className="tag-row">
                {me.roles.map((role) => (
                  <Tag key={role} color="blue">
                    {messages.workbench.roles[role]}
                  </Tag>
                ))}
              </span>
            ),
          },
          { key: 'region', label: text.region, children: me.regionCode ?? none },
          { key: 'department', label: text.department, children: me.departmentId ?? none },
        ]
      : [
          { key: 'idNumber', label: text.idNumber, children: <span data-testid="id-number">{me.idNumberMasked}</span> },
          { key: 'actingFor', label: text.actingFor, children: me.actingFor?.name ?? messages.header.self },
        ]),
    { key: 'phone', label: text.phone, children: <span data-testid="phone">{me.phoneMasked}</span> },
    {
      key: 'accountId',
      label: text.accountId,
      children: (
        <Typography.Text copyable code data-testid="account-id">
          {me.accountId}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Card title={text.profile} data-testid="account-profile">
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
