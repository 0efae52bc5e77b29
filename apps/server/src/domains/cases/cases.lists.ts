import type { SQL } from 'drizzle-orm';
import { MAX_PERIOD_DAYS, type CaseSummary, type ListCount, type Task } from '@yici/contracts';
import { requireStaff } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { ListCursors } from '../../platform/db/keyset';
import { notStartedView } from '../deadlines/deadlines.clock';
import { caseClockId, taskClockId, type createCaseCore } from './cases.core';
import type { CasesDeps } from './cases.deps';
import { casesErrors } from './cases.errors';
import {
  CASE_ACTION_STATUSES,
  CASE_ORDER,
  caseListFilters,
  createCaseListsRepository,
  createTermShares,
  TASK_ORDER,
  type CaseListRow,
  type CaseSearchColumns,
} from './cases.lists.repository';
import { caseFilters, taskFilters } from './cases.repository';
import { parseCaseSearch } from './cases.search';
import { toCaseSummary, toTaskView } from './cases.views';

export type StaffCaseQuery = {
  /** `all` (every case in scope, no period) is for in-process readers such as the simulator; HTTP offers the other two. */
  view: 'action' | 'history' | 'all';
  status?: string;
  due?: 'soon' | 'overdue';
  q?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
};

export type StaffTaskQuery = {
  status?: string;
  mine?: 'true' | 'false';
  due?: 'soon' | 'overdue';
  caseId?: string;
  cursor?: string;
  limit: number;
};

type Page<T> = { items: T[]; next: string | null; prev: string | null; count: ListCount; limit: number };

/** Days a history list shows when no period is given: the last 30, today included. */
const DEFAULT_HISTORY_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The staff case list and the task inbox, read page by page along their keys (keyset, no OFFSET)
 * and counted up to a bound. A clerk's list opens on what needs action; history is behind a
 * period; search uses the number and bigram indexes or is refused.
 */
export function createStaffLists(
  deps: CasesDeps & { cursors: ListCursors },
  core: Pick<ReturnType<typeof createCaseCore>, 'clockViews'>,
) {
  const { db, clock, deadlines, cursors } = deps;
  const termShares = createTermShares(db, clock);

  async function dueFilterOf(due: 'soon' | 'overdue' | undefined) {
    if (!due) return undefined;
    const today = clock.today();
    return { kind: due, today, soonUntil: (await deadlines.dueFilter(today)).soonUntil };
  }

  /** A period of China days as instants: from 00:00 of `from` to 00:00 after `to`, Beijing time. */
  function periodOf(query: StaffCaseQuery): { from: Date; until: Date; filters: { from: string; to: string } } {
    const to = query.to ?? clock.today();
    const toStart = new Date(`${to}T00:00:00+08:00`);
    const from =
      query.from ??
      new Date(toStart.getTime() - (DEFAULT_HISTORY_DAYS - 1) * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 10);
    const fromStart = new Date(`${from}T00:00:00+08:00`);
    if (fromStart > toStart) throw casesErrors.periodInvalid();
    if ((toStart.getTime() - fromStart.getTime()) / DAY_MS + 1 > MAX_PERIOD_DAYS)
      throw casesErrors.periodTooLong(MAX_PERIOD_DAYS);
    return { from: fromStart, until: new Date(toStart.getTime() + DAY_MS), filters: { from, to } };
  }

  async function summaries(rows: CaseListRow[]): Promise<CaseSummary[]> {
    const clocks = await core.clockViews(rows.map((r) => caseClockId(r.id)));
    return rows.map((r) => toCaseSummary(r, clocks.get(caseClockId(r.id)) ?? notStartedView(r.promisedLimitDays)));
  }

  return {
    /** 办件管理: cases in the staff member's region (a department's staff: those with one of its tasks). */
    async listCases(context: RequestContext, query: StaffCaseQuery): Promise<Page<CaseSummary>> {
      const actor = requireStaff(context, 'case:read');
      const where = [caseFilters.regionWithin(actor.regionCode), caseFilters.notDraft()];
      if (actor.departmentId) where.push(caseFilters.involvesDepartment(actor.departmentId));
      if (query.status) where.push(caseFilters.status(query.status));
      const filters: Record<string, unknown> = { status: query.status, due: query.due };
      let searchOn: ((on: CaseSearchColumns) => SQL) | undefined;
      let searchTest: ((on: CaseSearchColumns) => SQL) | undefined;
      let searchAlternatives: ((on: CaseSearchColumns) => SQL)[] | undefined;
      let searchShare: (() => Promise<number | null>) | undefined;
      if (query.q) {
        // A search looks through every case in scope, whatever the view and period.
        const search = parseCaseSearch(query.q);
        searchOn =
          search.kind === 'number'
            ? caseListFilters.numberPrefix(search.prefix)
            : caseListFilters.terms(search.tsQuery, actor.regionCode);
        if (search.kind === 'terms') {
          searchTest = caseListFilters.termsTested(search.terms);
          searchShare = () => termShares.rarestOf(search.terms);
        } else searchAlternatives = caseListFilters.numberPrefixAlternatives(search.prefix);
        filters.q = query.q.trim();
      } else if (query.view === 'history') {
        const period = periodOf(query);
        where.push(caseListFilters.createdWithin(period.from, period.until));
        Object.assign(filters, { view: 'history' }, period.filters);
      } else if (query.view === 'action') {
        where.push(caseListFilters.statusIn(CASE_ACTION_STATUSES));
        filters.view = 'action';
      } else filters.view = 'all';
      const request = cursors.open({ list: 'cases', filters, query, order: CASE_ORDER });
      const { rows, count } = await createCaseListsRepository(db, deps.databaseKind).pageCases({
        where,
        search: searchOn,
        searchTest,
        searchAlternatives,
        searchShare,
        scope: actor.regionCode,
        due: await dueFilterOf(query.due),
        position: request.position,
        limit: request.limit,
      });
      const page = cursors.close(request, rows, (r) => [r.createdAt, r.id]);
      return { items: await summaries(page.rows), next: page.next, prev: page.prev, count, limit: request.limit };
    },

    /** 待办任务: a department's active tasks in the staff member's region, oldest first. */
    async listTasks(context: RequestContext, query: StaffTaskQuery): Promise<Page<Task>> {
      const actor = requireStaff(context, 'task:read');
      const where = [taskFilters.regionWithin(actor.regionCode)];
      if (query.status) where.push(taskFilters.status(query.status));
      else where.push(caseListFilters.activeTasks());
      if (query.mine === 'true') where.push(taskFilters.claimedBy(actor.accountId));
      if (query.caseId) where.push(taskFilters.caseId(query.caseId));
      const filters = { status: query.status, mine: query.mine, due: query.due, caseId: query.caseId };
      const request = cursors.open({ list: 'tasks', filters, query, order: TASK_ORDER });
      const lists = createCaseListsRepository(db, deps.databaseKind);
      const { rows, count } = await lists.pageTasks({
        where,
        department: actor.departmentId ?? undefined,
        due: await dueFilterOf(query.due),
        position: request.position,
        limit: request.limit,
      });
      const page = cursors.close(request, rows, (r) => [r.createdAt, r.id]);
      // The cases the page's tasks belong to, in one read (one read a task cost 20 round trips).
      const owners = new Map(
        (await lists.taskOwners([...new Set(page.rows.map((r) => r.caseId))])).map((owner) => [owner.id, owner]),
      );
      const clocks = await core.clockViews(page.rows.map((r) => taskClockId(r.id)));
      const items = page.rows.map((r) =>
        toTaskView(
          r,
          owners.get(r.caseId)!,
          clocks.get(taskClockId(r.id)) ?? notStartedView(r.limitDays),
          context.actor,
        ),
      );
      return { items, next: page.next, prev: page.prev, count, limit: request.limit };
    },
  };
}
