import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DataUsePage, Rating, Ticket } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { caller, type Call } from '../cases/cases.test-kit';
import { cardHistory, cardsOfClock, ordersOfCard } from '../monitoring/monitoring.test-kit';
import { ratingsOfTicket, rectificationsOfRating } from '../ratings/ratings.test-kit';
import { CALLER_VIEW_PURPOSE, ticketClockId, type TicketClock } from './hotline.core';
import { hotlineTickets } from './hotline.tables';

/**
 * What a ticket answers for once dispatched: its clocks carded by e-monitoring for the handling
 * department, the caller's contact details shown to that department only with consent (a logged
 * data use), a bad revisit under a real name opening a rectification of the department on a
 * clock of the configured length (here 3 working days, not the default 5), and the centre's
 * decisions: a re-dispatch after an accepted return, a re-opening to a higher department, an
 * extension past 10 days refused. The clock moves only forward, by China days.
 */
const LIXIA = '370102';
const MARKET = `${LIXIA}-market_regulation`;
const TRANSPORT = `${LIXIA}-transport`;
const CITY_MARKET = '3701-market_regulation';
const ZHANG_PHONE = '13805310001';
const RECTIFICATION_DAYS = 3;

/** 07:30 in Shandong on `day` is 23:30 UTC the day before. */
const atChina = (day: string) => new Date(Date.parse(`${day}T07:30:00+08:00`));

let t: TestApp;
let call: Call;
let operator: TestSession;
let market: TestSession;
let zhang: TestSession;

/** Sessions end after 30 idle minutes and the clock moves by days: everyone logs in again after a move. */
async function moveTo(day: string) {
  t.clock.set(atChina(day));
  const db = t.database.db;
  const now = t.clock.now();
  operator = await sessionForAccount(db, 'demo-staff-hotline.jinan', now);
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  market = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA, departmentId: MARKET },
    now,
  );
}

const pass = () => t.services.monitoringPass.run();

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-25T23:30:00Z', rectificationDays: RECTIFICATION_DAYS });
  call = caller(t);
  // Loaded before any transaction: on PGlite a first load inside one would wait for its own connection.
  await t.services.calendar.calendar();
  await moveTo('2026-11-26');
});
afterAll(async () => t?.close());

const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  category: 'market_and_food',
  regionCode: LIXIA,
  callerName: '张三',
  callerPhone: ZHANG_PHONE,
  text: '经十路一家超市出售过期食品。',
  anonymous: false,
  contactConsent: false,
  dispatch: {},
  ...extra,
});

async function intake(body: Record<string, unknown>): Promise<Ticket> {
  const res = await call('POST', '/api/hotline/tickets', operator, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function ticketAs(id: string, session: TestSession): Promise<Ticket> {
  const res = await call('GET', `/api/hotline/tickets/${id}`, session);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function act(session: TestSession, id: string, step: string, body: unknown = {}): Promise<Ticket> {
  const res = await call('POST', `/api/hotline/tickets/${id}/${step}`, session, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The clock of a ticket's step in its present dispatch round. */
async function clockOf(ticketId: string, step: TicketClock): Promise<string> {
  const [row] = await t.database.db.select().from(hotlineTickets).where(eq(hotlineTickets.id, ticketId));
  return ticketClockId(row!, step);
}

// Another domain's rows are read through its test kit: the hotline reaches monitoring and ratings only through their services.
const cardsOf = (clockId: string) => cardsOfClock(t.database.db, clockId);
const historyOf = (cardId: number) => cardHistory(t.database.db, cardId);
const ordersOf = (cardId: number) => ordersOfCard(t.database.db, cardId);
/** The hotline ratings of a ticket (its revisits), oldest first. */
const ratingsOf = (ticketId: string) => ratingsOfTicket(t.database.db, ticketId);
const rectificationsOf = (ratingId: string) => rectificationsOfRating(t.database.db, ratingId);

const callerViewsOfZhang = async () =>
  ((await call('GET', '/api/me/data-use?limit=100', zhang)).json() as DataUsePage).items.filter(
    (e) => e.purpose === CALLER_VIEW_PURPOSE,
  );

describe('the caller’s contact details at the handling department', () => {
  it('shows name and phone with the caller’s consent, logged as a use of their data', async () => {
    const ticket = await intake(complaint({ contactConsent: true }));
    const before = (await callerViewsOfZhang()).length;
    const seen = await ticketAs(ticket.id, market);
    expect(seen.caller).toEqual({ name: '张三', phone: ZHANG_PHONE, hasAccount: false });
    const views = await callerViewsOfZhang();
    expect(views).toHaveLength(before + 1);
    expect(views[0]).toMatchObject({ readerKind: 'staff', fields: ['姓名', '联系电话'] });
  });

  it('shows the name of a caller who is not anonymous but hides the phone without consent', async () => {
    const ticket = await intake(complaint({ contactConsent: false }));
    const before = (await callerViewsOfZhang()).length;
    const seen = await ticketAs(ticket.id, market);
    expect(seen.caller).toEqual({ name: '张三', phone: null, hasAccount: false });
    const views = await callerViewsOfZhang();
    expect(views).toHaveLength(before + 1);
    expect(views[0]!.fields).toEqual(['姓名']);
  });

  it('shows the phone but not the name of an anonymous caller who consents to be contacted', async () => {
    const ticket = await intake(complaint({ anonymous: true, contactConsent: true }));
    expect((await ticketAs(ticket.id, market)).caller).toEqual({ name: null, phone: ZHANG_PHONE, hasAccount: false });
  });
});

describe('a ticket’s clocks carded for the handling department, and the rectification of a bad revisit', () => {
  let ticket: Ticket;
  let ratingId: string;

  it('cards nothing on the dispatch day: signing is due the next working day', async () => {
    await moveTo('2026-11-26');
    ticket = await intake(complaint());
    expect(ticket.clocks.sign?.dueOn).toBe('2026-11-27');
    await pass();
    expect(await cardsOf(await clockOf(ticket.id, 'sign'))).toEqual([]);
  });

  it('cards the sign clock yellow on its due day, for the handling department', async () => {
    await moveTo('2026-11-27');
    await pass();
    const [card] = await cardsOf(await clockOf(ticket.id, 'sign'));
    expect(card).toMatchObject({
      kind: 'ticket_sign',
      subjectType: 'ticket',
      level: 'yellow',
      status: 'open',
      departmentId: MARKET,
      subjectLabel: ticket.ticketNumber,
      dueOn: '2026-11-27',
    });
  });

  it('turns it red from the first day past, raises a 督办 order, and shows it in the department’s inbox', async () => {
    await moveTo('2026-11-30');
    await pass();
    const [card] = await cardsOf(await clockOf(ticket.id, 'sign'));
    expect(card).toMatchObject({ level: 'red', status: 'open', departmentId: MARKET });
    expect(await historyOf(card!.id)).toEqual(['raised:yellow:2026-11-27', 'escalated:red:2026-11-30']);
    expect(await ordersOf(card!.id)).toMatchObject([{ departmentId: MARKET, kind: 'ticket_sign' }]);
    const inbox = (await call('GET', '/api/monitoring/inbox', market)).json();
    expect(inbox.cards.map((c: { id: string }) => String(c.id))).toContain(String(card!.id));
  });

  it('clears the sign card at the late signing; the reply clock goes yellow a working day before its due day, then red', async () => {
    const signed = await act(market, ticket.id, 'sign');
    expect(signed.clocks.reply?.dueOn).toBe('2026-12-07');
    await pass();
    expect((await cardsOf(await clockOf(ticket.id, 'sign')))[0]).toMatchObject({ status: 'cleared' });
    const replyClock = await clockOf(ticket.id, 'reply');
    await moveTo('2026-12-03');
    await pass();
    expect(await cardsOf(replyClock)).toEqual([]);
    await moveTo('2026-12-04');
    await pass();
    expect((await cardsOf(replyClock))[0]).toMatchObject({
      kind: 'ticket_reply',
      level: 'yellow',
      departmentId: MARKET,
    });
    await moveTo('2026-12-08');
    await pass();
    expect((await cardsOf(replyClock))[0]).toMatchObject({ level: 'red', status: 'open', departmentId: MARKET });
  });

  it('records an unsatisfied revisit as a hotline rating and opens its rectification on the configured clock', async () => {
    await act(market, ticket.id, 'reply', { reply: '已现场检查，下架过期食品。' });
    // Tuesday 8 December: three working days, due Friday 11 December.
    const reopened = await act(operator, ticket.id, 'revisit', { solved: false, satisfied: false, note: '仍在出售' });
    expect(reopened).toMatchObject({ status: 'dispatched', reopenCount: 1, department: { id: MARKET } });
    const [rating] = await ratingsOf(ticket.id);
    expect(rating).toMatchObject({ channel: 'hotline', level: 5, realName: true, departmentId: MARKET });
    ratingId = rating!.id;
    const [rect] = await rectificationsOf(ratingId);
    expect(rect).toMatchObject({ departmentId: MARKET, status: 'callback_pending' });
    const seen = (await call('GET', `/api/ratings/${ratingId}`, zhang)).json() as Rating;
    expect(seen.rectification!.clock).toMatchObject({ limitDays: RECTIFICATION_DAYS, dueOn: '2026-12-11' });
  });

  it('cards the rectification yellow, then red, for the handling department', async () => {
    const clockId = `rectification:${(await rectificationsOf(ratingId))[0]!.id}`;
    await moveTo('2026-12-10');
    await pass();
    expect((await cardsOf(clockId))[0]).toMatchObject({
      kind: 'rectification',
      level: 'yellow',
      departmentId: MARKET,
      dueOn: '2026-12-11',
    });
    await moveTo('2026-12-14');
    await pass();
    expect((await cardsOf(clockId))[0]).toMatchObject({ level: 'red', status: 'open', departmentId: MARKET });
  });

  it('lets the handling department call the rater back, like any other rectification', async () => {
    const res = await call('POST', `/api/ratings/${ratingId}/callback`, market, { note: '已致电说明复查安排' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Rating).rectification!.status).toBe('rectifying');
  });

  it('opens no rectification for a satisfied revisit, nor for a caller without an account', async () => {
    for (const extra of [{}, { callerName: '赵六', callerPhone: '13905310077' }]) {
      const other = await intake(complaint(extra));
      await act(market, other.id, 'sign');
      await act(market, other.id, 'reply', { reply: '已处理。' });
      const satisfied = 'callerPhone' in extra;
      await act(operator, other.id, 'revisit', { solved: true, satisfied: !satisfied, note: '' });
      const [rating] = await ratingsOf(other.id);
      expect(rating).toMatchObject({ channel: 'hotline', realName: !satisfied });
      expect(await rectificationsOf(rating!.id)).toEqual([]);
    }
  });
});

describe('the centre’s decisions on returns, re-openings and extensions', () => {
  it('accepts a return and re-dispatches to the department it names, on fresh clocks', async () => {
    const ticket = await intake(complaint());
    const signClock = await clockOf(ticket.id, 'sign');
    await act(market, ticket.id, 'return', { reasons: ['涉及占道经营，不属于本部门'] });
    const unnamed = await call('POST', `/api/hotline/tickets/${ticket.id}/return-decision`, operator, {
      decision: 'accept',
      reason: '同意退回',
    });
    expect(unnamed.statusCode).toBe(422);
    expect((await ticketAs(ticket.id, operator)).status).toBe('returned');
    const accepted = await act(operator, ticket.id, 'return-decision', {
      decision: 'accept',
      reason: '占道经营由交通部门处理',
      departmentId: TRANSPORT,
    });
    expect(accepted).toMatchObject({ status: 'dispatched', department: { id: TRANSPORT } });
    expect(accepted.events.map((e) => e.kind)).toContain('return_accepted');
    expect(await clockOf(ticket.id, 'sign')).not.toBe(signClock);
    expect(accepted.clocks.sign).toMatchObject({ stoppedOn: null, dueOn: '2026-12-15' });
    // The department that returned it no longer sees it.
    expect((await call('GET', `/api/hotline/tickets/${ticket.id}`, market)).statusCode).toBe(404);
  });

  it('re-opens an unsatisfied ticket to the department above the one that handled it', async () => {
    const ticket = await intake(complaint());
    await act(market, ticket.id, 'sign');
    await act(market, ticket.id, 'reply', { reply: '已处理。' });
    const reopened = await act(operator, ticket.id, 'revisit', {
      solved: false,
      satisfied: false,
      note: '区局处理不力',
      reopenDepartmentId: CITY_MARKET,
    });
    expect(reopened).toMatchObject({ status: 'dispatched', reopenCount: 1, department: { id: CITY_MARKET } });
    expect(reopened.clocks.sign).toMatchObject({ stoppedOn: null, dueOn: '2026-12-15' });
    // The rectification of the bad rating stays with the department that handled the ticket.
    const [rating] = await ratingsOf(ticket.id);
    const [rect] = await rectificationsOf(rating!.id);
    expect(rect).toMatchObject({ departmentId: MARKET });
  });

  it('refuses an extension over 10 working days, and the ticket keeps its reply clock', async () => {
    const ticket = await intake(complaint());
    const signed = await act(market, ticket.id, 'sign');
    const res = await call('POST', `/api/hotline/tickets/${ticket.id}/extension`, market, {
      days: 11,
      reason: '需要长期观察',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REQUEST_INVALID', fields: [{ path: 'body.days' }] });
    const after = await ticketAs(ticket.id, operator);
    expect(after.extension).toBeNull();
    expect(after.clocks.reply).toEqual(signed.clocks.reply);
  });
});
