import type { Certificate, CertificateField } from '@yici/contracts';
import { Descriptions } from 'antd';
import { labelledFields } from '../../shared/certificates/certificate-display';

type CertificateFieldsProps = { certificate: Certificate; fields: readonly CertificateField[] };

/** The certificate's data under the labels its type gives them (证照目录). */
export function CertificateFields({ certificate, fields }: CertificateFieldsProps) {
  const items = labelledFields(fields, certificate.data).map((row) => ({
    key: row.key,
    label: row.label,
    children: <span data-field={row.key}>{row.value}</span>,
  }));
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="certificate-fields" />
  );
}
