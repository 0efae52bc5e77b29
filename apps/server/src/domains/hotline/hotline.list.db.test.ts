import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket, TicketSummary } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, type TestSession } from '../../testing/test-actors';
import { caller, type Call } from '../cases/cases.test-kit';

/**
 * The tickets behind the supervision dashboards' figures: the list reads the figure's region,
 * period (China dates, on the day the ticket was created) and department, and never shows more
 * than the viewer's own region.
 */
const LIXIA = '370102';
const SHIZHONG = '370103';
const SHINAN = '370202';
const MARKET = `${LIXIA}-market_regulation`;

let t: TestApp;
let call: Call;
let jinanSupervisor: TestSession;
let provinceSupervisor: TestSession;
const ids: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };

const ticket = (regionCode: string, extra: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  category: 'market_and_food',
  regionCode,
  callerName: '李四',
  callerPhone: '13805310002',
  text: '小区门口的早餐摊占道经营。',
  anonymous: false,
  contactConsent: true,
  ...extra,
});

async function intakeAt(instant: string, body: Record<string, unknown>): Promise<string> {
  t.clock.set(new Date(instant));
  // A fresh session at each hour: a session left idle for hours has lapsed.
  const operator = await createTestSession(
    t.database.db,
    { kind: 'staff', roles: ['hotline_operator'], regionCode: '37' },
    t.clock.now(),
  );
  const res = await call('POST', '/api/hotline/tickets', operator, body);
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as Ticket).id;
}

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-25T15:00:00Z' });
  call = caller(t);
  // 15:30 UTC is 23:30 on 25 November in China; 17:00 UTC is already 01:00 on the 26th.
  ids.a = await intakeAt('2026-11-25T15:30:00Z', ticket(LIXIA, { dispatch: {} }));
  ids.b = await intakeAt('2026-11-25T17:00:00Z', ticket(LIXIA));
  ids.c = await intakeAt('2026-11-26T02:00:00Z', ticket(SHIZHONG));
  ids.d = await intakeAt('2026-11-26T03:00:00Z', ticket(SHINAN));
  const db = t.database.db;
  const now = t.clock.now();
  jinanSupervisor = await createTestSession(db, { kind: 'staff', roles: ['supervisor'], regionCode: '3701' }, now);
  provinceSupervisor = await createTestSession(db, { kind: 'staff', roles: ['supervisor'], regionCode: '37' }, now);
});
afterAll(async () => t?.close());

async function list(session: TestSession, query: Record<string, string>) {
  const res = await call('GET', `/api/hotline/tickets?${new URLSearchParams(query).toString()}`, session);
  return res;
}

async function idsOf(session: TestSession, query: Record<string, string>): Promise<string[]> {
  const res = await list(session, query);
  expect(res.statusCode, res.body).toBe(200);
  const ours = new Set(Object.values(ids));
  return (res.json().items as TicketSummary[]).map((i) => i.id).filter((id) => ours.has(id));
}

describe('the supervisors’ ticket list', () => {
  it('shows a supervisor only the tickets of their own region', async () => {
    expect(await idsOf(jinanSupervisor, {})).toEqual([ids.c, ids.b, ids.a]);
    expect(await idsOf(provinceSupervisor, {})).toEqual([ids.d, ids.c, ids.b, ids.a]);
  });

  it('narrows to a region and everything under it', async () => {
    expect(await idsOf(jinanSupervisor, { region: LIXIA })).toEqual([ids.b, ids.a]);
    expect(await idsOf(provinceSupervisor, { region: '3702' })).toEqual([ids.d]);
    expect(await idsOf(provinceSupervisor, { region: '3701' })).toEqual([ids.c, ids.b, ids.a]);
  });

  it('refuses a region outside the supervisor’s own, so a filter never widens the scope', async () => {
    for (const region of ['3702', '37', SHINAN]) {
      const res = await list(jinanSupervisor, { region });
      expect(res.statusCode, region).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND_OR_OUT_OF_SCOPE');
    }
  });

  it('reads the period as China dates of the creation instant, both ends inclusive', async () => {
    expect(await idsOf(provinceSupervisor, { from: '2026-11-25', to: '2026-11-25' })).toEqual([ids.a]);
    expect(await idsOf(provinceSupervisor, { from: '2026-11-26', to: '2026-11-26' })).toEqual([ids.d, ids.c, ids.b]);
    expect(await idsOf(provinceSupervisor, { from: '2026-11-26' })).toEqual([ids.d, ids.c, ids.b]);
    expect(await idsOf(provinceSupervisor, { to: '2026-11-25' })).toEqual([ids.a]);
    expect(await idsOf(jinanSupervisor, { region: LIXIA, from: '2026-11-26', to: '2026-11-30' })).toEqual([ids.b]);
  });

  it('narrows to the handling department', async () => {
    expect(await idsOf(jinanSupervisor, { departmentId: MARKET })).toEqual([ids.a]);
    expect(
      await idsOf(jinanSupervisor, { departmentId: MARKET, region: LIXIA, from: '2026-11-26', to: '2026-11-26' }),
    ).toEqual([]);
  });

  it('pages the filtered list with cursors bound to its filters', async () => {
    const query = { region: '3701', from: '2026-11-25', to: '2026-11-26', limit: '1' };
    const first = await list(jinanSupervisor, query);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().count.value).toBe(3);
    const seen = [first.json().items[0].id];
    let next: string | null = first.json().next;
    while (next) {
      const page = await list(jinanSupervisor, { ...query, cursor: next });
      expect(page.statusCode, page.body).toBe(200);
      seen.push(...page.json().items.map((i: TicketSummary) => i.id));
      next = page.json().next;
    }
    expect(seen).toEqual([ids.c, ids.b, ids.a]);
    const other = await list(jinanSupervisor, { ...query, region: LIXIA, cursor: first.json().next });
    expect(other.statusCode).toBe(400);
    expect(other.json().code).toBe('CURSOR_OTHER_LIST');
  });

  it('refuses malformed filters with the fields at fault', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ region: 'abc' }, 'querystring.region'],
      [{ from: '2026-13-01' }, 'querystring.from'],
      [{ to: '26.11.2026' }, 'querystring.to'],
      [{ from: '2026-11-26', to: '2026-11-25' }, 'querystring.to'],
      [{ departmentId: '' }, 'querystring.departmentId'],
      [{ merged: 'no' }, 'querystring.merged'],
    ];
    for (const [query, field] of cases) {
      const res = await list(jinanSupervisor, query);
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(
        (res.json().fields as { path: string }[]).map((f) => f.path),
        JSON.stringify(query),
      ).toContain(field);
    }
  });

  it('leaves out a repeat call merged into another ticket when asked, as the figures count a matter once', async () => {
    const operator = await createTestSession(
      t.database.db,
      { kind: 'staff', roles: ['hotline_operator'], regionCode: '37' },
      t.clock.now(),
    );
    const merged = await call('POST', `/api/hotline/tickets/${ids.b}/merge`, operator, {
      intoTicketId: ids.a,
      reason: '同一事项的重复来电',
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(await idsOf(jinanSupervisor, { region: LIXIA })).toEqual([ids.b, ids.a]);
    expect(await idsOf(jinanSupervisor, { region: LIXIA, merged: 'exclude' })).toEqual([ids.a]);
    expect(await idsOf(jinanSupervisor, { region: LIXIA, merged: 'include' })).toEqual([ids.b, ids.a]);
  });
});
