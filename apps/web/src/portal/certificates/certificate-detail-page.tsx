import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { Link, useParams } from 'react-router';
import { detailFallback } from '../../app/detail-fallback';
import { messages } from '../../messages';
import { certificateTypeQueries } from '../../shared/certificates/certificate-types.queries';
import { CertificateStatusTag } from '../../shared/certificates/certificate-status-tag';
import { PageTitle } from '../../shared/page-title';
import { meetsLevel } from '../../shared/session/session-access';
import { sessionQueries } from '../../shared/session/session.queries';
import { AnnotatedCopyForm } from './annotated-copy-form';
import { CertificateDownloads } from './certificate-downloads';
import { CertificateEvents } from './certificate-events';
import { CertificateFields } from './certificate-fields';
import { CertificateSummary } from './certificate-summary';
import { ShareCodePanel } from './share-code-panel';
import { certificateQueries } from './certificates.queries';
import './certificates.css';

const text = messages.certificates.detail;

/** One certificate: its data under the type's labels, downloads, 亮证码, annotated copies and its history. */
export function CertificateDetailPage() {
  const { identifier = '' } = useParams();
  const me = useQuery(sessionQueries.me());
  const detail = useQuery(certificateQueries.detail(identifier));
  const types = useQuery(certificateTypeQueries.all());
  const fallback = detailFallback(detail, {
    title: messages.errors.pageNotFoundTitle,
    hint: text.notFoundHint,
    backTo: '/account/certificates',
    backLabel: text.backToWallet,
  });
  if (fallback || !detail.data) return fallback;
  const certificate = detail.data;
  const fields = types.data?.find((type) => type.slug === certificate.type.slug)?.fields ?? [];
  const canShare = me.data?.kind === 'person' && meetsLevel(me.data.realNameLevel, 'phone');
  return (
    <div className="page" data-testid="certificate-detail" data-identifier={certificate.identifier}>
      <PageTitle>{certificate.type.name}</PageTitle>
      <Link to="/account/certificates" className="icon-link">
        <ArrowLeftOutlined />
        {text.backToWallet}
      </Link>
      <div className="certificate-heading">
        <h1>{certificate.type.name}</h1>
        <CertificateStatusTag status={certificate.status} />
      </div>
      <div className="certificate-detail-grid">
        <div className="certificate-detail-main">
          <Card>
            <CertificateSummary certificate={certificate} />
          </Card>
          <Card title={text.fieldsHeading} loading={types.isPending}>
            <CertificateFields certificate={certificate} fields={fields} />
          </Card>
        </div>
        <div className="certificate-detail-side">
          <Card title={text.downloadsHeading}>
            <CertificateDownloads identifier={certificate.identifier} />
          </Card>
          <Card title={messages.certificates.share.heading}>
            <ShareCodePanel certificate={certificate} canShare={canShare} />
          </Card>
          <Card title={messages.certificates.copy.heading}>
            <AnnotatedCopyForm certificate={certificate} canShare={canShare} />
          </Card>
          <Card title={text.eventsHeading}>
            <CertificateEvents events={certificate.events} />
          </Card>
        </div>
      </div>
    </div>
  );
}
