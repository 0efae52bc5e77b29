import { and, between, eq, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../platform/audit/audit.service';
import { createCalendarRepository } from '../../platform/calendar/calendar.repository';
import { createCalendarService, type CalendarService } from '../../platform/calendar/calendar.service';
import { fixedClock } from '../../platform/clock';
import type { Tx } from '../../platform/db/database';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { clockIdOf, createDeadlineService, type DeadlineService } from './deadlines.service';
import { deadlineClocks } from './deadlines.tables';

// Dates follow the State Council's notices: 2018 National Day 10-01…10-07 off with Sat 09-29 and
// Sun 09-30 worked; 2019 Spring Festival 02-04…02-10 off with Sat 02-02 and Sun 02-03 worked.
const clock = fixedClock(new Date('2019-01-28T02:00:00Z'));
/** Ten in the morning in China on the given day. */
const setToday = (date: string) => clock.set(new Date(`${date}T02:00:00Z`));

let database: TestDatabase;
let calendar: CalendarService;
let deadlines: DeadlineService;

beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
  const { db } = database;
  calendar = createCalendarService({
    repo: createCalendarRepository(db),
    clock,
    db,
    audit: createAuditLog({ db, clock }),
  });
  deadlines = createDeadlineService({ calendar, clock });
});
afterAll(async () => database?.drop());

/** As the use cases do: the calendar is fresh before the transaction takes PGlite's one connection. */
async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  await calendar.calendar();
  return database.db.transaction(work);
}

async function rowOf(id: string) {
  const rows = await database.db.select().from(deadlineClocks).where(eq(deadlineClocks.id, id));
  return rows[0];
}

/** Twenty days from Mon 2019-01-28 (due Thu 02-28), the clock the pause tests move. */
async function startCaseOverSpringFestival(subjectId: string) {
  setToday('2019-01-28');
  const view = await inTransaction((tx) =>
    deadlines.startIn(tx, {
      subjectType: 'case',
      subjectId,
      regionCode: '370102',
      limitDays: 20,
      baseOn: '2019-01-28',
    }),
  );
  return { id: clockIdOf('case', subjectId), view };
}

describe('starting', () => {
  it('stores the facts and the due day, and answers the view', async () => {
    setToday('2018-09-28');
    const view = await inTransaction((tx) =>
      deadlines.startIn(tx, {
        subjectType: 'task',
        subjectId: 'national-day',
        regionCode: '3702',
        limitDays: 3,
        baseOn: '2018-09-28',
      }),
    );
    // Day 1 Sat 09-29, day 2 Sun 09-30, day 3 Mon 10-08.
    expect(view).toMatchObject({ startsOn: '2018-09-29', dueOn: '2018-10-08', remainingWorkdays: 3, card: 'green' });
    expect(await rowOf('task:national-day')).toMatchObject({
      subjectType: 'task',
      subjectId: 'national-day',
      regionCode: '3702',
      limitDays: 3,
      baseOn: '2018-09-28',
      extendedDays: 0,
      pausedWorkdays: 0,
      pausedOn: null,
      pauseReason: null,
      stoppedOn: null,
      elapsedWorkdays: null,
      dueOn: '2018-10-08',
      updatedAt: new Date('2018-09-28T02:00:00Z'),
    });
  });

  it('refuses a second clock for the same subject', async () => {
    await startCaseOverSpringFestival('twice');
    await expect(startCaseOverSpringFestival('twice')).rejects.toThrow();
  });
});

describe('pausing and resuming', () => {
  it('clears the due day while paused and recomputes it after resuming over Spring Festival', async () => {
    const { id, view } = await startCaseOverSpringFestival('correction');
    expect(view.dueOn).toBe('2019-02-28');

    setToday('2019-01-31');
    const paused = await inTransaction((tx) => deadlines.pauseIn(tx, id, { on: '2019-01-31', reason: 'correction' }));
    expect(paused).toMatchObject({ paused: true, dueOn: null, card: 'paused', remainingWorkdays: 17 });
    expect(await rowOf(id)).toMatchObject({ pausedOn: '2019-01-31', pauseReason: 'correction', dueOn: null });

    setToday('2019-02-12');
    const resumed = await inTransaction((tx) => deadlines.resumeIn(tx, id, { on: '2019-02-12' }));
    // (01-31, 02-12] holds 02-01, 02-02, 02-03, 02-11, 02-12: five working days, due Thu 03-07.
    expect(resumed).toMatchObject({ paused: false, dueOn: '2019-03-07', pausedWorkdays: 5, remainingWorkdays: 17 });
    expect(await rowOf(id)).toMatchObject({
      pausedOn: null,
      pauseReason: null,
      pausedWorkdays: 5,
      dueOn: '2019-03-07',
      updatedAt: new Date('2019-02-12T02:00:00Z'),
    });
  });

  it('refuses a second pause and leaves the row as it was', async () => {
    const { id } = await startCaseOverSpringFestival('double-pause');
    await inTransaction((tx) => deadlines.pauseIn(tx, id, { on: '2019-01-31', reason: 'correction' }));
    await expect(
      inTransaction((tx) => deadlines.pauseIn(tx, id, { on: '2019-02-01', reason: 'hearing' })),
    ).rejects.toThrow(/already paused/);
    expect(await rowOf(id)).toMatchObject({ pausedOn: '2019-01-31', pauseReason: 'correction' });
  });

  it('keeps nothing of a pause whose transaction rolls back', async () => {
    const { id } = await startCaseOverSpringFestival('rolled-back');
    await expect(
      inTransaction(async (tx) => {
        await deadlines.pauseIn(tx, id, { on: '2019-01-31', reason: 'correction' });
        throw new Error('the correction notice could not be saved');
      }),
    ).rejects.toThrow(/correction notice/);
    expect(await rowOf(id)).toMatchObject({ pausedOn: null, dueOn: '2019-02-28' });
  });
});

describe('extending and stopping', () => {
  it('moves the due day by the extension and stores the working days used at the stop', async () => {
    const { id } = await startCaseOverSpringFestival('extended');
    const extended = await inTransaction((tx) => deadlines.extendIn(tx, id, { days: 10 }));
    // Thirty working days after 01-28: 02-28 is the 20th, then 03-01, 03-04…03-08, 03-11…03-14.
    expect(extended).toMatchObject({ extendedDays: 10, dueOn: '2019-03-14', remainingWorkdays: 30 });
    expect((await rowOf(id))?.dueOn).toBe('2019-03-14');

    setToday('2019-03-15');
    const stopped = await inTransaction((tx) => deadlines.stopIn(tx, id, { on: '2019-03-15' }));
    expect(stopped).toMatchObject({ card: 'stopped', stoppedOn: '2019-03-15', elapsedWorkdays: 31 });
    expect(await rowOf(id)).toMatchObject({ stoppedOn: '2019-03-15', elapsedWorkdays: 31, dueOn: null });
  });

  it('closes an open pause when stopping and clears its reason', async () => {
    const { id } = await startCaseOverSpringFestival('stopped-paused');
    await inTransaction((tx) => deadlines.pauseIn(tx, id, { on: '2019-01-31', reason: 'expert review' }));
    setToday('2019-02-12');
    const stopped = await inTransaction((tx) => deadlines.stopIn(tx, id, { on: '2019-02-12' }));
    expect(stopped).toMatchObject({ paused: false, pausedWorkdays: 5, elapsedWorkdays: 3, card: 'stopped' });
    expect(await rowOf(id)).toMatchObject({ pausedOn: null, pauseReason: null, pausedWorkdays: 5, dueOn: null });
  });

  it('throws for a clock that does not exist', async () => {
    await expect(inTransaction((tx) => deadlines.extendIn(tx, 'case:nobody', { days: 1 }))).rejects.toThrow(
      /not found/,
    );
  });
});

describe('reading views', () => {
  it('answers many clocks at once, leaving out ids without a clock', async () => {
    const first = await startCaseOverSpringFestival('views-1');
    const second = await startCaseOverSpringFestival('views-2');
    await inTransaction((tx) => deadlines.pauseIn(tx, second.id, { on: '2019-01-31', reason: 'hearing' }));

    setToday('2019-02-27');
    const views = await deadlines.viewsOf(database.db, [first.id, second.id, 'case:missing']);
    expect([...views.keys()].sort()).toEqual([first.id, second.id]);
    expect(views.get(first.id)).toMatchObject({ card: 'yellow', remainingWorkdays: 1 });
    expect(views.get(second.id)).toMatchObject({ card: 'paused', remainingWorkdays: 17 });
    expect(await deadlines.viewsOf(database.db, [])).toEqual(new Map());

    const row = await rowOf(first.id);
    expect(await deadlines.viewOf(row!)).toEqual(views.get(first.id));
  });

  it('gives inbox filters the bounds of the red and yellow cards', async () => {
    const overdue = await startCaseOverSpringFestival('filter-overdue');
    const paused = await startCaseOverSpringFestival('filter-paused');
    await inTransaction((tx) => deadlines.pauseIn(tx, paused.id, { on: '2019-01-31', reason: 'testing' }));

    // On Fri 03-01 a clock due 02-28 is overdue; a paused one has no due day and never matches.
    const filter = await deadlines.dueFilter('2019-03-01');
    expect(filter).toEqual({ overdueBefore: '2019-03-01', soonUntil: '2019-03-04' });
    const overdueIds = await database.db
      .select({ id: deadlineClocks.id })
      .from(deadlineClocks)
      .where(and(eq(deadlineClocks.subjectType, 'case'), lt(deadlineClocks.dueOn, filter.overdueBefore)));
    expect(overdueIds.map((r) => r.id)).toContain(overdue.id);
    expect(overdueIds.map((r) => r.id)).not.toContain(paused.id);

    // On Wed 02-27 the same clock is due soon: 02-28 lies within one working day.
    const soon = await deadlines.dueFilter('2019-02-27');
    const soonIds = await database.db
      .select({ id: deadlineClocks.id })
      .from(deadlineClocks)
      .where(between(deadlineClocks.dueOn, '2019-02-27', soon.soonUntil));
    expect(soonIds.map((r) => r.id)).toContain(overdue.id);
  });
});
