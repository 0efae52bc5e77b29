import type { Certificate } from '@yici/contracts';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { LongValue } from '../../shared/long-value';
import { messages } from '../../messages';
import { validityText } from '../../shared/certificates/certificate-display';
import { CertificateStatusTag } from '../../shared/certificates/certificate-status-tag';
import { formatDateTime } from '../../shared/format-time';
import { certificatePath } from '../../shared/certificates/certificate-paths';

const text = messages.certificates.detail;

type CertificateSummaryProps = {
  certificate: Certificate;
  /** Where the successor's link leads: the holder's page unless the workbench says otherwise. */
  pathOf?: (identifier: string) => string;
};

/** Who holds it, who issued and sealed it, and whether it still counts. */
export function CertificateSummary({ certificate, pathOf = certificatePath }: CertificateSummaryProps) {
  const items = [
    {
      key: 'identifier',
      label: text.identifier,
      span: 'filled' as const,
      children: <LongValue value={certificate.identifier} kind="dotted" testId="certificate-identifier" />,
    },
    { key: 'holder', label: text.holder, children: `${certificate.holder.name}（${certificate.holder.id}）` },
    { key: 'status', label: text.status, children: <CertificateStatusTag status={certificate.status} /> },
    { key: 'issuer', label: text.issuer, children: certificate.issuer.name },
    { key: 'issuedAt', label: text.issuedAt, children: formatDateTime(certificate.issuedAt) },
    { key: 'validity', label: text.validity, children: validityText(certificate.validFrom, certificate.validTo) },
    { key: 'seal', label: text.seal, children: certificate.seal.ownerName },
    { key: 'credibility', label: text.credibility, children: certificate.credibility },
    ...(certificate.replacedBy
      ? [
          {
            key: 'replacedBy',
            label: text.replacedBy,
            children: (
              <Link to={pathOf(certificate.replacedBy)} data-testid="replaced-by">
                {certificate.replacedBy}
              </Link>
            ),
          },
        ]
      : []),
    ...(certificate.revokedReason
      ? [{ key: 'revokedReason', label: text.revokedReason, children: certificate.revokedReason }]
      : []),
  ];
  return <Descriptions column={{ xs: 1, md: 2 }} items={items} data-testid="certificate-summary" />;
}
