import type { Certificate } from '@yici/contracts';
import { Card } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { validityText } from '../../shared/certificates/certificate-display';
import { CertificateStatusTag } from '../../shared/certificates/certificate-status-tag';
import { certificatePath } from '../../shared/certificates/certificate-paths';

const text = messages.certificates.wallet;

/** One certificate in the wallet: what it is, whether it is valid, until when, from whom. */
export function CertificateCard({ certificate }: { certificate: Certificate }) {
  return (
    <Link
      to={certificatePath(certificate.identifier)}
      className="tile-link"
      data-testid="certificate-card"
      data-type={certificate.type.slug}
      aria-label={`${certificate.type.name}：${messages.certificates.statuses[certificate.status]}`}
    >
      <Card className={`certificate-card is-${certificate.status}`}>
        <div className="certificate-card-head">
          <h2 className="tile-title">{certificate.type.name}</h2>
          <CertificateStatusTag status={certificate.status} />
        </div>
        <p className="certificate-card-holder">{certificate.holder.name}</p>
        <dl className="certificate-card-facts">
          <dt>{text.validity}</dt>
          <dd>{validityText(certificate.validFrom, certificate.validTo)}</dd>
          <dt>{text.issuer}</dt>
          <dd>{certificate.issuer.name}</dd>
        </dl>
      </Card>
    </Link>
  );
}
