import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { LIST_COUNT_BOUND } from '@yici/contracts';
import type { DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type KeysetPosition } from '../../platform/db/keyset';
import { dueCondition, type DueFilter } from '../deadlines/deadlines.filters';
import { cases, caseTasks } from './cases.tables';
import type { CaseRow, TaskRow } from './cases.repository';

/** Staff case lists run newest first; the id breaks ties between cases created in the same millisecond. */
export const CASE_ORDER = keysetOrder('desc', [
  { column: cases.createdAt, type: 'timestamp' },
  { column: cases.id, type: 'text' },
]);

/** Task inboxes run oldest first (first in, first handled). */
export const TASK_ORDER = keysetOrder('asc', [
  { column: caseTasks.createdAt, type: 'timestamp' },
  { column: caseTasks.id, type: 'text' },
]);

/** The statuses a window clerk acts on: to accept, and being corrected (待受理, 补正中). */
export const CASE_ACTION_STATUSES = ['submitted', 'correction_requested'] as const;
export const TASK_ACTIVE_STATUSES = ['open', 'claimed', 'correction', 'special_procedure'] as const;

const realCase = sql`not ${cases.synthetic}`;

/** How many of a list's newest rows a search looks through before turning to its own index. */
export const SEARCH_WALK = 5_000;

/** The columns a search reads, on the cases table or on a subquery of it. */
export type CaseSearchColumns = {
  caseNumber: AnyColumn;
  applicantId: AnyColumn;
  searchTerms: AnyColumn;
  createdAt: AnyColumn;
  id: AnyColumn;
};

/** CASE_ORDER on the same columns of a subquery of cases. */
function caseOrderOf(on: Pick<CaseSearchColumns, 'createdAt' | 'id'>) {
  return keysetOrder('desc', [
    { column: on.createdAt, type: 'timestamp' },
    { column: on.id, type: 'text' },
  ]);
}
const realTask = sql`not ${caseTasks.synthetic}`;

/** One page of a staff list read along its key, and the matching rows counted up to the bound. */
export function createCaseListsRepository(db: DbOrTx) {
  return {
    /**
     * A page of cases. A search (`search`) reads in two ways, whichever does less work: first the
     * newest `SEARCH_WALK` cases of the list along its key, keeping the matches (a common name or
     * an ID prefix of a whole district fills the page within them, and a top-N sort of tens of
     * thousands of matches is avoided); when they hold fewer matches than a page, the matches are
     * rare and are found through the search's own index (bigram GIN, number prefix) and sorted.
     */
    async pageCases(filter: {
      where: SQL[];
      /** The search condition, on the cases table or on a subquery of it. */
      search?: (on: CaseSearchColumns) => SQL;
      due?: DueFilter;
      position: KeysetPosition;
      limit: number;
    }) {
      const conditions = [realCase, ...filter.where];
      if (filter.due) conditions.push(dueCondition('case', cases.id, filter.due));
      const where = and(...conditions);
      const within = and(where, keysetWhere(CASE_ORDER, filter.position));
      const order = keysetOrderBy(CASE_ORDER, filter.position);
      const wanted = filter.limit + 1;
      const count = boundedCount(
        db,
        db
          .select({ one: sql`1` })
          .from(cases)
          .where(and(where, filter.search?.(cases))),
      );
      if (!filter.search) {
        const rows = await db
          .select()
          .from(cases)
          .where(within)
          .orderBy(...order)
          .limit(wanted);
        return { rows: rows as CaseRow[], count: await count };
      }
      const walk = Math.max(SEARCH_WALK, 50 * wanted);
      // The list's newest rows along its key-ordered index, and the matches among them.
      const walked = db
        .select()
        .from(cases)
        .where(within)
        .orderBy(...order)
        .limit(walk)
        .as('walked');
      const near = await db
        .select()
        .from(walked)
        .where(filter.search(walked))
        .orderBy(...keysetOrderBy(caseOrderOf(walked), filter.position))
        .limit(wanted);
      if (near.length === wanted) return { rows: near as CaseRow[], count: await count };
      // Fewer matches than a page among them: rare, found through the search's index. `offset 0`
      // keeps the subquery whole, so the planner cannot walk the key order filtering the term
      // (which a misestimated prefix once led it to do over every case in scope).
      const matches = db
        .select()
        .from(cases)
        .where(and(within, filter.search(cases)))
        .offset(0)
        .as('matches');
      const rows = await db
        .select()
        .from(matches)
        .orderBy(...keysetOrderBy(caseOrderOf(matches), filter.position))
        .limit(wanted);
      return { rows: rows as CaseRow[], count: await count };
    },

    /**
     * A page of tasks. A department's inbox (`department`) holds the tasks it leads and those it
     * joins; the two are read apart, each along an index in key order (a department's own tasks
     * by `case_tasks_department_idx`, joint ones by `case_tasks_joint_idx`, few), and merged: one
     * condition `lead = … or joint @> …` matches no index and filtered every task in scope.
     */
    async pageTasks(filter: {
      where: SQL[];
      department?: string;
      due?: DueFilter;
      position: KeysetPosition;
      limit: number;
    }) {
      const conditions = [realTask, ...filter.where];
      if (filter.due) conditions.push(dueCondition('task', caseTasks.id, filter.due));
      const where = and(...conditions);
      const wanted = filter.limit + 1;
      const read = (branch: SQL | undefined) =>
        db
          .select()
          .from(caseTasks)
          .where(and(where, branch, keysetWhere(TASK_ORDER, filter.position)))
          .orderBy(...keysetOrderBy(TASK_ORDER, filter.position))
          .limit(wanted);
      const counted = (branch: SQL | undefined) =>
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(caseTasks)
            .where(and(where, branch)),
        );
      if (!filter.department) {
        const [rows, count] = await Promise.all([read(undefined), counted(undefined)]);
        return { rows: rows as TaskRow[], count };
      }
      const lead = sql`${caseTasks.departmentId} = ${filter.department}`;
      // The same expression as the joint index's predicate, so that the planner may use it.
      const joint = sql`${caseTasks.jointDepartments} <> '[]'::jsonb and ${caseTasks.jointDepartments} @> ${JSON.stringify([{ id: filter.department }])}::jsonb and ${caseTasks.departmentId} <> ${filter.department}`;
      const [leads, joints, leadCount, jointCount] = await Promise.all([
        read(lead),
        read(joint),
        counted(lead),
        counted(joint),
      ]);
      const descending = (TASK_ORDER.direction === 'desc') !== (filter.position?.toward === 'prev');
      const rows = [...leads, ...joints]
        .sort((x, y) => {
          const by = x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
          return descending ? -by : by;
        })
        .slice(0, wanted);
      const total = leadCount.value + jointCount.value;
      const count =
        leadCount.atLeast || jointCount.atLeast || total > LIST_COUNT_BOUND
          ? { value: LIST_COUNT_BOUND, atLeast: true }
          : { value: total, atLeast: false };
      return { rows: rows as TaskRow[], count };
    },
  };
}

/** Filters of the staff case list that the cases repository does not already offer. */
export const caseListFilters = {
  // Fixed status sets are written as literals, so that the planner matches the partial indexes
  // (cases_action_idx, case_tasks_active_idx) whose predicates name them.
  statusIn: (statuses: readonly (typeof CASE_ACTION_STATUSES)[number][]) =>
    sql`${cases.status} in (${sql.raw(statuses.map((s) => `'${s}'`).join(', '))})`,
  activeTasks: () => sql`${caseTasks.status} in (${sql.raw(TASK_ACTIVE_STATUSES.map((s) => `'${s}'`).join(', '))})`,
  createdWithin: (from: Date, until: Date) =>
    sql`${cases.createdAt} >= cast(${from.toISOString()} as timestamptz) and ${cases.createdAt} < cast(${until.toISOString()} as timestamptz)`,
  /** Case number or ID number starting with the term (both indexed with text_pattern_ops). */
  numberPrefix: (prefix: string) => (on: CaseSearchColumns) =>
    sql`(${prefixRange(on.caseNumber, prefix)} or ${prefixRange(on.applicantId, prefix)})`,
  /** Every bigram of the query among the applicant's name and the title (the catalog's method, GIN-indexed). */
  terms: (tsQuery: string) => (on: CaseSearchColumns) =>
    sql`to_tsvector('simple'::regconfig, ${on.searchTerms}) @@ to_tsquery('simple', ${tsQuery}) and ${on.searchTerms} is not null`,
};

/**
 * `column` starts with `prefix`, as the range the text_pattern_ops index reads: from the prefix up
 * to the prefix with its last character raised by one (the prefix is of ASCII letters, digits and
 * `-`, so the next character exists and byte order is character order). A range with literal
 * bounds is estimated from the column's histogram, which `like` with an OR was not.
 */
function prefixRange(column: AnyColumn, prefix: string): SQL {
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return sql`(${column} ~>=~ ${prefix} and ${column} ~<~ ${next})`;
}
