import { and, asc, count, desc, eq, getTableColumns, inArray, like, lte, lt, or, sql, type SQL } from 'drizzle-orm';
import { queryRowsPrepared, type DbOrTx } from '../../platform/db/database';
import type { ClockState } from '../deadlines/deadlines.clock';
import { clockStateColumn, dueCondition, type DueFilter } from '../deadlines/deadlines.filters';
import { caseSearchTermsOf } from './cases.search';
import { caseEvents, caseNotices, cases, caseTasks, uploadOwners, uploads } from './cases.tables';

export type CaseRow = typeof cases.$inferSelect;
export type TaskRow = typeof caseTasks.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NoticeRow = typeof caseNotices.$inferSelect;
export type NewEvent = Omit<typeof caseEvents.$inferInsert, 'id'>;
export type NoticeSummary = Omit<NoticeRow, 'pdf' | 'content'>;
/** What a task's view shows of its case. */
export type CaseHead = Pick<
  CaseRow,
  'id' | 'regionCode' | 'regionName' | 'caseNumber' | 'title' | 'applicantName' | 'bundleId' | 'items'
>;

/**
 * Synthetic rows (the bulk history generator's, `cases.synthetic.ts`) feed statistics only: every
 * read here that serves a person, a clerk or a rule leaves them out, so none is ever listed,
 * searched, shown, changed or acted on. `not synthetic` is also the predicate of the secondary
 * indexes, which the planner uses only when the query states it.
 */
const realCase = sql`not ${cases.synthetic}`;
const realTask = sql`not ${caseTasks.synthetic}`;

/** The case a task belongs to. */
const caseOfTask = (taskId: string) =>
  sql`(select ${caseTasks.caseId} from ${caseTasks} where ${caseTasks.id} = ${taskId} and ${realTask})`;
const taskClockIdOf = sql`'task:' || ${caseTasks.id}`;

/** Storage of cases, tasks, timeline, notices and uploads. Knows no rules. */
export function createCasesRepository(db: DbOrTx) {
  return {
    async insertCase(row: typeof cases.$inferInsert): Promise<CaseRow | null> {
      const searchTerms = caseSearchTermsOf(row.applicantName, row.title, row.regionCode);
      const rows = await db
        .insert(cases)
        .values({ ...row, searchTerms })
        .onConflictDoNothing()
        .returning();
      return rows[0] ?? null;
    },

    async findCase(id: string): Promise<CaseRow | null> {
      const rows = await db
        .select()
        .from(cases)
        .where(and(eq(cases.id, id), realCase))
        .limit(1);
      return rows[0] ?? null;
    },

    /** Locks the case row for the rest of the transaction: transitions of one case run one at a time. */
    async lockCase(id: string): Promise<CaseRow | null> {
      const rows = await db
        .select()
        .from(cases)
        .where(and(eq(cases.id, id), realCase))
        .limit(1)
        .for('update');
      return rows[0] ?? null;
    },

    /** What a decision reads before its transaction: the task's department and its case's bundle. */
    async taskReference(taskId: string): Promise<{ departmentId: string; bundleId: string | null } | null> {
      const rows = await db
        .select({ departmentId: caseTasks.departmentId, bundleId: cases.bundleId })
        .from(caseTasks)
        .innerJoin(cases, eq(cases.id, caseTasks.caseId))
        .where(and(eq(caseTasks.id, taskId), realTask, realCase));
      return rows[0] ?? null;
    },

    /** `lockCase` for the case a task belongs to: one statement, null when there is no such task. */
    async lockCaseOfTask(taskId: string): Promise<CaseRow | null> {
      const rows = await db
        .select()
        .from(cases)
        .where(and(eq(cases.id, caseOfTask(taskId)), realCase))
        .limit(1)
        .for('update');
      return rows[0] ?? null;
    },

    /**
     * Locks the case of a task and reads what a claim needs in one statement: the head of the case
     * and the task as it was when the statement began. Only the task's fixed columns (region,
     * departments) are to be trusted: its state may have changed while the lock was awaited, so
     * the caller changes it with a conditional update and reads it again when that finds nothing.
     */
    async lockCaseHeadOfTask(taskId: string): Promise<{ caseRow: CaseHead; task: TaskRow } | null> {
      const rows = await db
        .select({
          caseRow: {
            id: cases.id,
            regionCode: cases.regionCode,
            regionName: cases.regionName,
            caseNumber: cases.caseNumber,
            title: cases.title,
            applicantName: cases.applicantName,
            bundleId: cases.bundleId,
            items: cases.items,
          },
          task: caseTasks,
        })
        .from(caseTasks)
        .innerJoin(cases, eq(cases.id, caseTasks.caseId))
        .where(and(eq(caseTasks.id, taskId), realTask, realCase))
        .for('update', { of: cases });
      return rows[0] ?? null;
    },

    /**
     * The tasks of a case with their clocks, the case's clock and its notices, in one statement:
     * what a transition under the case lock decides on and what the case's view then shows.
     */
    async caseState(caseId: string): Promise<{
      tasks: { task: TaskRow; clock: ClockState | null }[];
      caseClock: ClockState | null;
      notices: NoticeSummary[];
    }> {
      const rows = await db
        .select({
          task: caseTasks,
          clock: clockStateColumn(taskClockIdOf),
          caseClock: clockStateColumn(`case:${caseId}`),
          notices: sql<NoticeJson[]>`(select coalesce(json_agg(json_build_object('id', ${caseNotices.id},
              'caseId', ${caseNotices.caseId}, 'regionCode', ${caseNotices.regionCode}, 'kind', ${caseNotices.kind},
              'round', ${caseNotices.round}, 'title', ${caseNotices.title}, 'issuedAt', ${caseNotices.issuedAt})
              order by ${caseNotices.issuedAt}), '[]'::json)
            from ${caseNotices} where ${caseNotices.caseId} = ${caseId})`,
        })
        .from(caseTasks)
        .where(and(eq(caseTasks.caseId, caseId), realTask))
        .orderBy(asc(caseTasks.createdAt), asc(caseTasks.id));
      const first = rows[0];
      return {
        tasks: rows.map((r) => ({ task: r.task, clock: r.clock })),
        caseClock: first?.caseClock ?? null,
        notices: (first?.notices ?? []).map((n) => ({ ...n, issuedAt: new Date(n.issuedAt) })),
      };
    },

    /** `updateTaskIf` that also returns the facts of the task's clock as they are after the update. */
    async updateTaskWithClockIf(
      id: string,
      condition: { fromStatuses: string[]; version?: number; claimedBy?: string },
      patch: Partial<typeof caseTasks.$inferInsert>,
    ): Promise<{ task: TaskRow; clock: ClockState | null } | null> {
      const rows = await db
        .update(caseTasks)
        .set({ ...patch, version: sql`${caseTasks.version} + 1` })
        .where(taskCondition(id, condition))
        .returning({ ...getTableColumns(caseTasks), taskClock: clockStateColumn(taskClockIdOf) });
      const row = rows[0];
      if (!row) return null;
      const { taskClock, ...updated } = row;
      return { task: updated as TaskRow, clock: taskClock };
    },

    async findByIdempotencyKey(filedByAccountId: string, key: string): Promise<CaseRow | null> {
      const rows = await db
        .select()
        .from(cases)
        .where(and(eq(cases.filedByAccountId, filedByAccountId), eq(cases.idempotencyKey, key), realCase))
        .limit(1);
      return rows[0] ?? null;
    },

    async updateCase(id: string, patch: Partial<typeof cases.$inferInsert>): Promise<CaseRow> {
      const rows = await db
        .update(cases)
        .set({ ...patch, version: sql`${cases.version} + 1` })
        .where(and(eq(cases.id, id), realCase))
        .returning();
      return rows[0]!;
    },

    /** Cases waiting for the person a form field names (the buyer) to join them, newest first. */
    async awaitingCoApplicant(formField: string, idNumber: string): Promise<CaseRow[]> {
      return db
        .select()
        .from(cases)
        .where(
          and(eq(cases.status, 'awaiting_co_applicant'), sql`${cases.form} ->> ${formField} = ${idNumber}`, realCase),
        )
        .orderBy(desc(cases.createdAt))
        .limit(50);
    },

    async listCases(filter: {
      where: SQL[];
      page: number;
      pageSize: number;
      due?: DueFilter;
    }): Promise<{ rows: CaseRow[]; total: number }> {
      const conditions = [realCase, ...filter.where];
      if (filter.due) conditions.push(dueCondition('case', cases.id, filter.due));
      const where = and(...conditions);
      const [rows, totals] = await Promise.all([
        db
          .select()
          .from(cases)
          .where(where)
          .orderBy(desc(cases.createdAt), desc(cases.id))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize),
        db.select({ total: count() }).from(cases).where(where),
      ]);
      return { rows, total: Number(totals[0]?.total ?? 0) };
    },

    async insertTasks(rows: (typeof caseTasks.$inferInsert)[]) {
      if (rows.length > 0) await db.insert(caseTasks).values(rows);
    },

    async findTask(id: string): Promise<TaskRow | null> {
      const rows = await db
        .select()
        .from(caseTasks)
        .where(and(eq(caseTasks.id, id), realTask))
        .limit(1);
      return rows[0] ?? null;
    },

    async tasksOfCase(caseId: string): Promise<TaskRow[]> {
      return db
        .select()
        .from(caseTasks)
        .where(and(eq(caseTasks.caseId, caseId), realTask))
        .orderBy(asc(caseTasks.createdAt), asc(caseTasks.id));
    },

    async tasksOfCases(caseIds: string[]): Promise<TaskRow[]> {
      if (caseIds.length === 0) return [];
      return db
        .select()
        .from(caseTasks)
        .where(and(inArray(caseTasks.caseId, caseIds), realTask));
    },

    /**
     * Changes a task only if it is still in one of `fromStatuses` (and at `version` when given):
     * two staff acting at once — one update wins, the other finds nothing to change.
     */
    async updateTaskIf(
      id: string,
      condition: { fromStatuses: string[]; version?: number; claimedBy?: string },
      patch: Partial<typeof caseTasks.$inferInsert>,
    ): Promise<TaskRow | null> {
      const rows = await db
        .update(caseTasks)
        .set({ ...patch, version: sql`${caseTasks.version} + 1` })
        .where(taskCondition(id, condition))
        .returning();
      return rows[0] ?? null;
    },

    async listEvents(caseId: string): Promise<CaseEventRow[]> {
      return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id));
    },

    async insertNotice(row: typeof caseNotices.$inferInsert) {
      await db.insert(caseNotices).values(row);
    },

    async listNotices(caseId: string): Promise<Omit<NoticeRow, 'pdf' | 'content'>[]> {
      return db
        .select({
          id: caseNotices.id,
          caseId: caseNotices.caseId,
          regionCode: caseNotices.regionCode,
          kind: caseNotices.kind,
          round: caseNotices.round,
          title: caseNotices.title,
          issuedAt: caseNotices.issuedAt,
        })
        .from(caseNotices)
        .where(eq(caseNotices.caseId, caseId))
        .orderBy(asc(caseNotices.issuedAt));
    },

    async findNotice(id: string): Promise<NoticeRow | null> {
      const rows = await db.select().from(caseNotices).where(eq(caseNotices.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async saveNoticePdf(id: string, pdf: Buffer) {
      await db.update(caseNotices).set({ pdf }).where(eq(caseNotices.id, id));
    },

    async saveUpload(row: {
      sha256: string;
      mediaType: string;
      size: number;
      content: Buffer;
      createdAt: Date;
      accountId: string;
    }) {
      await db
        .insert(uploads)
        .values({
          sha256: row.sha256,
          mediaType: row.mediaType,
          size: row.size,
          content: row.content,
          createdAt: row.createdAt,
        })
        .onConflictDoNothing();
      await db
        .insert(uploadOwners)
        .values({ sha256: row.sha256, accountId: row.accountId, createdAt: row.createdAt })
        .onConflictDoNothing();
    },

    /** Active tasks under a region, counted by the department that handles them. */
    async countActiveTasksByDepartment(
      regionPrefix: string,
    ): Promise<{ departmentId: string; departmentName: string; active: number }[]> {
      const rows = await db
        .select({ departmentId: caseTasks.departmentId, departmentName: caseTasks.departmentName, active: count() })
        .from(caseTasks)
        .where(and(taskFilters.regionWithin(regionPrefix), taskFilters.active(), realTask))
        .groupBy(caseTasks.departmentId, caseTasks.departmentName)
        .orderBy(desc(count()), asc(caseTasks.departmentId));
      return rows.map((r) => ({ ...r, active: Number(r.active) }));
    },

    async findUpload(sha256: string): Promise<{ mediaType: string; size: number; content: Buffer } | null> {
      const [row] = await db
        .select({ mediaType: uploads.mediaType, size: uploads.size, content: uploads.content })
        .from(uploads)
        .where(eq(uploads.sha256, sha256));
      return row ? { ...row, content: Buffer.from(row.content) } : null;
    },

    async ownedUploads(accountId: string, hashes: string[]): Promise<Map<string, { mediaType: string; size: number }>> {
      if (hashes.length === 0) return new Map();
      // On every submission with files: one prepared statement whatever the number of files.
      const rows = await queryRowsPrepared<{ sha256: string; media_type: string; size: number }>(
        db,
        sql`select u.sha256, u.media_type, u.size from ${uploads} u
            join ${uploadOwners} o on o.sha256 = u.sha256
            where o.account_id = ${accountId} and u.sha256 = any(${sql.param([...new Set(hashes)])}::text[])`,
      );
      return new Map(rows.map((r) => [r.sha256, { mediaType: r.media_type, size: Number(r.size) }]));
    },

    /** Cases to act on without anyone asking: overdue acceptance (5 working days) and missed 容缺 dates. */
    async listSubmittedReceivedBefore(day: string, limit: number): Promise<CaseRow[]> {
      return db
        .select()
        .from(cases)
        .where(and(eq(cases.status, 'submitted'), lte(cases.receivedOn, day), realCase))
        .orderBy(asc(cases.receivedOn), asc(cases.id))
        .limit(limit);
    },

    async listDeferredOverdue(today: string, limit: number): Promise<CaseRow[]> {
      return db
        .select()
        .from(cases)
        .where(and(eq(cases.status, 'in_review'), lt(cases.deferredUntil, today), realCase))
        .orderBy(asc(cases.deferredUntil), asc(cases.id))
        .limit(limit);
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;

type NoticeJson = Omit<NoticeSummary, 'issuedAt'> & { issuedAt: string };

function taskCondition(id: string, condition: { fromStatuses: string[]; version?: number; claimedBy?: string }) {
  return and(
    eq(caseTasks.id, id),
    realTask,
    inArray(caseTasks.status, condition.fromStatuses),
    condition.version === undefined ? undefined : eq(caseTasks.version, condition.version),
    condition.claimedBy === undefined ? undefined : eq(caseTasks.claimedByAccountId, condition.claimedBy),
  );
}

/**
 * A statement opening waiting tasks for a combined write: under the case lock the caller knows
 * which are waiting, so the rows need not come back.
 */
export function openTasksStatement(ids: string[], openedOn: string): SQL {
  return sql`update ${caseTasks} set ${sql.raw('status')} = 'open', ${sql.raw('opened_on')} = ${openedOn},
    ${sql.raw('version')} = ${caseTasks.version} + 1
    where ${caseTasks.id} in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) and ${caseTasks.status} = 'waiting' and ${realTask}`;
}

/** A statement changing a case for a combined write (see `updateCase`); the caller knows the result. */
export function updateCaseStatement(db: DbOrTx, id: string, patch: Partial<typeof cases.$inferInsert>): SQL {
  return db
    .update(cases)
    .set({ ...patch, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, id), realCase))
    .getSQL();
}

/** Helpers for building filters in the service without importing drizzle there. */
export const caseFilters = {
  status: (status: string) => eq(cases.status, status),
  regionWithin: (prefix: string) => like(cases.regionCode, `${prefix}%`),
  applicantOrFiler: (applicantIds: string[], accountId: string) =>
    or(inArray(cases.applicantId, applicantIds), eq(cases.filedByAccountId, accountId))!,
  /** Cases a set of mandates covers: the case itself, the grantor's cases of a bundle, or all the grantor's. */
  coveredByMandates: (
    mandates: readonly { grantorId: string; scopeKind: string; caseId: string | null; bundleId: string | null }[],
  ) =>
    or(
      ...mandates.map((m) =>
        m.scopeKind === 'case'
          ? and(eq(cases.id, m.caseId ?? ''), eq(cases.applicantId, m.grantorId))!
          : m.scopeKind === 'bundle'
            ? and(eq(cases.bundleId, m.bundleId ?? ''), eq(cases.applicantId, m.grantorId))!
            : eq(cases.applicantId, m.grantorId),
      ),
    )!,
  notDraft: () => sql`${cases.status} <> 'draft'`,
  /** Drafts stay with whoever wrote them. */
  notDraftOf: (accountId: string) => or(sql`${cases.status} <> 'draft'`, eq(cases.filedByAccountId, accountId))!,
  involvesDepartment: (departmentId: string) => sql`${cases.items} @> ${JSON.stringify([{ departmentId }])}::jsonb`,
  search: (q: string) => or(like(cases.caseNumber, `${q}%`), like(cases.applicantName, `%${q}%`))!,
};

export const taskFilters = {
  status: (status: string) => eq(caseTasks.status, status),
  regionWithin: (prefix: string) => like(caseTasks.regionCode, `${prefix}%`),
  department: (departmentId: string) =>
    or(
      eq(caseTasks.departmentId, departmentId),
      sql`${caseTasks.jointDepartments} @> ${JSON.stringify([{ id: departmentId }])}::jsonb`,
    )!,
  claimedBy: (accountId: string) => eq(caseTasks.claimedByAccountId, accountId),
  caseId: (caseId: string) => eq(caseTasks.caseId, caseId),
  active: () => inArray(caseTasks.status, ['open', 'claimed', 'correction', 'special_procedure']),
};
