import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { Case, Rating, RatingPage } from '@yici/contracts';
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
import { outboxMessages } from '../../platform/outbox/outbox.tables';
import { ratingAppeals, ratingRectifications, ratings } from './ratings.tables';

/**
 * 好差评 over HTTP on a real completed case: the invitation at completion, one rating per service
 * and rater, a bad rating's call-back and rectification under its clock, verification and the
 * rater's confirmation, appeals that never delete a rating, and the public figures. Also the
 * hotline's complaint about the case, shown on the case and with its timeline to the handler.
 */
const LIXIA = '370102';
const FOOD_PERMIT = '370113005000';
const HALL = `hall-${LIXIA}`;

let t: TestApp;
let call: Call;
let zhang: TestSession;
let lisi: TestSession;
let clerk: TestSession;
let approver: TestSession;
let supervisor: TestSession;
let departmentStaff: TestSession;
let otherDepartmentStaff: TestSession;
let theCase: Case;
let departmentId: string;

async function fileAndAccept(): Promise<Case> {
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
  return accepted.json();
}

async function complete(c: Case): Promise<Case> {
  let current = c;
  for (const task of openTasks(current)) {
    expect((await call('POST', `/api/tasks/${task.id}/claim`, approver, {})).statusCode).toBe(200);
    const seen = (await call('GET', `/api/tasks/${task.id}`, approver)).json() as { version: number };
    // A denial completes the case as well, and is as much a service to rate.
    const decided = await call('POST', `/api/tasks/${task.id}/decide`, approver, {
      decision: 'deny',
      reason: '经营场所不符合食品安全要求，不予许可',
      version: seen.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    current = decided.json();
  }
  return current;
}

const rate = (session: TestSession, body: Record<string, unknown>) =>
  call('POST', '/api/ratings', session, { caseId: theCase.id, ...body });

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-25T23:30:00Z' });
  call = caller(t);
  const db = t.database.db;
  const now = t.clock.now();
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  lisi = await sessionForAccount(db, 'demo-person-lisi', now);
  supervisor = await sessionForAccount(db, 'demo-staff-supervisor', now);
  clerk = await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA }, now);
  approver = await createTestSession(db, { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA }, now);
  theCase = await fileAndAccept();
  departmentId = (await t.services.cases.caseFacts(theCase.id))!.department!.id;
  departmentStaff = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer'], regionCode: LIXIA, departmentId },
    now,
  );
  otherDepartmentStaff = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer'], regionCode: LIXIA, departmentId: `${LIXIA}-transport` },
    now,
  );
});
afterAll(async () => t?.close());

describe('one rating per service, by the one it served', () => {
  it('refuses a rating before the case completes', async () => {
    const res = await rate(zhang, { level: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('RATING_CASE_NOT_COMPLETED');
  });

  it('sends the rating invitation (一事一评) with the completion, through the outbox', async () => {
    theCase = await complete(theCase);
    expect(theCase.status).toBe('completed');
    const [invitation] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.template, 'rating_invitation'))
      .orderBy(desc(outboxMessages.id));
    expect(invitation!.body).toContain(`http://yici.test/portal/cases/${theCase.id}?rate=1`);
  });

  it('refuses a rating of a case not one’s own, and staff hold no rating permission at all', async () => {
    const other = await rate(lisi, { level: 5 });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('RATING_CASE_NOT_OWN');
    const staff = await rate(clerk, { channel: 'hall', servicePointId: HALL, window: '3', level: 1 });
    expect(staff.statusCode).toBe(403);
    expect(staff.json().code).toBe('ACCESS_DENIED');
  });

  it('asks a hall rating for its window', async () => {
    const res = await rate(zhang, { channel: 'hall', level: 5 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'RATING_WINDOW_REQUIRED' });
    const unknownHall = await rate(zhang, { channel: 'hall', servicePointId: 'hall-nowhere', window: '3', level: 5 });
    expect(unknownHall.json().code).toBe('RATING_WINDOW_REQUIRED');
  });

  it('takes a bad rating under a real name and opens its rectification with a 5-working-day clock', async () => {
    const res = await rate(zhang, {
      channel: 'hall',
      servicePointId: HALL,
      window: '3',
      level: 5,
      reasons: ['slow', 'attitude_bad'],
      comment: '等了很久',
    });
    expect(res.statusCode, res.body).toBe(201);
    const rating: Rating = res.json();
    expect(rating).toMatchObject({
      level: 5,
      levelName: '非常不满意',
      servicePointId: HALL,
      window: '3',
      departmentId,
    });
    expect(rating.rectification).toMatchObject({ status: 'callback_pending' });
    expect(rating.rectification!.clock).toMatchObject({ limitDays: 5, dueOn: '2026-12-03' });
  });

  it('refuses a second rating of the same case by the same person, and keeps the first', async () => {
    const res = await rate(zhang, { level: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('RATING_ALREADY_GIVEN');
    const own = (await call('GET', `/api/cases/${theCase.id}/my-rating`, zhang)).json().rating as Rating;
    expect(own.level).toBe(5);
  });
});

describe('a bad rating’s rectification and appeals', () => {
  let ratingId: string;
  beforeAll(async () => {
    ratingId = ((await call('GET', `/api/cases/${theCase.id}/my-rating`, zhang)).json().rating as Rating).id;
  });
  const step = (session: TestSession, path: string, body: unknown) =>
    call('POST', `/api/ratings/${ratingId}/${path}`, session, body);

  it('walks call-back, evidence, the desk’s verification (on time) and the rater’s confirmation', async () => {
    const early = await step(departmentStaff, 'evidence', { evidence: '…' });
    expect(early.json().code).toBe('RECTIFICATION_STATUS_CONFLICT');
    expect(
      (await step(departmentStaff, 'callback', { note: '已电话致歉并说明原因' })).json().rectification.status,
    ).toBe('rectifying');
    expect(
      (await step(departmentStaff, 'evidence', { evidence: '增开 2 个窗口，附排班表' })).json().rectification.status,
    ).toBe('submitted');
    const verified = (await step(supervisor, 'verification', { accept: true, note: '整改到位' })).json() as Rating;
    expect(verified.rectification).toMatchObject({ status: 'verified', onTime: true });
    expect(verified.rectification!.clock?.stoppedOn).not.toBeNull();
    const other = await step(lisi, 'confirmation', { accepted: true });
    expect(other.statusCode).toBe(404);
    expect((await step(zhang, 'confirmation', { accepted: true })).json().rectification.status).toBe('confirmed');
  });

  it('shows public figures by department and window: counts and shares, no person', async () => {
    for (const by of ['department', 'window'] as const) {
      const res = await call('GET', `/api/ratings/figures?by=${by}&month=2026-11`, null);
      expect(res.statusCode, res.body).toBe(200);
      const [row] = res.json().rows;
      expect(row).toMatchObject({ ratings: 1, badRatings: 1, satisfiedShare: 0, rectifiedOnTimeShare: 1, rank: 1 });
      expect(Object.keys(row).sort()).toEqual(
        ['badRatings', 'key', 'name', 'rank', 'ratings', 'rectifiedOnTimeShare', 'satisfiedShare'].sort(),
      );
    }
  });

  it('lists the bad rating to the rating desk and the rated department, not to another department', async () => {
    const ids = async (session: TestSession) =>
      ((await call('GET', '/api/ratings?status=all', session)).json() as RatingPage).items.map((r) => r.id);
    expect(await ids(supervisor)).toContain(ratingId);
    expect(await ids(departmentStaff)).toContain(ratingId);
    expect(await ids(otherDepartmentStaff)).not.toContain(ratingId);
    const open = (await call('GET', '/api/ratings', departmentStaff)).json() as RatingPage;
    expect(open.items.map((r) => r.id)).not.toContain(ratingId);
  });

  it('refuses an appeal from outside the rated department, and records nothing', async () => {
    const res = await step(otherDepartmentStaff, 'appeal', { reason: '恶意差评，评价人未到窗口' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('APPEAL_OUTSIDE_DEPARTMENT');
    expect(((await call('GET', `/api/ratings/${ratingId}`, supervisor)).json() as Rating).appeals).toEqual([]);
  });

  it('reviews an appeal with reasons: upheld, the rating stays and leaves the figures', async () => {
    const appealed = await step(departmentStaff, 'appeal', { reason: '评价内容与事实不符，有录像为证' });
    expect(appealed.statusCode, appealed.body).toBe(200);
    const reviewed = (
      await step(supervisor, 'appeal-review', { uphold: true, reason: '经调取录像，评价与事实不符' })
    ).json();
    expect(reviewed).toMatchObject({ level: 5, excluded: true, appeals: [{ status: 'upheld' }] });
    const figures = (await call('GET', '/api/ratings/figures?by=department&month=2026-11', null)).json();
    expect(figures.rows).toEqual([]);
  });
});

describe('a rating that asks for follow-up', () => {
  it('opens a 12345 ticket (channel "rating") with the rating, linked to the case, for the centre to dispatch', async () => {
    theCase = await complete(await fileAndAccept());
    const res = await rate(zhang, { level: 4, reasons: ['slow'], comment: '请核实为何这么慢', followUp: true });
    expect(res.statusCode, res.body).toBe(201);
    const rating: Rating = res.json();
    expect(rating.followUpTicketId).not.toBeNull();
    const operator = await sessionForAccount(t.database.db, 'demo-staff-hotline.jinan', t.clock.now());
    const ticket = await call('GET', `/api/hotline/tickets/${rating.followUpTicketId}`, operator);
    expect(ticket.statusCode, ticket.body).toBe(200);
    expect(ticket.json()).toMatchObject({
      channel: 'rating',
      kind: 'complaint',
      status: 'registered',
      links: { caseId: theCase.id },
    });
    expect(ticket.json().text).toContain('请核实为何这么慢');
    const mine = (await call('GET', '/api/me/tickets', zhang)).json() as { id: string }[];
    expect(mine.map((x) => x.id)).toContain(rating.followUpTicketId);
  });

  it('opens no ticket when the rating is refused (a second rating of the same case)', async () => {
    const before = ((await call('GET', '/api/me/tickets', zhang)).json() as unknown[]).length;
    const res = await rate(zhang, { level: 5, followUp: true });
    expect(res.statusCode).toBe(409);
    expect(((await call('GET', '/api/me/tickets', zhang)).json() as unknown[]).length).toBe(before);
  });
});

describe('a complaint about the case', () => {
  it('is shown on the case to its staff and shows the case’s timeline to the handler', async () => {
    const operator = await sessionForAccount(t.database.db, 'demo-staff-hotline.jinan', t.clock.now());
    const res = await call('POST', '/api/hotline/tickets', operator, {
      kind: 'complaint',
      category: 'enterprise_services',
      regionCode: LIXIA,
      callerName: '张三',
      callerPhone: '13805310001',
      text: '食品经营许可办理中窗口态度差。',
      anonymous: false,
      contactConsent: true,
      caseId: theCase.id,
      dispatch: { departmentId, overrideReason: '办件承办部门' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const onCase = await call('GET', `/api/cases/${theCase.id}/tickets`, approver);
    expect(onCase.json().map((x: { id: string }) => x.id)).toContain(res.json().id);
    const timeline = await call('GET', `/api/hotline/tickets/${res.json().id}/case-timeline`, departmentStaff);
    expect(timeline.statusCode, timeline.body).toBe(200);
    expect(timeline.json().map((e: { kind: string }) => e.kind)).toContain('completed');
    const far = await createTestSession(
      t.database.db,
      { kind: 'staff', roles: ['approver'], regionCode: '3702' },
      t.clock.now(),
    );
    expect((await call('GET', `/api/cases/${theCase.id}/tickets`, far)).statusCode).toBe(404);
  });
});

describe('the bad-rating list, a page at a time along its cursor', () => {
  // 25 bad ratings of October 2025 in 市南区 (青岛), written as rows: a minute apart, the newest last.
  const SHINAN = '370202';
  const made = Array.from({ length: 25 }, (_, i) => `list-rating-${String(i).padStart(2, '0')}`);
  const newestFirst = [...made].reverse();
  // Open: an unfinished rectification (every third), or a pending appeal (the second).
  const open = newestFirst.filter((id) => Number(id.slice(-2)) % 3 === 0 || id === made[1]);
  let desk: TestSession;
  let farDesk: TestSession;
  const page = async (session: TestSession, query: string) => {
    const res = await call('GET', `/api/ratings?${query}`, session);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as RatingPage;
  };

  beforeAll(async () => {
    const db = t.database.db;
    const base = Date.parse('2025-10-09T02:00:00Z');
    await db.insert(ratings).values(
      made.map((id, i) => ({
        id,
        channel: 'online' as const,
        level: 4 + (i % 2),
        reasons: [],
        comment: `第 ${i} 条差评`,
        regionCode: SHINAN,
        raterKey: `list-rater-${i}`,
        realName: true,
        createdAt: new Date(base + i * 60_000),
        createdOn: '2025-10-09',
      })),
    );
    await db.insert(ratingRectifications).values(
      made.map((id, i) => ({
        id: `rect-${id}`,
        ratingId: id,
        regionCode: SHINAN,
        status: i % 3 === 0 ? 'rectifying' : 'confirmed',
        updatedAt: new Date(base + i * 60_000),
      })),
    );
    await db.insert(ratingAppeals).values({
      id: `appeal-${made[1]}`,
      ratingId: made[1]!,
      departmentId: `${SHINAN}-market`,
      status: 'pending',
      reason: '评价内容与事实不符',
      filedBy: 'test',
      createdAt: new Date(base + 3_600_000),
    });
    const now = t.clock.now();
    desk = await createTestSession(db, { kind: 'staff', roles: ['supervisor'], regionCode: '3702' }, now);
    farDesk = await createTestSession(db, { kind: 'staff', roles: ['supervisor'], regionCode: '3703' }, now);
  });

  it('reads every bad rating newest first by next, and the same pages back by prev, counted', async () => {
    const first = await page(desk, 'status=all&limit=10');
    expect(first.count).toEqual({ value: 25, atLeast: false });
    expect(first.prev).toBeNull();
    const second = await page(desk, `status=all&limit=10&cursor=${encodeURIComponent(first.next!)}`);
    const third = await page(desk, `status=all&limit=10&cursor=${encodeURIComponent(second.next!)}`);
    expect(third.next).toBeNull();
    expect([...first.items, ...second.items, ...third.items].map((r) => r.id)).toEqual(newestFirst);
    const back = await page(desk, `status=all&limit=10&cursor=${encodeURIComponent(third.prev!)}`);
    expect(back.items.map((r) => r.id)).toEqual(second.items.map((r) => r.id));
    expect(second.items[0]).toMatchObject({ levelName: expect.any(String), rectificationStatus: expect.any(String) });
  });

  it('opens on the open ones: unfinished rectifications and pending appeals, in the same order', async () => {
    const first = await page(desk, 'limit=5');
    expect(first.count).toEqual({ value: open.length, atLeast: false });
    const rest = await page(desk, `limit=5&cursor=${encodeURIComponent(first.next!)}`);
    expect([...first.items, ...rest.items].map((r) => r.id)).toEqual(open);
    expect(rest.items.find((r) => r.id === made[1])).toMatchObject({ appealPending: true });
    expect((await page(farDesk, 'status=all')).items).toEqual([]);
  });

  it('refuses a tampered cursor, one of other filters or of another viewer, and a page over 100', async () => {
    const { next } = await page(desk, 'status=all&limit=10');
    const get = (session: TestSession, query: string) => call('GET', `/api/ratings?${query}`, session);
    const tampered = await get(desk, `status=all&cursor=${encodeURIComponent(next!.slice(0, -2) + 'xx')}`);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().code).toBe('CURSOR_INVALID');
    const otherFilter = await get(desk, `status=open&cursor=${encodeURIComponent(next!)}`);
    expect(otherFilter.json().code).toBe('CURSOR_OTHER_LIST');
    const otherViewer = await get(farDesk, `status=all&cursor=${encodeURIComponent(next!)}`);
    expect(otherViewer.json().code).toBe('CURSOR_OTHER_LIST');
    const large = await get(desk, 'limit=101');
    expect(large.statusCode).toBe(400);
    expect(large.json().code).toBe('PAGE_SIZE_TOO_LARGE');
  });
});
