import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { sessionQueries } from '../../shared/session/session.queries';
import { accountQueries } from './account.queries';
import { DataUseTable } from './data-use-table';

const text = messages.dataUse;

/** 数据使用记录: one's own, or the entity's when acting for it as its legal representative. */
export function DataUsePage() {
  const me = useQuery(sessionQueries.me());
  const [params, setParams] = useSearchParams();
  const cursor = params.get('cursor') ?? undefined;
  const entity = me.data?.actingFor?.capacity === 'legal_representative' ? me.data.actingFor : null;
  const log = useQuery({ ...accountQueries.dataUse({ uscc: entity?.uscc ?? null, cursor }), enabled: !!me.data });
  if (!me.data) return <PageLoading />;
  const heading = entity ? text.entityHeading(entity.name) : text.heading;
  return (
    <div className="page" data-testid="data-use-page" data-subject={entity?.uscc ?? 'self'}>
      <PageTitle>{heading}</PageTitle>
      <h1>{heading}</h1>
      <p className="page-intro">{entity ? text.entityIntro : text.intro}</p>
      <p>
        <Link to="/account/sharing-consents" data-testid="data-use-to-consents">
          {messages.sharingConsents.fromDataUse}
        </Link>
      </p>
      {log.isError ? (
        <ProblemView error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <DataUseTable
          page={log.data}
          cursor={cursor}
          isLoading={log.isFetching}
          onPageChange={(next) => setParams(next ? { cursor: next } : {})}
        />
      )}
    </div>
  );
}
