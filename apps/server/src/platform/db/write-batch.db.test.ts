import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { caseEvents, caseTasks } from '../../domains/cases/cases.tables';
import { outboxMessages } from '../outbox/outbox.tables';
import { queryRows } from './database';
import { insertRow, writeAll } from './write-batch';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(async () => database?.drop());

const at = new Date('2026-11-27T02:00:00Z');
const event = (caseId: string, kind: string) =>
  insertRow(caseEvents, {
    caseId,
    regionCode: '370102',
    at,
    kind,
    actorKind: 'system',
    actorId: null,
    actorName: '系统',
    taskId: null,
    details: { kind },
  });

describe('writeAll', () => {
  it('inserts the rows of one table in the order given (their identities follow it)', async () => {
    const kinds = ['submitted', 'accepted', 'task_opened', 'task_granted', 'completed'];
    await writeAll(
      database.db,
      kinds.map((kind) => event('order-1', kind)),
    );
    const rows = await database.db
      .select({ kind: caseEvents.kind, details: caseEvents.details })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, 'order-1'))
      .orderBy(caseEvents.id);
    expect(rows.map((r) => r.kind)).toEqual(kinds);
    expect(rows[0]!.details).toEqual({ kind: 'submitted' });
  });

  it('writes rows, drizzle builders and sql side by side, each with its own parameters, as one statement', async () => {
    await writeAll(database.db, [
      event('mixed-1', 'first'),
      database.db.insert(outboxMessages).values({
        channel: 'sms',
        recipient: '13900000000',
        template: 't',
        body: '正文',
        payload: { caseNumber: 'mixed-1' },
        createdAt: at,
      }),
      sql`update ${caseTasks} set status = ${'open'} where ${caseTasks.id} = ${'no-such-task'}`,
      event('mixed-1', 'second'),
    ]);
    const events = await queryRows<{ kind: string }>(
      database.db,
      sql`select kind from case_events where case_id = 'mixed-1' order by id`,
    );
    expect(events.map((e) => e.kind)).toEqual(['first', 'second']);
    const [message] = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, '13900000000'));
    expect(message).toMatchObject({ body: '正文', payload: { caseNumber: 'mixed-1' }, attempts: 0 });
  });

  it('fails whole: a failing part leaves none of the others written', async () => {
    await expect(
      writeAll(database.db, [
        event('whole-1', 'written?'),
        // actor_name is not null: this row fails, and with it the statement.
        insertRow(caseEvents, { ...event('whole-1', 'x').values, actorName: null } as never),
      ]),
    ).rejects.toThrow();
    const rows = await queryRows(database.db, sql`select 1 from case_events where case_id = 'whole-1'`);
    expect(rows).toHaveLength(0);
  });
});
