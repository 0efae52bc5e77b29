import type { Seal } from '@yici/contracts';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { sealPictureUrl } from '../../api/certificates.endpoints';
import { messages } from '../../messages';
import { validityText } from '../../shared/certificates/certificate-display';
import { formatDateTime } from '../../shared/format-time';
import { shortenPublicKey } from './seal-display';

const text = messages.workbench.seals;
const STATUS_COLORS: Record<Seal['status'], string> = { active: 'green', rotated: 'default', revoked: 'red' };

export type SealAction = 'rotate' | 'revoke';
type SealsTableProps = { seals: Seal[]; isLoading: boolean; onAction: (seal: Seal, action: SealAction) => void };

export function SealsTable({ seals, isLoading, onAction }: SealsTableProps) {
  const columns: ColumnsType<Seal> = [
    {
      title: text.picture,
      key: 'picture',
      width: 84,
      render: (_, seal) => (
        <img className="seal-thumbnail" src={sealPictureUrl(seal.id)} alt="" loading="lazy" width={56} height={56} />
      ),
    },
    {
      title: text.owner,
      key: 'owner',
      render: (_, seal) => (
        <div className="seal-owner">
          <span>{seal.ownerName}</span>
          <span className="muted">{seal.ownerUscc}</span>
        </div>
      ),
    },
    {
      title: text.status,
      key: 'status',
      width: 150,
      render: (_, seal) => (
        <div className="seal-owner">
          <span>
            <Tag color={STATUS_COLORS[seal.status]}>{messages.certificates.sealStatuses[seal.status]}</Tag>
          </span>
          {seal.retiredAt && <span className="muted">{text.retiredAt(formatDateTime(seal.retiredAt))}</span>}
          {seal.revokedAt && <span className="muted">{text.revokedFrom(formatDateTime(seal.revokedAt))}</span>}
        </div>
      ),
    },
    {
      title: text.validity,
      key: 'validity',
      width: 200,
      render: (_, seal) => validityText(seal.validFrom, seal.validTo),
    },
    {
      title: text.publicKey,
      key: 'publicKey',
      width: 220,
      render: (_, seal) => (
        <div className="seal-owner">
          <Tooltip title={seal.publicKey}>
            <Typography.Text code copyable={{ text: seal.publicKey }} className="seal-key">
              {shortenPublicKey(seal.publicKey)}
            </Typography.Text>
          </Tooltip>
          {/* The PEM form is what OpenSSL and other standard tools take (docs/certificate-format.md). */}
          <Typography.Text type="secondary" copyable={{ text: seal.publicKeyPem }}>
            {text.publicKeyPem}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: text.actions,
      key: 'actions',
      width: 130,
      render: (_, seal) =>
        seal.status === 'active' ? (
          <span className="button-row">
            <Button size="small" onClick={() => onAction(seal, 'rotate')} aria-label={text.rotateTitle(seal.ownerName)}>
              {text.rotate}
            </Button>
            <Button
              size="small"
              danger
              onClick={() => onAction(seal, 'revoke')}
              aria-label={text.revokeTitle(seal.ownerName)}
            >
              {text.revoke}
            </Button>
          </span>
        ) : null,
    },
  ];
  return (
    <ResponsiveTable<Seal>
      rowKey="id"
      size="middle"
      loading={isLoading}
      columns={columns}
      dataSource={seals}
      scroll={{ x: 1000 }}
      locale={{ emptyText: text.empty }}
      data-testid="seals-table"
      pagination={{ pageSize: 20, showSizeChanger: false, showTotal: text.total }}
    />
  );
}
