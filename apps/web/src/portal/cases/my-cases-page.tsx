import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CaseStatus } from '@yici/contracts';
import { Button, Select } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { filtersOf, paramsOf } from '../../shared/cases/list-filters';
import { CursorPager } from '../../shared/cursor-pager';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { sessionQueries } from '../../shared/session/session.queries';
import { myCaseQueries } from './cases.queries';
import { MyCasesTable } from './my-cases-table';
import { PendingCoApplications } from './pending-co-applications';
import '../../shared/cases/cases.css';

const text = messages.cases.myCases;
const PAGE_SIZE = 20;
const STATUSES = Object.keys(messages.cases.statuses) as CaseStatus[];

/** 我的办件: one's own cases, or the entity's while acting for it. */
export function MyCasesPage() {
  const me = useQuery(sessionQueries.me());
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params, ['status', 'cursor'] as const);
  const status = filters.status as CaseStatus | undefined;
  const entity = me.data?.actingFor ?? null;
  const cases = useQuery({
    ...myCaseQueries.list(entity?.uscc ?? 'self', { status, cursor: filters.cursor, limit: PAGE_SIZE }),
    enabled: !!me.data,
    placeholderData: keepPreviousData,
  });
  if (!me.data) return <PageLoading />;
  const heading = entity ? text.entityHeading(entity.name) : text.heading;
  // A change of filter starts again from the first page: a cursor belongs to its filter.
  const setQuery = (next: { status?: string; cursor?: string }) =>
    setParams(paramsOf({ ...filters, page: 1, cursor: undefined, ...next }), { replace: true });
  return (
    <div className="page" data-testid="my-cases-page">
      <PageTitle>{heading}</PageTitle>
      <div className="case-heading">
        <h1>{heading}</h1>
        <Link to="/bundles">
          <Button type="primary">{text.apply}</Button>
        </Link>
      </div>
      <p className="page-intro">{text.intro}</p>
      {!entity && <PendingCoApplications />}
      <div className="case-toolbar">
        <Select
          className="inbox-select"
          aria-label={text.filterStatus}
          value={status ?? ''}
          onChange={(value: string) => setQuery({ status: value || undefined })}
          options={[
            { value: '', label: text.allStatuses },
            ...STATUSES.map((value) => ({ value, label: messages.cases.statuses[value] })),
          ]}
        />
      </div>
      {cases.isError ? (
        <ProblemView error={cases.error} onRetry={() => void cases.refetch()} />
      ) : (
        <>
          <MyCasesTable cases={cases.data?.items ?? []} isLoading={cases.isFetching} />
          <CursorPager
            page={cases.data}
            unit={text.unit}
            current={filters.cursor}
            onPage={(cursor) => setQuery({ status, cursor })}
          />
        </>
      )}
    </div>
  );
}
