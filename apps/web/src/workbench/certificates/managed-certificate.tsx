import { useQuery } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { messages } from '../../messages';
import { CertificateEvents } from '../../portal/certificates/certificate-events';
import { CertificateFields } from '../../portal/certificates/certificate-fields';
import { CertificateSummary } from '../../portal/certificates/certificate-summary';
import { CertificateDownloads } from '../../portal/certificates/certificate-downloads';
import { managedCertificatePath } from '../../shared/certificates/certificate-paths';
import { CertificateStatusTag } from '../../shared/certificates/certificate-status-tag';
import { certificateTypeQueries } from '../../shared/certificates/certificate-types.queries';
import { PageLoading } from '../../shared/page-loading';
import { ProblemAlert } from '../../shared/problem-alert';
import type { ActionOutcome } from './certificate-action-result';
import { CertificateActionModal } from './certificate-action-modal';
import { CertificateActions } from './certificate-actions';
import { managedCertificateQueries } from './managed-certificate.queries';
import type { CertificateAction } from './replace-request';

const detailText = messages.certificates.detail;
const text = messages.workbench.manage;

type ManagedCertificateProps = { identifier: string; onActed: (outcome: ActionOutcome) => void };

/** The certificate looked up: what it says, what happened to it, and what staff may do with it. */
export function ManagedCertificate({ identifier, onActed }: ManagedCertificateProps) {
  const detail = useQuery(managedCertificateQueries.detail(identifier));
  const types = useQuery(certificateTypeQueries.all());
  const [action, setAction] = useState<CertificateAction | null>(null);
  if (detail.error instanceof ApiError && detail.error.isNotFound) {
    return <Empty description={text.notFound} data-testid="certificate-not-found" />;
  }
  if (detail.isError) return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <PageLoading />;
  const certificate = detail.data;
  const fields = types.data?.find((type) => type.slug === certificate.type.slug)?.fields ?? [];
  return (
    <div data-testid="managed-certificate" data-identifier={certificate.identifier} data-status={certificate.status}>
      <div className="certificate-heading">
        <h2>{certificate.type.name}</h2>
        <CertificateStatusTag status={certificate.status} />
      </div>
      <div className="certificate-detail-grid">
        <div className="certificate-detail-main">
          <Card>
            <CertificateSummary certificate={certificate} pathOf={managedCertificatePath} />
          </Card>
          <Card title={detailText.fieldsHeading} loading={types.isPending}>
            <CertificateFields certificate={certificate} fields={fields} />
          </Card>
        </div>
        <div className="certificate-detail-side">
          <Card title={text.actionsHeading}>
            <CertificateActions certificate={certificate} canReplace={!types.isPending} onChoose={setAction} />
          </Card>
          <Card title={detailText.downloadsHeading}>
            <CertificateDownloads identifier={certificate.identifier} />
          </Card>
          <Card title={detailText.eventsHeading}>
            <CertificateEvents events={certificate.events} />
          </Card>
        </div>
      </div>
      <CertificateActionModal
        certificate={certificate}
        fields={fields}
        action={action}
        onClose={() => setAction(null)}
        onActed={onActed}
      />
    </div>
  );
}
