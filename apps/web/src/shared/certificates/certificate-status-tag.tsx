import type { CertificateStatus } from '@yici/contracts';
import { Tag } from 'antd';
import { messages } from '../../messages';

const COLORS: Record<CertificateStatus, string> = {
  valid: 'green',
  revoked: 'red',
  expired: 'orange',
  replaced: 'default',
};

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  return (
    <Tag color={COLORS[status]} data-testid="certificate-status" data-status={status}>
      {messages.certificates.statuses[status]}
    </Tag>
  );
}
