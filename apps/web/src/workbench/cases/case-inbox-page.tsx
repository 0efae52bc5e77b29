import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CaseStatus } from '@yici/contracts';
import { Button } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { DueFilter } from '../../api/cases.endpoints';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { CursorPager } from '../../shared/cursor-pager';
import { sessionQueries } from '../../shared/session/session.queries';
import { hasAnyRole } from '../../shared/session/session-access';
import { workbenchTool } from '../workbench-tools';
import { CaseInboxFilters, type CaseFilters } from './case-inbox-filters';
import { CaseInboxTable } from './case-inbox-table';
import { filtersOf, paramsOf } from '../../shared/cases/list-filters';
import { staffCaseQueries } from './staff-cases.queries';
import '../workbench.css';
import '../../shared/cases/cases.css';

const text = messages.cases.inbox;
const PAGE_SIZE = 20;

/** 办件管理: the cases in the staff member's region scope, by status and deadline. */
export function CaseInboxPage() {
  const me = useQuery(sessionQueries.me());
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params, ['view', 'status', 'due', 'q', 'from', 'to', 'cursor'] as const);
  const view = filters.view === 'history' ? 'history' : 'action';
  const cases = useQuery({
    ...staffCaseQueries.list({
      view,
      status: filters.status as CaseStatus | undefined,
      due: filters.due as DueFilter | undefined,
      q: filters.q,
      from: view === 'history' ? filters.from : undefined,
      to: view === 'history' ? filters.to : undefined,
      cursor: filters.cursor,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const intake = workbenchTool('windowIntake');
  const canTakeIn = !!me.data && hasAnyRole(me.data, intake.roles);
  // A change of filters starts again from the first page: a cursor belongs to its filters.
  const update = (next: CaseFilters & { cursor?: string }) =>
    setParams(paramsOf({ ...filters, page: 1, cursor: undefined, ...next }), { replace: true });
  return (
    <div className="page" data-testid="case-inbox">
      <PageTitle>{text.heading}</PageTitle>
      <div className="workbench-heading">
        <h1>{text.heading}</h1>
        {canTakeIn && (
          <Link to={intake.path}>
            <Button type="primary" icon={<PlusOutlined />}>
              {text.intake}
            </Button>
          </Link>
        )}
      </div>
      <p className="page-intro">{text.intro}</p>
      <CaseInboxFilters filters={filters} onChange={update} />
      {cases.isError ? (
        <ProblemView error={cases.error} onRetry={() => void cases.refetch()} />
      ) : (
        <>
          <CaseInboxTable cases={cases.data?.items ?? []} isLoading={cases.isFetching} />
          <CursorPager
            page={cases.data}
            unit={text.unit}
            current={filters.cursor}
            onPage={(cursor) => update({ cursor })}
          />
        </>
      )}
    </div>
  );
}
