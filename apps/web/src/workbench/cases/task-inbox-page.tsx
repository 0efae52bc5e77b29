import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TaskStatus } from '@yici/contracts';
import { useSearchParams } from 'react-router';
import type { DueFilter } from '../../api/cases.endpoints';
import { messages } from '../../messages';
import { filtersOf, paramsOf } from '../../shared/cases/list-filters';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { CursorPager } from '../../shared/cursor-pager';
import { staffCaseQueries } from './staff-cases.queries';
import { TaskInboxFilters, type TaskFilters } from './task-inbox-filters';
import { TaskInboxTable } from './task-inbox-table';
import { TasksElsewhere } from './tasks-elsewhere';
import '../workbench.css';
import '../../shared/cases/cases.css';

const text = messages.cases.taskInbox;
const PAGE_SIZE = 20;

/** 待办任务: the department tasks the staff member's roles and scope reach. */
export function TaskInboxPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params, ['status', 'due', 'mine', 'cursor'] as const);
  const tasks = useQuery({
    ...staffCaseQueries.tasks({
      status: filters.status as TaskStatus | undefined,
      due: filters.due as DueFilter | undefined,
      mine: filters.mine === 'true' ? 'true' : undefined,
      cursor: filters.cursor,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  // A change of filters starts again from the first page: a cursor belongs to its filters.
  const update = (next: TaskFilters & { cursor?: string }) =>
    setParams(paramsOf({ ...filters, page: 1, cursor: undefined, ...next }), { replace: true });
  return (
    <div className="page" data-testid="task-inbox">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      <TaskInboxFilters filters={filters} onChange={update} />
      {tasks.data?.count.value === 0 && !filters.status && !filters.due && filters.mine !== 'true' && (
        <TasksElsewhere />
      )}
      {tasks.isError ? (
        <ProblemView error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <>
          <TaskInboxTable tasks={tasks.data?.items ?? []} isLoading={tasks.isFetching} />
          <CursorPager
            page={tasks.data}
            unit={text.unit}
            current={filters.cursor}
            onPage={(cursor) => update({ cursor })}
          />
        </>
      )}
    </div>
  );
}
