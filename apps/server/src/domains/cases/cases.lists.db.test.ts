import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { sessionForAccount, type TestSession } from '../../testing/test-actors';
import { queryRows } from '../../platform/db/database';
import { boundedCount } from '../../platform/db/keyset';
import { caller, type Call } from './cases.test-kit';
import { caseSearchTermsOf } from './cases.search';
import { cases } from './cases.tables';

const NOW = '2026-11-27T02:00:00Z';
const CASES = 47;
let t: TestApp;
let call: Call;
let clerk: TestSession;
let approver: TestSession;

/** Cases written straight into the table: 47 in 历下区, created in groups of 5 at the same instant (ties). */
async function insertCases() {
  const statuses = ['submitted', 'correction_requested', 'in_review', 'completed'];
  const rows = Array.from({ length: CASES }, (_, i) => {
    const applicantName = i % 3 === 0 ? '王小明' : i % 3 === 1 ? '济南列表示范有限公司' : '李华';
    const title = i % 2 === 0 ? '企业开办' : '不动产转移登记';
    return {
      id: `list-case-${String((i * 7919) % 1000).padStart(3, '0')}-${i}`,
      caseNumber: `LISTTEST2026${String(i).padStart(5, '0')}`,
      regionCode: '370102',
      regionName: '历下区',
      implementationCode: 'LISTTEST',
      title,
      status: statuses[i % 4]!,
      channel: 'window' as const,
      applicantKind: 'person' as const,
      applicantId: `37010219900101${String(1000 + i)}`,
      applicantName,
      filedByAccountId: 'demo-staff-clerk.lixia',
      filedByKind: 'staff' as const,
      filedByName: '窗口',
      form: {},
      fields: [],
      items: [],
      materials: [],
      delivery: { method: 'electronic' } as never,
      promisedLimitDays: 5,
      createdAt: new Date(Date.parse('2026-11-20T02:00:00Z') + Math.floor(i / 5) * 60_000),
      searchTerms: caseSearchTermsOf(applicantName, title),
    };
  });
  await t.database.db.insert(cases).values(rows);
}

/** Every page of a list, forward from the first, then backward from the last. */
async function walk(url: string, session: TestSession) {
  const forward: CaseSummary[][] = [];
  let res = (await call('GET', url, session)).json();
  forward.push(res.items);
  const firstCount = res.count;
  while (res.next) {
    res = (await call('GET', `${url}&cursor=${encodeURIComponent(res.next)}`, session)).json();
    forward.push(res.items);
  }
  const backward: CaseSummary[][] = [res.items];
  while (res.prev) {
    res = (await call('GET', `${url}&cursor=${encodeURIComponent(res.prev)}`, session)).json();
    backward.unshift(res.items);
  }
  return { forward, backward, count: firstCount };
}

beforeAll(async () => {
  t = await openTestApp({ now: NOW });
  call = caller(t);
  clerk = await sessionForAccount(t.database.db, 'demo-staff-clerk.lixia', new Date(NOW));
  approver = await sessionForAccount(t.database.db, 'demo-staff-approver.lixia', new Date(NOW));
  await insertCases();
});
afterAll(async () => t?.close());

describe('staff case list: keyset pages', () => {
  it('pages forward and back through ties without a gap or a duplicate, in the list order', async () => {
    const expected = (
      await queryRows<{ id: string }>(
        t.database.db,
        sql`select id from cases where not synthetic and region_code like '370102%' and status <> 'draft'
            and created_at >= '2026-11-19T16:00:00Z' order by created_at desc, id desc`,
      )
    ).map((r) => r.id);
    const { forward, backward, count } = await walk('/api/cases?view=history&from=2026-11-20&limit=6', clerk);
    expect(count).toEqual({ value: expected.length, atLeast: false });
    expect(forward.flat().map((c) => c.id)).toEqual(expected);
    expect(backward.flat().map((c) => c.id)).toEqual(expected);
    expect(forward.every((page) => page.length <= 6)).toBe(true);
    expect(forward.map((p) => p.map((c) => c.id))).toEqual(backward.map((p) => p.map((c) => c.id)));
  });

  it('opens on what needs action: to accept and being corrected', async () => {
    const res = (await call('GET', '/api/cases?limit=100', clerk)).json();
    const statuses = new Set(res.items.map((c: CaseSummary) => c.status));
    expect([...statuses].sort()).toEqual(['correction_requested', 'submitted']);
    expect(res.count.value).toBe(res.items.length);
    expect(res.next).toBeNull();
    expect(res.prev).toBeNull();
  });

  it('refuses a period longer than 366 days, or one that ends before it starts', async () => {
    const long = await call('GET', '/api/cases?view=history&from=2025-01-01&to=2026-01-31', clerk);
    expect(long.statusCode).toBe(400);
    expect(long.json().code).toBe('PERIOD_TOO_LONG');
    const reversed = await call('GET', '/api/cases?view=history&from=2026-02-01&to=2026-01-31', clerk);
    expect(reversed.json().code).toBe('PERIOD_INVALID');
  });

  it('refuses a tampered cursor, another list’s cursor, another filter’s cursor and a page over 100', async () => {
    const first = (await call('GET', '/api/cases?view=history&from=2026-11-20&limit=5', clerk)).json();
    const [body, mac] = (first.next as string).split('.');
    const tampered = `${body!.slice(0, -2)}AA.${mac}`;
    const bad = await call('GET', `/api/cases?view=history&from=2026-11-20&limit=5&cursor=${tampered}`, clerk);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('CURSOR_INVALID');
    const otherFilter = await call(
      'GET',
      `/api/cases?view=history&from=2026-11-21&limit=5&cursor=${first.next}`,
      clerk,
    );
    expect(otherFilter.json().code).toBe('CURSOR_OTHER_LIST');
    const otherList = await call('GET', `/api/tasks?limit=5&cursor=${first.next}`, approver);
    expect(otherList.json().code).toBe('CURSOR_OTHER_LIST');
    const tooMany = await call('GET', '/api/cases?limit=101', clerk);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().code).toBe('PAGE_SIZE_TOO_LARGE');
  });
});

describe('staff case search', () => {
  it('finds cases by case number or ID number prefix, and by the bigrams of names and titles', async () => {
    const byNumber = (await call('GET', '/api/cases?q=LISTTEST20260001&limit=100', clerk)).json();
    expect(byNumber.items.map((c: CaseSummary) => c.caseNumber).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `LISTTEST2026${String(10 + i).padStart(5, '0')}`),
    );
    const byId = (await call('GET', '/api/cases?q=370102199001011000&limit=100', clerk)).json();
    expect(byId.items.map((c: CaseSummary) => c.applicant.id)).toEqual(['370102199001011000']);
    const byName = (await call('GET', `/api/cases?q=${encodeURIComponent('王小明')}&limit=100`, clerk)).json();
    expect(byName.count.value).toBe(16);
    expect(byName.items.every((c: CaseSummary) => c.applicant.name === '王小明')).toBe(true);
    const byCompany = (await call('GET', `/api/cases?q=${encodeURIComponent('列表示范')}&limit=100`, clerk)).json();
    expect(byCompany.count.value).toBe(16);
    const byTitle = (await call('GET', `/api/cases?q=${encodeURIComponent('转移登记')}&limit=100`, clerk)).json();
    expect(byTitle.count.value).toBe(23);
  });

  it('refuses a term that would match most of the scope (one character, a short number)', async () => {
    for (const q of ['王', '37', 'a']) {
      const res = await call('GET', `/api/cases?q=${encodeURIComponent(q)}`, clerk);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code).toBe('SEARCH_TERM_TOO_SHORT');
    }
  });
});

describe('bounded counts', () => {
  it('counts exactly up to the bound and says "at least" past it', async () => {
    const all = t.database.db
      .select({ one: sql`1` })
      .from(cases)
      .where(sql`not synthetic`);
    expect(await boundedCount(t.database.db, all, 10)).toEqual({ value: 10, atLeast: true });
    expect(await boundedCount(t.database.db, all, 1000)).toEqual({ value: CASES, atLeast: false });
  });
});
