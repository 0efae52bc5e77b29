import type { VerificationResult } from '@yici/contracts';
import { Descriptions, Typography } from 'antd';
import { messages } from '../../messages';
import { maskIdNumber, validityText } from '../../shared/certificates/certificate-display';
import { CertificateStatusTag } from '../../shared/certificates/certificate-status-tag';

const text = messages.certificates.result;

type VerifiedCertificateProps = { certificate: VerificationResult['certificate']; identifier: string | null };

/**
 * The certificate as the platform registered it (not as the checked file claims), with the
 * holder's ID number masked: whoever holds a copy may verify it.
 */
export function VerifiedCertificate({ certificate, identifier }: VerifiedCertificateProps) {
  if (!certificate) {
    return (
      <>
        <p className="muted">{text.notRegistered}</p>
        {identifier && (
          <Typography.Text code className="certificate-identifier">
            {identifier}
          </Typography.Text>
        )}
      </>
    );
  }
  const items = [
    { key: 'type', label: text.typeName, children: certificate.type.name },
    { key: 'status', label: text.status, children: <CertificateStatusTag status={certificate.status} /> },
    {
      key: 'holder',
      label: text.holder,
      children: (
        <span data-testid="verified-holder">
          {certificate.holder.name}（{maskIdNumber(certificate.holder.id)}）
        </span>
      ),
    },
    { key: 'issuer', label: text.issuer, children: certificate.issuer.name },
    { key: 'validity', label: text.validity, children: validityText(certificate.validFrom, certificate.validTo) },
    {
      key: 'identifier',
      label: text.identifier,
      children: (
        <Typography.Text code className="certificate-identifier">
          {certificate.identifier}
        </Typography.Text>
      ),
    },
    // A transfer or a change ends a certificate in favour of another: say why and which one.
    ...(certificate.status === 'revoked' || certificate.status === 'replaced'
      ? [
          ...(certificate.revokedReason
            ? [{ key: 'ended', label: text.endedReason, children: certificate.revokedReason }]
            : []),
          ...(certificate.replacedBy
            ? [
                {
                  key: 'successor',
                  label: text.successor,
                  children: (
                    <Typography.Text code className="certificate-identifier" data-testid="verified-successor">
                      {certificate.replacedBy}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
        ]
      : []),
  ];
  return <Descriptions column={1} items={items} data-testid="verified-certificate" />;
}
