import { and, sql, type SQL } from 'drizzle-orm';
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
const realTask = sql`not ${caseTasks.synthetic}`;

/** One page of a staff list read along its key, and the matching rows counted up to the bound. */
export function createCaseListsRepository(db: DbOrTx) {
  return {
    async pageCases(filter: { where: SQL[]; due?: DueFilter; position: KeysetPosition; limit: number }) {
      const conditions = [realCase, ...filter.where];
      if (filter.due) conditions.push(dueCondition('case', cases.id, filter.due));
      const where = and(...conditions);
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(cases)
          .where(and(where, keysetWhere(CASE_ORDER, filter.position)))
          .orderBy(...keysetOrderBy(CASE_ORDER, filter.position))
          .limit(filter.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(cases)
            .where(where),
        ),
      ]);
      return { rows: rows as CaseRow[], count };
    },

    async pageTasks(filter: { where: SQL[]; due?: DueFilter; position: KeysetPosition; limit: number }) {
      const conditions = [realTask, ...filter.where];
      if (filter.due) conditions.push(dueCondition('task', caseTasks.id, filter.due));
      const where = and(...conditions);
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(caseTasks)
          .where(and(where, keysetWhere(TASK_ORDER, filter.position)))
          .orderBy(...keysetOrderBy(TASK_ORDER, filter.position))
          .limit(filter.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(caseTasks)
            .where(where),
        ),
      ]);
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
  numberPrefix: (prefix: string) =>
    sql`(${cases.caseNumber} like ${escapeLike(prefix) + '%'} or ${cases.applicantId} like ${escapeLike(prefix) + '%'})`,
  /** Every bigram of the query among the applicant's name and the title (the catalog's method, GIN-indexed). */
  terms: (tsQuery: string) =>
    sql`to_tsvector('simple'::regconfig, ${cases.searchTerms}) @@ to_tsquery('simple', ${tsQuery}) and ${cases.searchTerms} is not null`,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
