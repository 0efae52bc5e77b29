import { useQuery } from '@tanstack/react-query';
import { Empty } from 'antd';
import { useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { sessionQueries } from '../../shared/session/session.queries';
import { CertificateCard } from './certificate-card';
import { CertificateTypeFilter } from './certificate-type-filter';
import { certificateQueries } from './certificates.queries';
import './certificates.css';

const text = messages.certificates.wallet;

/** 我的证照: one's own certificates, or the entity's while acting for it. */
export function CertificateWalletPage() {
  const me = useQuery(sessionQueries.me());
  const [params, setParams] = useSearchParams();
  const entity = me.data?.actingFor ?? null;
  const wallet = useQuery({ ...certificateQueries.wallet(entity?.uscc ?? 'self'), enabled: !!me.data });
  if (!me.data) return <PageLoading />;
  const heading = entity ? text.entityHeading(entity.name) : text.heading;
  const type = params.get('type') ?? '';
  const certificates = wallet.data ?? [];
  const shown = certificates.filter((certificate) => !type || certificate.type.slug === type);
  return (
    <div className="page" data-testid="certificate-wallet" data-holder={entity?.uscc ?? 'self'}>
      <PageTitle>{heading}</PageTitle>
      <h1>{heading}</h1>
      <p className="page-intro">{entity ? text.entityIntro : text.intro}</p>
      {wallet.isError && <ProblemView error={wallet.error} onRetry={() => void wallet.refetch()} />}
      {wallet.isPending && <PageLoading />}
      {wallet.isSuccess && certificates.length === 0 && <Empty description={text.empty} />}
      {wallet.isSuccess && certificates.length > 0 && (
        <>
          <div className="wallet-toolbar">
            <CertificateTypeFilter
              certificates={certificates}
              value={type}
              onChange={(next) => setParams(next ? { type: next } : {}, { replace: true })}
            />
            <span className="muted">{text.total(shown.length)}</span>
          </div>
          {shown.length === 0 ? (
            <Empty description={text.emptyFiltered} />
          ) : (
            <ul className="plain-list tile-grid" aria-label={heading}>
              {shown.map((certificate) => (
                <li key={certificate.identifier}>
                  <CertificateCard certificate={certificate} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
