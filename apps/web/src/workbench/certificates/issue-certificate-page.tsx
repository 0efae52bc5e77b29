import { useQuery } from '@tanstack/react-query';
import type { Certificate } from '@yici/contracts';
import { Card } from 'antd';
import { useState } from 'react';
import { messages } from '../../messages';
import { certificateTypeQueries } from '../../shared/certificates/certificate-types.queries';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { sessionQueries } from '../../shared/session/session.queries';
import { IssueCertificateForm } from './issue-certificate-form';
import { IssuedCertificateResult } from './issued-certificate-result';
import '../workbench.css';

const title = messages.workbench.tools.issueCertificate.title;

/** 签发证照 for approvers: the server validates, identifies, hashes and seals in one transaction. */
export function IssueCertificatePage() {
  const me = useQuery(sessionQueries.me());
  const types = useQuery(certificateTypeQueries.all());
  const [issued, setIssued] = useState<Certificate | null>(null);
  if (types.isError) return <ProblemView error={types.error} onRetry={() => void types.refetch()} />;
  if (!me.data || !types.data) return <PageLoading />;
  return (
    <div className="page" data-testid="issue-certificate-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{messages.workbench.issue.intro}</p>
      {issued && <IssuedCertificateResult certificate={issued} />}
      <Card>
        <IssueCertificateForm me={me.data} types={types.data} onIssued={setIssued} />
      </Card>
    </div>
  );
}
