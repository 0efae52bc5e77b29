import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { VerificationResultView } from './verification-result-view';
import { verifyRequestForLink } from './verify-request';
import './verify.css';

const text = messages.certificates.verify;

/** Where the QR code on every certificate leads: verifies at once, nothing to fill in. */
export function VerifyLinkPage() {
  const { identifier = '' } = useParams();
  const [params] = useSearchParams();
  const hash = params.get('h');
  const verification = useQuery({
    queryKey: ['certificates', 'verification', identifier, hash],
    queryFn: () => api.verifyCertificate(verifyRequestForLink({ href: window.location.href, identifier, hash })),
    // A certificate may be revoked at any moment: every visit asks again.
    staleTime: 0,
    gcTime: 0,
  });
  return (
    <div className="page" data-testid="verify-link-page">
      <PageTitle>{text.linkHeading}</PageTitle>
      <Link to="/verify" className="icon-link">
        <ArrowLeftOutlined />
        {text.verifyAnother}
      </Link>
      <h1>{text.linkHeading}</h1>
      {verification.isPending && <PageLoading />}
      {verification.isError && <ProblemAlert error={verification.error} onRetry={() => void verification.refetch()} />}
      {verification.data && <VerificationResultView result={verification.data} />}
    </div>
  );
}
