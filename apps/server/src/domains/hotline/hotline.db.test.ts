import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { DataUsePage, Ticket } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { caller, type Call } from '../cases/cases.test-kit';
import { outboxMessages } from '../../platform/outbox/outbox.tables';
import { CALLER_VIEW_PURPOSE } from './hotline.core';

/**
 * 12345 tickets end to end over HTTP: intake, answer on the spot, dispatch by the catalogue,
 * the department's sign / reply / return under their clocks, the centre's decisions, revisit and
 * re-opening, merging — and the bad input the rules refuse, each leaving the ticket unchanged.
 * The clock stands at 23:30 UTC: the China date is already the next day.
 */
const LIXIA = '370102';
const MARKET = `${LIXIA}-market_regulation`;
const ZHANG_PHONE = '13805310001';

let t: TestApp;
let call: Call;
let operator: TestSession;
let market: TestSession;
let transport: TestSession;
let zhang: TestSession;

beforeAll(async () => {
  // Wednesday 25 November 2026, 23:30 UTC = Thursday 26 November in China.
  t = await openTestApp({ now: '2026-11-25T23:30:00Z' });
  call = caller(t);
  const db = t.database.db;
  const now = t.clock.now();
  operator = await sessionForAccount(db, 'demo-staff-hotline.jinan', now);
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  market = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA, departmentId: MARKET },
    now,
  );
  transport = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA, departmentId: `${LIXIA}-transport` },
    now,
  );
});
afterAll(async () => t?.close());

const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  category: 'market_and_food',
  regionCode: LIXIA,
  callerName: '张三',
  callerPhone: ZHANG_PHONE,
  text: '泉城路一家餐馆后厨卫生很差，多次反映无人处理。',
  anonymous: true,
  contactConsent: false,
  ...extra,
});

async function intake(body: Record<string, unknown>): Promise<Ticket> {
  const res = await call('POST', '/api/hotline/tickets', operator, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const ticketAs = async (id: string, session: TestSession): Promise<Ticket> => {
  const res = await call('GET', `/api/hotline/tickets/${id}`, session);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const callerViewsOfZhang = async () =>
  ((await call('GET', '/api/me/data-use?limit=100', zhang)).json() as DataUsePage).items.filter(
    (e) => e.purpose === CALLER_VIEW_PURPOSE,
  );

const smsTo = async (phone: string) =>
  t.database.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, phone))
    .orderBy(desc(outboxMessages.id));

describe('the knowledge base and answering on the spot', () => {
  it('finds the catalog’s answer while the operator types, from the first two characters on', async () => {
    for (const q of ['食品', '食品经营', '食品经营许可']) {
      const res = await call('GET', `/api/hotline/articles?q=${encodeURIComponent(q)}`, operator);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().length, q).toBeGreaterThan(0);
      expect(res.json()[0].title).toContain(q.slice(0, 2));
    }
  });

  it('closes a consultation answered from the knowledge base as 直接办结', async () => {
    const [hit] = (await call('GET', `/api/hotline/articles?q=${encodeURIComponent('食品经营许可')}`, operator)).json();
    const ticket = await intake({
      ...complaint({ kind: 'consultation', text: '开饭店要办什么证？', anonymous: false }),
      answer: { articleId: hit.id, answer: '需办理食品经营许可，材料见知识库。' },
    });
    expect(ticket.status).toBe('answered_on_spot');
    expect(ticket.department).toBeNull();
    expect(ticket.events.map((e) => e.kind)).toEqual(['created', 'answered_on_spot']);
  });

  it('refuses to answer a complaint on the spot, and writes nothing', async () => {
    const res = await call('POST', '/api/hotline/tickets', operator, {
      ...complaint(),
      answer: { articleId: 'item-370113005000', answer: '…' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ANSWER_ON_SPOT_NOT_ALLOWED');
  });

  it('keeps every version of a curated answer and searches only the newest', async () => {
    const created = await call('POST', '/api/hotline/articles', operator, {
      title: '泉城路停车收费标准',
      body: '路侧停车首小时 5 元。',
      owner: '历下区交通运输局',
      reviewOn: '2027-05-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const revised = await call('PUT', `/api/hotline/articles/${created.json().id}`, operator, {
      title: '泉城路停车收费标准（2027 年调整）',
      body: '路侧停车首小时 6 元。',
      owner: '历下区交通运输局',
      reviewOn: '2027-11-01',
    });
    expect(revised.json().version).toBe(2);
    const hits = (await call('GET', `/api/hotline/articles?q=${encodeURIComponent('泉城路停车')}`, operator)).json();
    expect(hits.filter((h: { id: string }) => h.id === created.json().id)).toHaveLength(1);
    expect(hits[0].version).toBe(2);
  });
});

describe('dispatch, sign, reply, revisit', () => {
  let ticket: Ticket;

  it('dispatches by the catalogue (历下区 × 市场监管 → 历下区市场监督管理局) and starts the sign and return clocks', async () => {
    ticket = await intake({ ...complaint(), dispatch: {} });
    expect(ticket.status).toBe('dispatched');
    expect(ticket.department?.id).toBe(MARKET);
    // Dispatched on Thursday 26 November (China date): sign by Friday, return by Monday.
    expect(ticket.clocks.sign?.dueOn).toBe('2026-11-27');
    expect(ticket.clocks.return?.dueOn).toBe('2026-11-30');
  });

  it('shows the caller to the operator, logged in the caller’s data-use log; hides them from the department', async () => {
    const before = (await callerViewsOfZhang()).length;
    const seen = await ticketAs(ticket.id, operator);
    expect(seen.caller).toMatchObject({ name: '张三', phone: ZHANG_PHONE, hasAccount: true });
    expect(await callerViewsOfZhang()).toHaveLength(before + 1);
    const department = await ticketAs(ticket.id, market);
    expect(department.caller).toEqual({ name: null, phone: null, hasAccount: false });
    expect(await callerViewsOfZhang()).toHaveLength(before + 1);
  });

  it('answers 404 to another department', async () => {
    const res = await call('GET', `/api/hotline/tickets/${ticket.id}`, transport);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('TICKET_NOT_FOUND');
  });

  it('refuses a reply to a ticket not signed, and changes nothing', async () => {
    const res = await call('POST', `/api/hotline/tickets/${ticket.id}/reply`, market, { reply: '已处理' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('TICKET_NOT_SIGNED');
    const after = await ticketAs(ticket.id, operator);
    expect(after.status).toBe('dispatched');
    expect(after.reply).toBeNull();
  });

  it('signs (starting the 5-day reply clock), extends by 3 days on approval, replies and tells the caller', async () => {
    const signed = await call('POST', `/api/hotline/tickets/${ticket.id}/sign`, market, {});
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().clocks.reply).toMatchObject({ limitDays: 5, dueOn: '2026-12-03' });
    const asked = await call('POST', `/api/hotline/tickets/${ticket.id}/extension`, market, {
      days: 3,
      reason: '需现场检查',
    });
    expect(asked.json().extension.status).toBe('requested');
    const approved = await call('POST', `/api/hotline/tickets/${ticket.id}/extension-decision`, operator, {
      approve: true,
      reason: '同意',
    });
    expect(approved.json().clocks.reply).toMatchObject({ extendedDays: 3, dueOn: '2026-12-08' });
    const replied = await call('POST', `/api/hotline/tickets/${ticket.id}/reply`, market, {
      reply: '已现场检查并责令整改，罚款 2000 元。',
    });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json().status).toBe('replied');
    expect((await smsTo(ZHANG_PHONE))[0]!.template).toBe('ticket_replied');
  });

  it('re-opens on an unsatisfied revisit (重办) to the same department, and refuses a lower one', async () => {
    const lower = await call('POST', `/api/hotline/tickets/${ticket.id}/revisit`, operator, {
      solved: false,
      satisfied: false,
      reopenDepartmentId: '370103-market_regulation',
    });
    expect(lower.statusCode).toBe(422);
    const res = await call('POST', `/api/hotline/tickets/${ticket.id}/revisit`, operator, {
      solved: false,
      satisfied: false,
      note: '餐馆仍未整改',
    });
    expect(res.statusCode, res.body).toBe(200);
    const reopened: Ticket = res.json();
    expect(reopened).toMatchObject({ status: 'dispatched', reopenCount: 1, reply: null });
    expect(reopened.clocks.sign?.stoppedOn).toBeNull();
    expect(reopened.events.map((e) => e.kind)).toContain('reopened');
    const told = (await smsTo(ZHANG_PHONE)).filter((m) => m.template === 'ticket_revisited');
    expect(told[0]?.body).toContain('重新办理');
  });
});

describe('the dispatch catalogue as data', () => {
  it('lets an administrator move a rule with a reason, keeps the change in its history, and dispatch follows it', async () => {
    const admin = await sessionForAccount(t.database.db, 'demo-staff-admin', t.clock.now());
    expect(
      (
        await call('PUT', '/api/hotline/dispatch-catalogue', operator, {
          regionCode: LIXIA,
          category: 'environment',
          departmentId: MARKET,
          reason: '试行',
        })
      ).statusCode,
    ).toBe(403);
    const outside = await call('PUT', '/api/hotline/dispatch-catalogue', admin, {
      regionCode: LIXIA,
      category: 'environment',
      departmentId: '370103-market_regulation',
      reason: '试行',
    });
    expect(outside.json().code).toBe('DISPATCH_RULE_DEPARTMENT_OUTSIDE');
    const res = await call('PUT', '/api/hotline/dispatch-catalogue', admin, {
      regionCode: LIXIA,
      category: 'environment',
      departmentId: MARKET,
      reason: '餐饮油烟投诉由市场监管统一受理',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rule).toMatchObject({ departmentId: MARKET });
    const history = (await call('GET', `/api/hotline/dispatch-catalogue/history?region=${LIXIA}`, admin)).json();
    expect(history[0]).toMatchObject({ category: 'environment', reason: '餐饮油烟投诉由市场监管统一受理' });
    expect(history[0].toDepartmentName).toContain('市场监督管理局');
    const ticket = await intake(complaint({ category: 'environment', dispatch: {} }));
    expect(ticket.department?.id).toBe(MARKET);
    // Removing the rule leaves the region to the nearest rule above it, if any.
    const removed = await call('PUT', '/api/hotline/dispatch-catalogue', admin, {
      regionCode: LIXIA,
      category: 'environment',
      departmentId: null,
      reason: '试行结束',
    });
    expect(removed.json()).toEqual({ rule: null });
  });
});

describe('dispatch overrides and returns', () => {
  it('refuses a dispatch outside the catalogue without a reason, and the ticket stays registered', async () => {
    const registered = await intake(complaint());
    expect(registered.status).toBe('registered');
    const res = await call('POST', `/api/hotline/tickets/${registered.id}/dispatch`, operator, {
      departmentId: `${LIXIA}-transport`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'DISPATCH_REASON_REQUIRED', fields: [{ path: 'overrideReason' }] });
    expect((await ticketAs(registered.id, operator)).status).toBe('registered');
    const overridden = await call('POST', `/api/hotline/tickets/${registered.id}/dispatch`, operator, {
      departmentId: `${LIXIA}-transport`,
      overrideReason: '涉及占道经营，由交通部门牵头',
    });
    expect(overridden.json()).toMatchObject({
      status: 'dispatched',
      dispatchOverrideReason: '涉及占道经营，由交通部门牵头',
    });
  });

  it('takes a return within 2 working days; the centre’s refusal is final and a second return is refused', async () => {
    const ticket = await intake({ ...complaint(), dispatch: {} });
    const returned = await call('POST', `/api/hotline/tickets/${ticket.id}/return`, market, {
      reasons: ['不属于本部门职责'],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', returnReasons: ['不属于本部门职责'] });
    const refused = await call('POST', `/api/hotline/tickets/${ticket.id}/return-decision`, operator, {
      decision: 'reject',
      reason: '食品安全属市场监管职责',
    });
    expect(refused.json()).toMatchObject({ status: 'dispatched', returnFinal: true, department: { id: MARKET } });
    const again = await call('POST', `/api/hotline/tickets/${ticket.id}/return`, market, { reasons: ['仍不属于'] });
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('TICKET_RETURN_DECIDED');
    expect((await ticketAs(ticket.id, operator)).status).toBe('dispatched');
  });

  it('refuses a return after its 2 working days, and the ticket stays with the department', async () => {
    const ticket = await intake({ ...complaint(), dispatch: {} });
    const start = t.clock.now();
    try {
      t.clock.advance(6 * 86_400_000); // Wednesday 2 December: past Monday's limit
      const later = await createTestSession(
        t.database.db,
        { kind: 'staff', roles: ['reviewer'], regionCode: LIXIA, departmentId: MARKET },
        t.clock.now(),
      );
      const res = await call('POST', `/api/hotline/tickets/${ticket.id}/return`, later, { reasons: ['不属于本部门'] });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('TICKET_RETURN_TOO_LATE');
    } finally {
      t.clock.set(start);
    }
    expect((await ticketAs(ticket.id, operator)).status).toBe('dispatched');
  });
});

describe('merging repeated tickets', () => {
  it('merges a repeat into the first ticket and tells both callers at the reply', async () => {
    const first = await intake({ ...complaint(), dispatch: {} });
    const repeat = await intake(complaint({ callerName: '王五', callerPhone: '13705319999', anonymous: false }));
    const merged = await call('POST', `/api/hotline/tickets/${repeat.id}/merge`, operator, {
      intoTicketId: first.id,
      reason: '同一餐馆同一问题',
    });
    expect(merged.json()).toMatchObject({ status: 'merged', mergedInto: first.id });
    expect((await smsTo('13705319999'))[0]!.template).toBe('ticket_merged');
    expect((await ticketAs(first.id, operator)).mergedCount).toBe(1);
    await call('POST', `/api/hotline/tickets/${first.id}/sign`, market, {});
    await call('POST', `/api/hotline/tickets/${first.id}/reply`, market, { reply: '已责令整改。' });
    expect((await smsTo('13705319999'))[0]!.template).toBe('ticket_replied');
    const self = await call('POST', `/api/hotline/tickets/${first.id}/merge`, operator, {
      intoTicketId: first.id,
      reason: 'x',
    });
    expect(self.json().code).toBe('TICKET_MERGE_NOT_ALLOWED');
  });
});

describe('the operator’s screen and the figures', () => {
  it('shows the caller’s earlier tickets and cases on one screen, logged as a use of their data', async () => {
    const before = (await callerViewsOfZhang()).length;
    const res = await call('GET', `/api/hotline/callers?phone=${ZHANG_PHONE}`, operator);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ hasAccount: true, name: '张三' });
    expect(res.json().tickets.length).toBeGreaterThan(3);
    expect(await callerViewsOfZhang()).toHaveLength(before + 1);
  });

  it('counts on-the-spot answers, on-time signing and replies, returns and re-openings per department', async () => {
    const res = await call('GET', `/api/hotline/figures?region=3701&from=2026-11-01&to=2026-11-30`, operator);
    expect(res.statusCode, res.body).toBe(200);
    const [county] = res.json().byRegion;
    expect(county).toMatchObject({ regionCode: LIXIA });
    expect(county.onSpotRate).toBeGreaterThan(0);
    const marketRow = res.json().byDepartment.find((r: { departmentId: string }) => r.departmentId === MARKET);
    expect(marketRow).toMatchObject({ signOnTimeRate: 1, replyOnTimeRate: 1 });
    expect(marketRow.returnRate).toBeGreaterThan(0);
    expect(marketRow.reopenRate).toBe(1);
  });
});
