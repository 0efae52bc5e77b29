import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Case, SupervisionOrder } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import {
  caller,
  fillForm,
  nearestImplementationCodeOf,
  openTasks,
  supplyEverything,
  type Call,
} from '../cases/cases.test-kit';
import { createCalendar } from '../../platform/calendar/calendar';
import { clockIdOf } from '../deadlines/deadlines.service';
import { createMonitoringPass } from './monitoring.pass';
import { activeStaff } from '../identity/identity.monitoring';
import { caseResponsibilityOf } from '../cases/cases.monitoring';
import { ticketClockKindOf, ticketResponsibilityOf } from '../hotline/hotline.monitoring';
import { rectificationResponsibilityOf } from '../ratings/ratings.monitoring';
import { milestoneResponsibilityOf } from '../ledger/ledger.monitoring';
import { monitoringCardEvents, monitoringCards, monitoringOrders } from './monitoring.tables';
import { outboxMessages } from '../../platform/outbox/outbox.tables';
import { queryRows } from '../../platform/db/database';

/**
 * 电子监察 on a real database: cards raised, escalated, eased and cleared by the pass as records
 * with history; paused and extended clocks; two runners at once; a red card's 督办 order, its
 * own clock, its climb up the ladder, and the department head's answers; supervisors' counts
 * and lists within their region. The clock stands at 23:30 UTC: in Shandong it is the next day.
 */
const LIXIA = '370102';
const FOOD_PERMIT = '370113005000';
const cal = createCalendar({ overrides: [] });

/** 07:30 in Shandong on `day` is 23:30 UTC the day before. */
const atChina = (day: string) => new Date(Date.parse(`${day}T07:30:00+08:00`));

let t: TestApp;
let call: Call;

const pass = () => t.services.monitoringPass.run();
const moveTo = (day: string) => t.clock.set(atChina(day));

async function startBareClock(
  limitDays: number,
  baseOn: string,
  regionCode = LIXIA,
  subjectType: 'task' | 'milestone' = 'task',
): Promise<string> {
  const subjectId = `bare-${randomUUID()}`;
  await t.database.db.transaction((tx) =>
    t.services.deadlines.startIn(tx, { subjectType, subjectId, regionCode, limitDays, baseOn }),
  );
  return clockIdOf(subjectType, subjectId);
}

async function cardsOf(clockId: string) {
  return t.database.db
    .select()
    .from(monitoringCards)
    .where(eq(monitoringCards.clockId, clockId))
    .orderBy(asc(monitoringCards.id));
}

async function historyOf(cardId: number) {
  const events = await t.database.db
    .select()
    .from(monitoringCardEvents)
    .where(eq(monitoringCardEvents.cardId, cardId))
    .orderBy(asc(monitoringCardEvents.id));
  return events.map((e) => `${e.kind}:${e.level}:${e.reason}:${e.on}`);
}

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-25T23:30:00Z' });
  call = caller(t);
  // Loaded before any transaction: on PGlite a first load inside one would wait for its own connection.
  await t.services.calendar.calendar();
});
afterAll(async () => t?.close());

describe('cards are records raised and cleared by the pass', () => {
  // Base Thu 2026-11-26, three working days: due Tue 12-01.
  let clockId: string;
  beforeAll(async () => {
    moveTo('2026-11-26');
    clockId = await startBareClock(3, '2026-11-26');
  });

  it('raises nothing while the due day is more than one working day away', async () => {
    moveTo('2026-11-27');
    await pass();
    expect(await cardsOf(clockId)).toEqual([]);
  });

  it('raises a yellow card one working day before the due day (Friday for a Tuesday counts Monday)', async () => {
    moveTo('2026-11-30');
    const result = await pass();
    expect(result.raised).toBeGreaterThanOrEqual(1);
    const [card] = await cardsOf(clockId);
    expect(card).toMatchObject({ level: 'yellow', status: 'open', dueOn: '2026-12-01', raisedOn: '2026-11-30' });
  });

  it('keeps one card per clock on a second pass the same day', async () => {
    await pass();
    expect(await cardsOf(clockId)).toHaveLength(1);
  });

  it('turns it red from the first day past the due day, and keeps the history', async () => {
    moveTo('2026-12-02');
    await pass();
    const [card] = await cardsOf(clockId);
    expect(card).toMatchObject({ level: 'red', status: 'open' });
    expect(await historyOf(card!.id)).toEqual([
      'raised:yellow:due_soon:2026-11-30',
      'escalated:red:overdue:2026-12-02',
    ]);
  });

  it('eases a red card when an extension is approved (an approved extension is not overdue)', async () => {
    await t.database.db.transaction((tx) => t.services.deadlines.extendIn(tx, clockId, { days: 1 }));
    await pass();
    const [card] = await cardsOf(clockId);
    expect(card).toMatchObject({ level: 'yellow', status: 'open', dueOn: '2026-12-02' });
    expect((await historyOf(card!.id)).at(-1)).toBe('eased:yellow:extended:2026-12-02');
  });

  it('clears the card with the reason when the clock stops', async () => {
    await t.database.db.transaction((tx) => t.services.deadlines.stopIn(tx, clockId, { on: '2026-12-02' }));
    await pass();
    const [card] = await cardsOf(clockId);
    expect(card).toMatchObject({ status: 'cleared', clearedOn: '2026-12-02', clearReason: 'stopped' });
    expect((await historyOf(card!.id)).at(-1)).toBe('cleared:yellow:stopped:2026-12-02');
  });
});

describe('milestones of the reform ledger', () => {
  it('cards an overdue milestone red for its task’s lead department and raises a 督办 order', async () => {
    moveTo('2026-12-03');
    await pass();
    const [card] = await cardsOf('milestone:ledger-A01-1');
    expect(card).toMatchObject({
      kind: 'milestone',
      level: 'red',
      status: 'open',
      departmentId: '37-market_regulation',
      subjectLabel: 'A01',
      regionCode: '37',
    });
    const orders = await t.database.db.select().from(monitoringOrders).where(eq(monitoringOrders.cardId, card!.id));
    expect(orders).toHaveLength(1);
  });

  it('shows a milestone yellow five working days before its date by default (a task clock, one day)', async () => {
    moveTo('2026-12-03');
    // Thu 12-03 + 5 working days: Thu 12-10.
    const milestone = await startBareClock(5, '2026-12-03', '37', 'milestone');
    const task = await startBareClock(5, '2026-12-03');
    await pass();
    expect((await cardsOf(milestone))[0]).toMatchObject({ kind: 'milestone', level: 'yellow', dueOn: '2026-12-10' });
    expect(await cardsOf(task)).toEqual([]);
  });
});

describe('paused clocks', () => {
  it('neither raises nor clears a card while the clock is paused (time stands still)', async () => {
    moveTo('2026-12-03');
    const fresh = await startBareClock(1, '2026-12-03'); // due Fri 12-04: yellow today
    const paused = await startBareClock(1, '2026-12-03');
    await t.database.db.transaction((tx) =>
      t.services.deadlines.pauseIn(tx, paused, { on: '2026-12-03', reason: '补正' }),
    );
    await pass();
    expect((await cardsOf(fresh))[0]).toMatchObject({ level: 'yellow', status: 'open' });
    expect(await cardsOf(paused)).toEqual([]);
    await t.database.db.transaction((tx) =>
      t.services.deadlines.pauseIn(tx, fresh, { on: '2026-12-03', reason: '补正' }),
    );
    moveTo('2026-12-08');
    await pass();
    expect((await cardsOf(fresh))[0]).toMatchObject({ level: 'yellow', status: 'open' });
    expect(await cardsOf(paused)).toEqual([]);
  });
});

describe('several runners', () => {
  it('never raise a card twice when two passes run at once', async () => {
    moveTo('2026-12-09');
    const clocks = await Promise.all(Array.from({ length: 20 }, () => startBareClock(0, '2026-12-07')));
    const second = createMonitoringPass({
      db: t.database.db,
      databaseKind: t.database.kind,
      clock: t.clock,
      calendar: t.services.calendar,
      deadlines: t.services.deadlines,
      ports: {
        responsibilityOf: [
          caseResponsibilityOf,
          ticketResponsibilityOf,
          rectificationResponsibilityOf,
          milestoneResponsibilityOf,
        ],
        ticketClockKindOf,
        staff: activeStaff,
      },
    });
    const [a, b] = await Promise.all([pass(), second.run()]);
    expect(a.shards + b.shards).toBeLessThanOrEqual(32);
    for (const clockId of clocks) {
      const cards = await cardsOf(clockId);
      expect(cards).toHaveLength(1);
      expect(cards[0]!.level).toBe('red');
    }
    const orders = await t.database.db.select().from(monitoringOrders);
    expect(new Set(orders.map((o) => o.cardId)).size).toBe(orders.length);
  });
});

async function messagesAbout(orderId: string, template: string) {
  return t.database.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.template, template), sql`${outboxMessages.payload}->>'orderId' = ${orderId}`))
    .orderBy(asc(outboxMessages.id));
}

async function phonesOf(sessions: TestSession[]): Promise<string[]> {
  const ids = sessions.map((s) => s.accountId);
  // The staff accounts' phones, as the outbox addresses them (read as a row, not through identity's tables).
  const rows = await queryRows<{ id: string; phone: string }>(
    t.database.db,
    sql`select id, phone from accounts where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return ids.map((id) => rows.find((r) => r.id === id)!.phone);
}

describe('a red card on a real case raises a 督办 order to its department', () => {
  let zhang: TestSession;
  let departmentHead: TestSession;
  let otherHead: TestSession;
  let reviewer: TestSession;
  let supervisor: TestSession;
  let cityOfOther: TestSession;
  let theCase: Case;
  let departmentId: string;
  let order: SupervisionOrder;
  let taskDue: string;

  /** Sessions end after 30 idle minutes, and the clock moves by days: everyone logs in again after a move. */
  async function logInAgain() {
    const db = t.database.db;
    const now = t.clock.now();
    supervisor = await sessionForAccount(db, 'demo-staff-supervisor', now);
    departmentHead = await createTestSession(
      db,
      { kind: 'staff', roles: ['approver'], regionCode: LIXIA, departmentId },
      now,
    );
    reviewer = await createTestSession(
      db,
      { kind: 'staff', roles: ['reviewer'], regionCode: LIXIA, departmentId },
      now,
    );
    otherHead = await createTestSession(
      db,
      { kind: 'staff', roles: ['approver'], regionCode: LIXIA, departmentId: `${LIXIA}-transport` },
      now,
    );
    cityOfOther = await createTestSession(db, { kind: 'staff', roles: ['supervisor'], regionCode: '3702' }, now);
  }

  beforeAll(async () => {
    moveTo('2026-12-10');
    const db = t.database.db;
    const now = t.clock.now();
    zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
    const clerk = await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA }, now);
    const code = await nearestImplementationCodeOf(call, FOOD_PERMIT, LIXIA);
    const target = { kind: 'item' as const, implementationCode: code };
    const prepared = (await call('POST', '/api/applications/prepare', zhang, { target })).json();
    const res = await call('POST', '/api/applications', zhang, {
      target,
      form: fillForm(prepared, t.clock.today(), { application_note: randomUUID() }),
      materials: await supplyEverything(call, zhang, prepared),
      delivery: { method: 'electronic' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const accepted = await call('POST', `/api/cases/${res.json().id}/accept`, clerk, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    theCase = accepted.json();
    const task = openTasks(theCase)[0]!;
    departmentId = task.departmentId;
    const views = await t.services.deadlines.viewsOf(db, [clockIdOf('task', task.id)]);
    taskDue = views.get(clockIdOf('task', task.id))!.dueOn!;
    await logInAgain();
  });

  it('cards the task for its department and raises the order from the first overdue day', async () => {
    moveTo(cal.addWorkdays(taskDue, 1));
    await logInAgain();
    await pass();
    const inbox = (await call('GET', '/api/monitoring/inbox', reviewer)).json();
    const card = inbox.cards.find((c: { subjectType: string }) => c.subjectType === 'task');
    expect(card).toMatchObject({ level: 'red', departmentId, subjectLabel: theCase.caseNumber, kind: 'task' });
    expect(card.orderId).toMatch(/^DB/);
    order = inbox.orders.find((o: SupervisionOrder) => o.id === card.orderId);
    expect(order).toMatchObject({ status: 'open', level: 'department', departmentId });
    // Acknowledge within one working day: the order's own clock.
    expect(order.dueOn).toBe(cal.addWorkdays(t.clock.today(), 1));
  });

  it("tells the department's heads of the order by text message, naming no applicant", async () => {
    const messages = await messagesAbout(order.id, 'monitoring_order_raised');
    const heads = await phonesOf([departmentHead, otherHead, reviewer]);
    const recipients = messages.map((m) => m.recipient);
    expect(recipients).toContain(heads[0]);
    expect(recipients).not.toContain(heads[1]);
    expect(recipients).not.toContain(heads[2]);
    const [y, m, d] = order.dueOn!.split('-');
    const message = messages.find((m) => m.recipient === heads[0])!;
    expect(message.body).toContain(order.id);
    expect(message.body).toContain(theCase.caseNumber);
    expect(message.body).toContain(`请于${y}年${Number(m)}月${Number(d)}日前签收`);
    expect(message.body).not.toMatch(/[a-z_]{4,}/);
    expect(message.body).not.toContain(theCase.applicant.name);
    expect(message).toMatchObject({ channel: 'sms', payload: { orderId: order.id, level: 'department' } });
    // A pass that raises nothing tells no one again.
    await pass();
    expect(await messagesAbout(order.id, 'monitoring_order_raised')).toHaveLength(messages.length);
  });

  it('refuses an order of another department, changing nothing', async () => {
    const res = await call('POST', `/api/monitoring/orders/${order.id}/acknowledge`, otherHead, { version: 1 });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('MONITORING_ORDER_NOT_FOUND');
    const reviewerTry = await call('POST', `/api/monitoring/orders/${order.id}/acknowledge`, reviewer, { version: 1 });
    expect(reviewerTry.statusCode).toBe(403);
    const [row] = await t.database.db.select().from(monitoringOrders).where(eq(monitoringOrders.id, order.id));
    expect(row).toMatchObject({ status: 'open', version: 1 });
  });

  it('climbs to the city government office when not acknowledged in time', async () => {
    moveTo(cal.addWorkdays(t.clock.today(), 2));
    await logInAgain();
    const jinan = await createTestSession(
      t.database.db,
      { kind: 'staff', roles: ['supervisor'], regionCode: '3701' },
      t.clock.now(),
    );
    const result = await pass();
    expect(result.ordersEscalated).toBeGreaterThanOrEqual(1);
    const listed = (await call('GET', `/api/monitoring/orders?regionCode=${LIXIA}&level=city`, supervisor)).json();
    const escalated = listed.items.find((o: SupervisionOrder) => o.id === order.id);
    expect(escalated).toMatchObject({ level: 'city', status: 'open' });
    expect(escalated.history.map((h: { kind: string }) => h.kind)).toEqual(['raised', 'escalated']);
    order = escalated;
    // The city's office (its supervisors) is told; another city's and the province's are not.
    const [city, otherCity] = await phonesOf([jinan, cityOfOther]);
    const messages = await messagesAbout(order.id, 'monitoring_order_escalated');
    expect(messages.map((m) => m.recipient)).toContain(city);
    expect(messages.map((m) => m.recipient)).not.toContain(otherCity);
    const [y, m, d] = escalated.dueOn.split('-');
    expect(messages[0]!.body).toContain(`督办单 ${order.id}`);
    expect(messages[0]!.body).toContain(`现由市政府办公室督办。请于${y}年${Number(m)}月${Number(d)}日前签收`);
  });

  it('lets the department head acknowledge once, then explain once with a promised date', async () => {
    const ack = await call('POST', `/api/monitoring/orders/${order.id}/acknowledge`, departmentHead, {
      version: order.version,
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged' });
    const again = await call('POST', `/api/monitoring/orders/${order.id}/acknowledge`, departmentHead, {
      version: ack.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MONITORING_ORDER_ALREADY_ACKNOWLEDGED');
    const past = await call('POST', `/api/monitoring/orders/${order.id}/explain`, departmentHead, {
      version: ack.json().version,
      explanation: '现场核查需要补充检测报告，已安排专人跟进。',
      promisedOn: '2026-01-01',
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().code).toBe('MONITORING_PROMISED_DATE_PAST');
    const body = {
      version: ack.json().version,
      explanation: '现场核查需要补充检测报告，已安排专人跟进。',
      promisedOn: cal.addWorkdays(t.clock.today(), 3),
    };
    const explained = await call('POST', `/api/monitoring/orders/${order.id}/explain`, departmentHead, body);
    expect(explained.statusCode, explained.body).toBe(200);
    expect(explained.json()).toMatchObject({ status: 'explained', promisedOn: body.promisedOn, dueOn: null });
    const twice = await call('POST', `/api/monitoring/orders/${order.id}/explain`, departmentHead, {
      ...body,
      version: explained.json().version,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('MONITORING_ORDER_ALREADY_EXPLAINED');
  });

  it('shows supervisors counts by city, county, department and item, and the list behind a count', async () => {
    const byDepartment = (
      await call('GET', `/api/monitoring/counts?by=department&regionCode=${LIXIA}`, supervisor)
    ).json();
    const row = byDepartment.rows.find((r: { key: string }) => r.key === departmentId);
    expect(row.red).toBeGreaterThanOrEqual(1);
    const byCity = (await call('GET', '/api/monitoring/counts?by=city', supervisor)).json();
    expect(byCity.rows.find((r: { key: string }) => r.key === '3701')).toMatchObject({ name: '济南市' });
    const list = (
      await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}&departmentId=${departmentId}&limit=1`, supervisor)
    ).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].departmentId).toBe(departmentId);
    // Every card of the region, one page at a time, each once.
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page = (
        await call(
          'GET',
          `/api/monitoring/cards?regionCode=${LIXIA}&limit=7${next ? `&cursor=${next}` : ''}`,
          supervisor,
        )
      ).json();
      seen.push(...page.items.map((c: { id: string }) => c.id));
      next = page.next;
    } while (next);
    const open = await t.database.db
      .select()
      .from(monitoringCards)
      .where(and(eq(monitoringCards.status, 'open')));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(open.filter((c) => c.regionCode.startsWith(LIXIA)).length);
  });

  it('pages the list along signed cursors, back as well as forth', async () => {
    const first = (await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}&limit=2`, supervisor)).json();
    expect(first.prev).toBeNull();
    expect(first.count.value).toBeGreaterThanOrEqual(first.items.length);
    if (!first.next) return expect(first.count.value).toBeLessThanOrEqual(2);
    const second = (
      await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}&limit=2&cursor=${first.next}`, supervisor)
    ).json();
    const back = (
      await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}&limit=2&cursor=${second.prev}`, supervisor)
    ).json();
    expect(back.items.map((c: { id: string }) => c.id)).toEqual(first.items.map((c: { id: string }) => c.id));
  });

  it('refuses a tampered cursor, one of another list or filter, and too large a page', async () => {
    const first = (await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}&limit=1`, supervisor)).json();
    const tampered = await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}&cursor=${first.next}x`, supervisor);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().code).toBe('CURSOR_INVALID');
    const old = await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}&cursor=12345`, supervisor);
    expect(old.json().code).toBe('CURSOR_INVALID');
    const other = await call('GET', `/api/monitoring/orders?regionCode=${LIXIA}&cursor=${first.next}`, supervisor);
    expect(other.json().code).toBe('CURSOR_OTHER_LIST');
    const otherFilter = await call('GET', `/api/monitoring/cards?regionCode=3701&cursor=${first.next}`, supervisor);
    expect(otherFilter.json().code).toBe('CURSOR_OTHER_LIST');
    const large = await call('GET', `/api/monitoring/cards?limit=1000`, supervisor);
    expect(large.json().code).toBe('PAGE_SIZE_TOO_LARGE');
  });

  it('answers bad input with a problem: unknown region, a region outside the supervisor’s, a department’s staff', async () => {
    const unknown = await call('GET', '/api/monitoring/counts?regionCode=379999', supervisor);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('MONITORING_REGION_UNKNOWN');
    const outside = await call('GET', `/api/monitoring/cards?regionCode=${LIXIA}`, cityOfOther);
    expect(outside.statusCode).toBe(404);
    const department = await call('GET', '/api/monitoring/counts', reviewer);
    expect(department.statusCode).toBe(403);
    const badBy = await call('GET', '/api/monitoring/counts?by=street', supervisor);
    expect(badBy.statusCode).toBe(400);
  });
});
