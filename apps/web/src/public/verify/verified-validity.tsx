import type { CertificateValidity } from '@yici/contracts';
import { Alert, Descriptions, Typography } from 'antd';
import { messages } from '../../messages';
import { CertificateStatusTag } from '../../shared/certificates/certificate-status-tag';

const text = messages.certificates.result;

/**
 * What an identifier alone tells: whether the certificate holds, of which type, from which body,
 * issued when. Nothing about its holder; the way to the content is said beside it.
 */
export function VerifiedValidity({ validity }: { validity: CertificateValidity }) {
  const items = [
    { key: 'type', label: text.typeName, children: validity.type.name },
    { key: 'status', label: text.status, children: <CertificateStatusTag status={validity.status} /> },
    { key: 'issuer', label: text.issuer, children: validity.issuer.name },
    { key: 'issuedOn', label: text.issuedOn, children: validity.issuedOn },
    {
      key: 'identifier',
      label: text.identifier,
      children: (
        <Typography.Text code className="certificate-identifier">
          {validity.identifier}
        </Typography.Text>
      ),
    },
  ];
  return (
    <>
      <Descriptions column={1} items={items} data-testid="verified-validity" />
      <Alert type="info" showIcon title={text.validityOnly} data-testid="validity-only" />
    </>
  );
}
