import type { Seal } from '@yici/contracts';
import { Descriptions, Tag, Typography } from 'antd';
import { sealPictureUrl } from '../../api/certificates.endpoints';
import { messages } from '../../messages';

const text = messages.certificates.result;
const SEAL_COLORS: Record<Seal['status'], string> = { active: 'green', rotated: 'default', revoked: 'red' };

type VerifiedSealProps = { seal: Seal; isSignatureValid: boolean };

/** Whose seal signed it, its picture, and whether the signature holds. */
export function VerifiedSeal({ seal, isSignatureValid }: VerifiedSealProps) {
  const items = [
    { key: 'owner', label: text.sealOwner, children: <span data-testid="seal-owner">{seal.ownerName}</span> },
    {
      key: 'signature',
      label: text.signature,
      children: (
        <Tag color={isSignatureValid ? 'green' : 'red'}>
          {isSignatureValid ? text.signatureValid : text.signatureInvalid}
        </Tag>
      ),
    },
    {
      key: 'status',
      label: text.sealStatus,
      children: <Tag color={SEAL_COLORS[seal.status]}>{messages.certificates.sealStatuses[seal.status]}</Tag>,
    },
    { key: 'algorithm', label: text.algorithm, children: seal.algorithm },
    {
      key: 'id',
      label: text.sealId,
      children: (
        <Typography.Text code copyable className="certificate-identifier">
          {seal.id}
        </Typography.Text>
      ),
    },
  ];
  return (
    <div className="verified-seal" data-testid="verified-seal">
      <img className="verified-seal-picture" src={sealPictureUrl(seal.id)} alt={text.sealPicture(seal.ownerName)} />
      <Descriptions column={1} size="small" items={items} />
    </div>
  );
}
