import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { VerificationResultView } from './verification-result-view';
import './verify.css';

const text = messages.certificates.verify;

/** Where the holder's 亮证 QR code leads: shows the certificate at once while the code works. */
export function VerifySharePage() {
  const { code = '' } = useParams();
  const verification = useQuery({
    queryKey: ['certificates', 'verification', 'share', code],
    queryFn: () => api.verifyCertificate({ shareCode: code }),
    // Each view is logged for the holder: no silent refetches, and nothing kept once left.
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  return (
    <div className="page" data-testid="verify-share-page">
      <PageTitle>{text.shareHeading}</PageTitle>
      <Link to="/verify" className="icon-link">
        <ArrowLeftOutlined />
        {text.verifyAnother}
      </Link>
      <h1>{text.shareHeading}</h1>
      {verification.isPending && <PageLoading />}
      {verification.isError && <ProblemAlert error={verification.error} />}
      {verification.data && <VerificationResultView result={verification.data} />}
    </div>
  );
}
