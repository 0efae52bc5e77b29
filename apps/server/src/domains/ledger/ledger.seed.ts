import type { Calendar } from '../../platform/calendar/calendar';
import type { Clock } from '../../platform/clock';
import type { DbOrTx } from '../../platform/db/database';
import { createDeadlineService } from '../deadlines/deadlines.service';
import { loadLedgerData, seedTasksOf, type LedgerData } from './ledger.data';
import { ledgerMilestones, ledgerTasks } from './ledger.tables';

/** The province: the seeded reform tasks are the province's. */
export const PROVINCE = '37';

/**
 * The ledger as the reform document states it, with a clock per milestone. Every clock starts on
 * the day the reform was announced and runs in working days to the deadline, so a deadline on a
 * day off falls due on the working day before it.
 */
export async function seedLedger(
  tx: DbOrTx,
  options: { clock: Clock; calendar: Calendar; data?: LedgerData },
): Promise<{ tasks: number; milestones: number }> {
  const data = options.data ?? loadLedgerData();
  const deadlines = createDeadlineService({
    calendar: { calendar: async () => options.calendar },
    clock: options.clock,
  });
  const tasks = seedTasksOf(data);
  let milestones = 0;
  for (const task of tasks) {
    const taskId = `ledger-${task.code}`;
    await tx.insert(ledgerTasks).values({
      id: taskId,
      code: task.code,
      kind: task.kind,
      title: task.title,
      sourceSentence: task.sourceSentence,
      leaderRole: task.leaderRole,
      leadDepartmentName: task.leadDepartmentName,
      leadDepartmentId: task.leadDepartmentId,
      workingGroup: task.workingGroup,
      responsibleDepartmentIds: task.leadDepartmentId ? [task.leadDepartmentId] : [],
      regionCode: PROVINCE,
      status: 'open',
      createdAt: options.clock.now(),
    });
    for (const [position, milestone] of task.milestones.entries()) {
      const id = `${taskId}-${position + 1}`;
      await tx
        .insert(ledgerMilestones)
        .values({ id, taskId, title: milestone.title, dueOn: milestone.dueOn, status: 'open', position });
      await deadlines.startIn(tx, {
        subjectType: 'milestone',
        subjectId: id,
        regionCode: PROVINCE,
        limitDays: options.calendar.workdaysBetween(data.announcedOn, milestone.dueOn),
        baseOn: data.announcedOn,
      });
      milestones += 1;
    }
  }
  return { tasks: tasks.length, milestones };
}
