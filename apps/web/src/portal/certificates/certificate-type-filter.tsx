import type { Certificate } from '@yici/contracts';
import { Segmented } from 'antd';
import { messages } from '../../messages';

const ALL = '';
const text = messages.certificates.wallet;

type CertificateTypeFilterProps = { certificates: Certificate[]; value: string; onChange: (type: string) => void };

/** The types the wallet holds, each once, in the order the wallet lists them. */
export function CertificateTypeFilter({ certificates, value, onChange }: CertificateTypeFilterProps) {
  const types = new Map(certificates.map((certificate) => [certificate.type.slug, certificate.type.name]));
  const options = [
    { value: ALL, label: text.allTypes },
    ...[...types].map(([slug, name]) => ({ value: slug, label: name })),
  ];
  return (
    <Segmented
      aria-label={text.filterLabel}
      options={options}
      value={types.has(value) ? value : ALL}
      onChange={(next) => onChange(String(next))}
      data-testid="certificate-type-filter"
    />
  );
}
