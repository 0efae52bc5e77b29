import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  EvidenceFile,
  LedgerTask,
  LedgerTaskKind,
  Milestone,
  ProgressReport,
  ProgressReportInput,
  ProgressReportPage,
  ReportQuerySchema,
} from '@yici/contracts';
import { ProgressReportInputSchema } from '@yici/contracts';
import { requireAccess, requireStaff } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type ListCursors } from '../../platform/db/keyset';
import { inspectUpload } from '../cases/cases.uploads';
import { clockIdOf, type DeadlineService } from '../deadlines/deadlines.service';
import type { NetworkService } from '../network/network.service';
import { ledgerErrors } from './ledger.errors';
import { ledgerEvidence, ledgerMilestones, ledgerReports, ledgerTasks } from './ledger.tables';

type TaskRow = typeof ledgerTasks.$inferSelect;
type MilestoneRow = typeof ledgerMilestones.$inferSelect;
type ReportRow = typeof ledgerReports.$inferSelect;

export type LedgerDeps = {
  db: Db;
  clock: Clock;
  audit: AuditPort;
  calendar: Pick<CalendarService, 'calendar'>;
  deadlines: DeadlineService;
  network: Pick<NetworkService, 'getDepartment' | 'regionNames'>;
  cursors: ListCursors;
};

const milestoneClockId = (id: string) => clockIdOf('milestone', id);

/** Reports newest first; the id orders those reported in the same instant. */
const REPORT_ORDER = keysetOrder('desc', [
  { column: ledgerReports.reportedAt, type: 'timestamp' },
  { column: ledgerReports.id, type: 'text' },
]);

/**
 * 台账: the reform's tasks with their milestones (each under a working-day clock the e-monitoring
 * job watches like a case's), the responsible departments' progress reports with evidence, and the
 * supervisors' review of each report, once.
 */
export function createLedgerService(deps: LedgerDeps) {
  const { db, clock } = deps;

  async function milestoneViews(source: DbOrTx, rows: MilestoneRow[]): Promise<Map<string, Milestone[]>> {
    const clocks = await deps.deadlines.viewsOf(
      source,
      rows.map((m) => milestoneClockId(m.id)),
    );
    const byTask = new Map<string, Milestone[]>();
    for (const m of rows) {
      const list = byTask.get(m.taskId) ?? [];
      list.push({
        id: m.id,
        taskId: m.taskId,
        title: m.title,
        dueOn: m.dueOn,
        status: m.status,
        clock: clocks.get(milestoneClockId(m.id)) ?? null,
      });
      byTask.set(m.taskId, list);
    }
    return byTask;
  }

  async function taskViews(source: DbOrTx, rows: TaskRow[]): Promise<LedgerTask[]> {
    if (rows.length === 0) return [];
    const milestones = await source
      .select()
      .from(ledgerMilestones)
      .where(
        inArray(
          ledgerMilestones.taskId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(ledgerMilestones.position));
    const byTask = await milestoneViews(source, milestones);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      kind: r.kind,
      title: r.title,
      sourceSentence: r.sourceSentence,
      leaderRole: r.leaderRole,
      leadDepartmentName: r.leadDepartmentName,
      leadDepartmentId: r.leadDepartmentId,
      workingGroup: r.workingGroup,
      responsibleDepartmentIds: r.responsibleDepartmentIds,
      inspectionId: r.inspectionId,
      status: r.status,
      milestones: byTask.get(r.id) ?? [],
    }));
  }

  function reportView(row: ReportRow, task: TaskRow, milestone: MilestoneRow): ProgressReport {
    return {
      id: row.id,
      taskId: row.taskId,
      taskCode: task.code,
      taskTitle: task.title,
      milestoneId: row.milestoneId,
      milestoneTitle: milestone.title,
      departmentId: row.departmentId,
      departmentName: row.departmentName,
      summary: row.summary,
      completesMilestone: row.completesMilestone,
      evidence: row.evidence,
      status: row.status,
      reviewReason: row.reviewReason,
      reportedAt: row.reportedAt.toISOString(),
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
    };
  }

  async function reportViews(rows: ReportRow[]): Promise<ProgressReport[]> {
    if (rows.length === 0) return [];
    const tasks = await db
      .select()
      .from(ledgerTasks)
      .where(inArray(ledgerTasks.id, [...new Set(rows.map((r) => r.taskId))]));
    const milestones = await db
      .select()
      .from(ledgerMilestones)
      .where(inArray(ledgerMilestones.id, [...new Set(rows.map((r) => r.milestoneId))]));
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const milestoneById = new Map(milestones.map((m) => [m.id, m]));
    return rows.map((r) => reportView(r, taskById.get(r.taskId)!, milestoneById.get(r.milestoneId)!));
  }

  async function loadTask(source: DbOrTx, id: string): Promise<TaskRow> {
    const [row] = await source.select().from(ledgerTasks).where(eq(ledgerTasks.id, id)).limit(1);
    if (!row) throw ledgerErrors.taskNotFound(id);
    return row;
  }

  return {
    async listTasks(
      context: RequestContext,
      query: { kind?: LedgerTaskKind; overdue?: 'true' | 'false' },
    ): Promise<LedgerTask[]> {
      requireAccess(context, 'ledger:read');
      const rows = await db
        .select()
        .from(ledgerTasks)
        .where(query.kind ? eq(ledgerTasks.kind, query.kind) : undefined)
        .orderBy(desc(ledgerTasks.createdAt), asc(ledgerTasks.code));
      const views = await taskViews(db, rows);
      if (query.overdue === undefined) return views;
      const wanted = query.overdue === 'true';
      return views.filter((t) => t.milestones.some((m) => m.clock?.card === 'red') === wanted);
    },

    async getTask(context: RequestContext, id: string): Promise<LedgerTask> {
      requireAccess(context, 'ledger:read');
      return (await taskViews(db, [await loadTask(db, id)]))[0]!;
    },

    /** Evidence is kept by content; the type is read from the bytes, as for application materials. */
    async uploadEvidence(
      context: RequestContext,
      input: { bytes: Buffer; declaredType?: string },
    ): Promise<EvidenceFile> {
      const actor = requireStaff(context, 'ledger:report');
      const inspection = inspectUpload(input.bytes, input.declaredType);
      if (!inspection.ok) throw ledgerErrors.evidenceRefused(inspection.code, inspection.message);
      await db
        .insert(ledgerEvidence)
        .values({
          sha256: inspection.sha256,
          mediaType: inspection.mediaType,
          size: inspection.size,
          content: input.bytes,
          uploadedBy: actor.accountId,
          createdAt: clock.now(),
        })
        .onConflictDoNothing();
      return { sha256: inspection.sha256, mediaType: inspection.mediaType, size: inspection.size };
    },

    /** A file that is evidence of some report, to anyone who may read the ledger. */
    async evidenceFile(context: RequestContext, sha256: string): Promise<{ mediaType: string; content: Buffer }> {
      requireAccess(context, 'ledger:read');
      const [row] = await db.select().from(ledgerEvidence).where(eq(ledgerEvidence.sha256, sha256)).limit(1);
      if (!row) throw ledgerErrors.evidenceNotFound();
      await db.transaction((tx) =>
        deps.audit.record(tx, context, {
          action: 'ledger.evidence.read',
          subjectType: 'ledger_evidence',
          subjectId: sha256,
        }),
      );
      return { mediaType: row.mediaType, content: row.content };
    },

    /** A responsible department reports on one milestone, with evidence it uploaded. */
    async reportProgress(context: RequestContext, taskId: string, raw: ProgressReportInput): Promise<ProgressReport> {
      const actor = requireStaff(context, 'ledger:report');
      const input = ProgressReportInputSchema.parse(raw);
      const task = await loadTask(db, taskId);
      if (!actor.departmentId || !task.responsibleDepartmentIds.includes(actor.departmentId))
        throw ledgerErrors.notResponsible();
      const department = await deps.network.getDepartment(actor.departmentId);
      const files = await db
        .select({
          sha256: ledgerEvidence.sha256,
          mediaType: ledgerEvidence.mediaType,
          size: ledgerEvidence.size,
          by: ledgerEvidence.uploadedBy,
        })
        .from(ledgerEvidence)
        .where(inArray(ledgerEvidence.sha256, input.evidence));
      for (const sha256 of input.evidence) {
        const file = files.find((f) => f.sha256 === sha256);
        if (!file || file.by !== actor.accountId) throw ledgerErrors.evidenceUnknown(sha256);
      }
      const id = randomUUID();
      await db.transaction(async (tx) => {
        const [milestone] = await tx
          .select()
          .from(ledgerMilestones)
          .where(and(eq(ledgerMilestones.id, input.milestoneId), eq(ledgerMilestones.taskId, taskId)))
          .for('update');
        if (!milestone) throw ledgerErrors.milestoneNotFound();
        if (milestone.status === 'done') throw ledgerErrors.milestoneDone();
        await tx.insert(ledgerReports).values({
          id,
          taskId,
          milestoneId: milestone.id,
          departmentId: department.id,
          departmentName: department.name,
          summary: input.summary,
          completesMilestone: input.completesMilestone,
          evidence: input.evidence.map((sha256) => {
            const f = files.find((x) => x.sha256 === sha256)!;
            return { sha256, mediaType: f.mediaType, size: f.size };
          }),
          status: 'pending',
          reportedBy: actor.accountId,
          reportedAt: clock.now(),
        });
        await tx.update(ledgerMilestones).set({ status: 'reported' }).where(eq(ledgerMilestones.id, milestone.id));
        await deps.audit.record(tx, context, {
          action: 'ledger.report.submit',
          subjectType: 'ledger_task',
          subjectId: taskId,
          details: { reportId: id, milestoneId: milestone.id, evidence: input.evidence.length },
        });
      });
      return (await this.getReport(context, id))!;
    },

    async getReport(context: RequestContext, id: string): Promise<ProgressReport> {
      requireAccess(context, 'ledger:read');
      const [row] = await db.select().from(ledgerReports).where(eq(ledgerReports.id, id)).limit(1);
      if (!row) throw ledgerErrors.reportNotFound(id);
      return (await reportViews([row]))[0]!;
    },

    /**
     * Supervisors see every report; a department-bound reader sees its own department's. Newest
     * first, a page at a time along signed cursors, with a bounded count.
     */
    async listReports(context: RequestContext, query: z.output<typeof ReportQuerySchema>): Promise<ProgressReportPage> {
      const actor = requireAccess(context, 'ledger:read');
      const department = actor.kind === 'staff' ? actor.departmentId : null;
      const request = deps.cursors.open({
        list: 'ledger_reports',
        // The department scope is bound too: a supervisor's cursor is no position in a department's list.
        filters: { status: query.status, taskId: query.taskId, department },
        query,
        order: REPORT_ORDER,
      });
      const where = and(
        query.status ? eq(ledgerReports.status, query.status) : undefined,
        query.taskId ? eq(ledgerReports.taskId, query.taskId) : undefined,
        department ? eq(ledgerReports.departmentId, department) : undefined,
      );
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(ledgerReports)
          .where(and(where, keysetWhere(REPORT_ORDER, request.position)))
          .orderBy(...keysetOrderBy(REPORT_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(ledgerReports)
            .where(where),
        ),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.reportedAt, r.id]);
      return {
        items: await reportViews(page.rows),
        next: page.next,
        prev: page.prev,
        count,
        limit: request.limit,
      };
    },

    /**
     * Accept or send back, once. Accepting a report that completes its milestone stops the
     * milestone's clock and, with the last milestone, closes the task.
     */
    async reviewReport(
      context: RequestContext,
      id: string,
      input: { decision: 'accept' | 'send_back'; reason: string },
    ): Promise<ProgressReport> {
      const actor = requireStaff(context, 'ledger:review');
      if (input.decision === 'send_back' && input.reason.trim().length === 0) throw ledgerErrors.reasonRequired();
      await deps.calendar.calendar();
      await db.transaction(async (tx) => {
        const [report] = await tx.select().from(ledgerReports).where(eq(ledgerReports.id, id)).for('update');
        if (!report) throw ledgerErrors.reportNotFound(id);
        if (report.status !== 'pending') throw ledgerErrors.reportAlreadyReviewed(report.status);
        const accepted = input.decision === 'accept';
        await tx
          .update(ledgerReports)
          .set({
            status: accepted ? 'accepted' : 'sent_back',
            reviewReason: input.reason.trim() || null,
            reviewedBy: actor.accountId,
            reviewedAt: clock.now(),
          })
          .where(eq(ledgerReports.id, id));
        const done = accepted && report.completesMilestone;
        await tx
          .update(ledgerMilestones)
          .set({ status: done ? 'done' : 'open' })
          .where(eq(ledgerMilestones.id, report.milestoneId));
        if (done) {
          await deps.deadlines.stopIn(tx, milestoneClockId(report.milestoneId), { on: clock.today() });
          const open = await tx
            .select({ id: ledgerMilestones.id })
            .from(ledgerMilestones)
            .where(
              and(eq(ledgerMilestones.taskId, report.taskId), inArray(ledgerMilestones.status, ['open', 'reported'])),
            );
          if (open.length === 0)
            await tx.update(ledgerTasks).set({ status: 'done' }).where(eq(ledgerTasks.id, report.taskId));
        }
        await deps.audit.record(tx, context, {
          action: accepted ? 'ledger.report.accept' : 'ledger.report.send_back',
          subjectType: 'ledger_task',
          subjectId: report.taskId,
          details: { reportId: id, reason: input.reason.trim() || null, milestoneDone: done },
        });
      });
      return this.getReport(context, id);
    },

    /** The tasks with their milestones, for the bulletin (no access check: callers have made theirs). */
    async allTasksForBulletin(): Promise<LedgerTask[]> {
      const rows = await db.select().from(ledgerTasks).orderBy(asc(ledgerTasks.code));
      return taskViews(db, rows);
    },
  };
}

export type LedgerService = ReturnType<typeof createLedgerService>;
