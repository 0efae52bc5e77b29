import { Button, Popconfirm, Tag } from 'antd';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import type { Mandate } from '../../api/identity.endpoints';
import { messages } from '../../messages';
import { formatDate } from '../../shared/format-time';

const text = messages.mandates;
const STATUS_COLOURS = { active: 'green', expired: 'default', revoked: 'red' } as const;

type MandateTableProps = {
  mandates: Mandate[];
  isLoading: boolean;
  emptyText: string;
  /** Set for the mandates one granted: each active one can be revoked. */
  onRevoke?: (mandate: Mandate) => void;
  revokingId?: string | null;
};

function scopeOf(mandate: Mandate): string {
  const scope = text.scopes[mandate.scopeKind];
  const target = mandate.caseId ?? mandate.bundleId;
  return target ? `${scope}：${target}` : scope;
}

export function MandateTable({ mandates, isLoading, emptyText, onRevoke, revokingId }: MandateTableProps) {
  const columns: ColumnsType<Mandate> = [
    { title: text.grantor, dataIndex: 'grantorName', key: 'grantor' },
    { title: text.agent, dataIndex: 'agentName', key: 'agent' },
    { title: text.scope, key: 'scope', render: (_, mandate) => scopeOf(mandate) },
    {
      title: text.actions,
      key: 'actions',
      render: (_, mandate) => mandate.actions.map((action) => text.actionLabels[action]).join('、'),
    },
    {
      title: text.validity,
      key: 'validity',
      render: (_, mandate) => text.validityRange(formatDate(mandate.validFrom), formatDate(mandate.validTo)),
    },
    {
      title: text.status,
      key: 'status',
      render: (_, mandate) => (
        <Tag color={STATUS_COLOURS[mandate.status]} data-testid="mandate-status">
          {text.statuses[mandate.status]}
        </Tag>
      ),
    },
    ...(onRevoke
      ? [
          {
            title: text.operations,
            key: 'operations',
            render: (_: unknown, mandate: Mandate) =>
              mandate.status === 'active' && (
                <Popconfirm
                  title={text.revokeConfirm}
                  okText={messages.account.confirm}
                  cancelText={messages.account.cancel}
                  onConfirm={() => onRevoke(mandate)}
                >
                  <Button type="link" danger size="small" loading={revokingId === mandate.id}>
                    {text.revoke}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];
  return (
    <ResponsiveTable<Mandate>
      rowKey="id"
      size="middle"
      loading={isLoading}
      columns={columns}
      dataSource={mandates}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText }}
    />
  );
}
