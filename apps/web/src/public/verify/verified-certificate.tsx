import { useQuery } from '@tanstack/react-query';
import type { Certificate } from '@yici/contracts';
import { Descriptions, Typography } from 'antd';
import { messages } from '../../messages';
import { labelledFields, validityText } from '../../shared/certificates/certificate-display';
import { certificateTypeQueries } from '../../shared/certificates/certificate-types.queries';
import { CertificateStatusTag } from '../../shared/certificates/certificate-status-tag';

const text = messages.certificates.result;

/**
 * The certificate as the platform registered it (not as the checked file claims), with its
 * content: shown only to whoever presented the document itself or the holder's share code.
 */
export function VerifiedCertificate({ certificate }: { certificate: Certificate }) {
  const types = useQuery(certificateTypeQueries.all());
  const fields = types.data?.find((type) => type.slug === certificate.type.slug)?.fields ?? [];
  const items = [
    { key: 'type', label: text.typeName, children: certificate.type.name },
    { key: 'status', label: text.status, children: <CertificateStatusTag status={certificate.status} /> },
    {
      key: 'holder',
      label: text.holder,
      children: (
        <span data-testid="verified-holder">
          {certificate.holder.name}（{certificate.holder.id}）
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
  const content = labelledFields(fields, certificate.data).map((row) => ({
    key: row.key,
    label: row.label,
    children: <span data-field={row.key}>{row.value}</span>,
  }));
  return (
    <>
      <Descriptions column={1} items={items} data-testid="verified-certificate" />
      <h3 className="verification-section-heading">{text.fieldsHeading}</h3>
      <Descriptions bordered size="small" column={1} items={content} data-testid="verified-fields" />
    </>
  );
}
