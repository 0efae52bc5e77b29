import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Inspection, InspectionPage, LedgerRecord, LedgerRecordPage } from '@yici/contracts';
import { requireAccess, requireStaff } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { Db } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere } from '../../platform/db/keyset';
import { ledgerErrors } from './ledger.errors';
import type { LedgerDeps } from './ledger.service';
import { ledgerInspections, ledgerMilestones, ledgerRecords, ledgerTasks } from './ledger.tables';

type RecordRow = typeof ledgerRecords.$inferSelect;
type InspectionRow = typeof ledgerInspections.$inferSelect;

/** Both lists newest first; the id orders rows made in the same instant. */
const RECORD_ORDER = keysetOrder('desc', [
  { column: ledgerRecords.createdAt, type: 'timestamp' },
  { column: ledgerRecords.id, type: 'text' },
]);
const INSPECTION_ORDER = keysetOrder('desc', [
  { column: ledgerInspections.createdAt, type: 'timestamp' },
  { column: ledgerInspections.id, type: 'text' },
]);

const recordView = (r: RecordRow): LedgerRecord => ({
  id: r.id,
  kind: r.kind,
  subjectName: r.subjectName,
  departmentId: r.departmentId,
  regionCode: r.regionCode,
  taskId: r.taskId,
  reason: r.reason,
  recordedOn: r.recordedOn,
  recordedByName: r.recordedByName,
});

const inspectionView = (r: InspectionRow): Inspection => ({
  id: r.id,
  method: r.method,
  regionCode: r.regionCode,
  regionName: r.regionName,
  departmentId: r.departmentId,
  visitedOn: r.visitedOn,
  findings: r.findings,
  rectificationTaskId: r.rectificationTaskId,
  recordedByName: r.recordedByName,
});

/**
 * The supervisors' side of the ledger: commendations and accountability (问责), each with its
 * reason, and inspections (明察暗访) whose findings may open a rectification task under a clock.
 */
export function createLedgerOversight(deps: LedgerDeps & { db: Db }) {
  const { db, clock } = deps;

  async function departmentName(id: string, path: string): Promise<string> {
    try {
      return (await deps.network.getDepartment(id)).name;
    } catch {
      throw ledgerErrors.unknownDepartment(path);
    }
  }

  async function regionName(code: string, path: string): Promise<string> {
    const name = (await deps.network.regionNames([code])).get(code);
    if (!name) throw ledgerErrors.unknownRegion(path);
    return name;
  }

  return {
    /** Commendations and accountability, newest first, a page at a time along signed cursors. */
    async listRecords(context: RequestContext, query: { cursor?: string; limit: number }): Promise<LedgerRecordPage> {
      requireAccess(context, 'ledger:read');
      const request = deps.cursors.open({ list: 'ledger_records', filters: {}, query, order: RECORD_ORDER });
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(ledgerRecords)
          .where(keysetWhere(RECORD_ORDER, request.position))
          .orderBy(...keysetOrderBy(RECORD_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(db, db.select({ one: sql`1` }).from(ledgerRecords)),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.createdAt, r.id]);
      return { items: page.rows.map(recordView), next: page.next, prev: page.prev, count, limit: request.limit };
    },

    async addRecord(
      context: RequestContext,
      input: {
        kind: 'commendation' | 'accountability';
        departmentId?: string;
        regionCode?: string;
        taskId?: string;
        reason: string;
      },
    ): Promise<LedgerRecord> {
      const actor = requireStaff(context, 'ledger:oversee');
      if (!input.departmentId && !input.regionCode) throw ledgerErrors.subjectRequired();
      const subjectName = input.departmentId
        ? await departmentName(input.departmentId, 'departmentId')
        : await regionName(input.regionCode!, 'regionCode');
      if (input.taskId) {
        const [task] = await db
          .select({ id: ledgerTasks.id })
          .from(ledgerTasks)
          .where(eq(ledgerTasks.id, input.taskId));
        if (!task) throw ledgerErrors.taskNotFound(input.taskId);
      }
      const row: RecordRow = {
        id: randomUUID(),
        kind: input.kind,
        subjectName,
        departmentId: input.departmentId ?? null,
        regionCode: input.regionCode ?? null,
        taskId: input.taskId ?? null,
        reason: input.reason,
        recordedOn: clock.today(),
        recordedBy: actor.accountId,
        recordedByName: actor.name,
        createdAt: clock.now(),
      };
      await db.transaction(async (tx) => {
        await tx.insert(ledgerRecords).values(row);
        await deps.audit.record(tx, context, {
          action: `ledger.record.${input.kind}`,
          subjectType: 'ledger_record',
          subjectId: row.id,
          details: { subjectName, reason: input.reason },
        });
      });
      return recordView(row);
    },

    /** 明察暗访 records, newest first, a page at a time along signed cursors. */
    async listInspections(context: RequestContext, query: { cursor?: string; limit: number }): Promise<InspectionPage> {
      requireAccess(context, 'ledger:read');
      const request = deps.cursors.open({ list: 'ledger_inspections', filters: {}, query, order: INSPECTION_ORDER });
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(ledgerInspections)
          .where(keysetWhere(INSPECTION_ORDER, request.position))
          .orderBy(...keysetOrderBy(INSPECTION_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(db, db.select({ one: sql`1` }).from(ledgerInspections)),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.createdAt, r.id]);
      return { items: page.rows.map(inspectionView), next: page.next, prev: page.prev, count, limit: request.limit };
    },

    /** The findings, and with them (when asked) a rectification task with one milestone due on the given day. */
    async recordInspection(
      context: RequestContext,
      input: {
        method: 'announced' | 'unannounced';
        regionCode: string;
        departmentId?: string;
        visitedOn: string;
        findings: string;
        rectification?: { title: string; departmentId: string; dueOn: string };
      },
    ): Promise<Inspection> {
      const actor = requireStaff(context, 'ledger:oversee');
      const today = clock.today();
      const name = await regionName(input.regionCode, 'regionCode');
      if (input.departmentId) await departmentName(input.departmentId, 'departmentId');
      if (input.visitedOn > today) throw ledgerErrors.badDate('visitedOn', '检查日期不能晚于今天');
      const cal = await deps.calendar.calendar();
      let limitDays = 0;
      if (input.rectification) {
        await departmentName(input.rectification.departmentId, 'rectification.departmentId');
        limitDays = cal.workdaysBetween(today, input.rectification.dueOn);
        if (limitDays < 1) throw ledgerErrors.badDate('rectification.dueOn', '整改期限须至少在一个工作日之后');
      }
      const row: InspectionRow = {
        id: randomUUID(),
        method: input.method,
        regionCode: input.regionCode,
        regionName: name,
        departmentId: input.departmentId ?? null,
        visitedOn: input.visitedOn,
        findings: input.findings,
        rectificationTaskId: null,
        recordedBy: actor.accountId,
        recordedByName: actor.name,
        createdAt: clock.now(),
      };
      await db.transaction(async (tx) => {
        if (input.rectification) {
          const taskId = randomUUID();
          // R + year + a serial over the rectifications so far: readable in a list, unique by the index.
          const [{ n }] = (await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(ledgerTasks)
            .where(eq(ledgerTasks.kind, 'rectification'))) as [{ n: number }];
          await tx.insert(ledgerTasks).values({
            id: taskId,
            code: `R${today.slice(0, 4)}-${String(n + 1).padStart(4, '0')}`,
            kind: 'rectification',
            title: input.rectification.title,
            sourceSentence: null,
            leaderRole: null,
            leadDepartmentName: null,
            leadDepartmentId: input.rectification.departmentId,
            workingGroup: null,
            responsibleDepartmentIds: [input.rectification.departmentId],
            regionCode: input.regionCode,
            inspectionId: row.id,
            status: 'open',
            createdAt: clock.now(),
          });
          const milestoneId = `${taskId}-1`;
          await tx.insert(ledgerMilestones).values({
            id: milestoneId,
            taskId,
            title: input.rectification.title,
            dueOn: input.rectification.dueOn,
            status: 'open',
            position: 0,
          });
          await deps.deadlines.startIn(tx, {
            subjectType: 'milestone',
            subjectId: milestoneId,
            regionCode: input.regionCode,
            limitDays,
            baseOn: today,
          });
          row.rectificationTaskId = taskId;
        }
        await tx.insert(ledgerInspections).values(row);
        await deps.audit.record(tx, context, {
          action: 'ledger.inspection.record',
          subjectType: 'ledger_inspection',
          subjectId: row.id,
          details: { method: input.method, regionCode: input.regionCode, rectificationTaskId: row.rectificationTaskId },
        });
      });
      return inspectionView(row);
    },

    /** Records of a period, for the bulletin. */
    async recordsBetween(from: string, to: string): Promise<LedgerRecord[]> {
      const rows = await db
        .select()
        .from(ledgerRecords)
        .where(sql`${ledgerRecords.recordedOn} between ${from} and ${to}`)
        .orderBy(desc(ledgerRecords.recordedOn));
      return rows.map(recordView);
    },
  };
}

export type LedgerOversight = ReturnType<typeof createLedgerOversight>;
