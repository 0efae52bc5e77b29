import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { queryRows } from '../../platform/db/database';
import { boundedCount, type KeysetPosition } from '../../platform/db/keyset';
import { caller, type Call } from './cases.test-kit';
import {
  caseListFilters,
  createCaseListsRepository,
  createTermShares,
  LIST_SIZES,
  type CaseListRow,
} from './cases.lists.repository';
import { fixedClock } from '../../platform/clock';
import { caseFilters } from './cases.repository';
import { caseSearchTermsOf, parseCaseSearch } from './cases.search';
import { cases } from './cases.tables';

const NOW = '2026-11-27T02:00:00Z';
const CASES = 47;
let t: TestApp;
let call: Call;
let clerk: TestSession;
let approver: TestSession;

/** A case row written straight into the table: the given fields, the rest as a window clerk files it. */
function listCase(fields: {
  id: string;
  caseNumber: string;
  regionCode: string;
  regionName: string;
  title: string;
  status: string;
  applicantKind?: 'person' | 'legal_person';
  applicantId: string;
  applicantName: string;
  createdAt: Date;
}) {
  return {
    applicantKind: 'person' as const,
    ...fields,
    implementationCode: 'LISTTEST',
    channel: 'window' as const,
    filedByAccountId: 'demo-staff-clerk.lixia',
    filedByKind: 'staff' as const,
    filedByName: '窗口',
    form: {},
    fields: [],
    items: [],
    materials: [],
    delivery: { method: 'electronic' } as never,
    promisedLimitDays: 5,
    searchTerms: caseSearchTermsOf(fields.applicantName, fields.title, fields.regionCode),
  };
}

/** Cases written straight into the table: 47 in 历下区, created in groups of 5 at the same instant (ties). */
async function insertCases() {
  const statuses = ['submitted', 'correction_requested', 'in_review', 'completed'];
  const rows = Array.from({ length: CASES }, (_, i) => {
    const applicantName = i % 3 === 0 ? '王小明' : i % 3 === 1 ? '济南列表示范有限公司' : '李华';
    const title = i % 2 === 0 ? '企业开办' : '不动产转移登记';
    return listCase({
      id: `list-case-${String((i * 7919) % 1000).padStart(3, '0')}-${i}`,
      caseNumber: `LISTTEST2026${String(i).padStart(5, '0')}`,
      regionCode: '370102',
      regionName: '历下区',
      title,
      status: statuses[i % 4]!,
      applicantId: `37010219900101${String(1000 + i)}`,
      applicantName,
      createdAt: new Date(Date.parse('2026-11-20T02:00:00Z') + Math.floor(i / 5) * 60_000),
    });
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

describe('a scope of several region codes', () => {
  // Nine more cases in 历城区 (370103) at the same instants as some of 历下区's, for a city's scope.
  beforeAll(async () => {
    const more = Array.from({ length: 9 }, (_, i) =>
      listCase({
        id: `list-case-city-${i}`,
        caseNumber: `LISTCITY2026${String(i).padStart(5, '0')}`,
        regionCode: '370103',
        regionName: '历城区',
        title: '企业开办',
        status: 'in_review',
        applicantId: `37010319900101${String(2000 + i)}`,
        applicantName: '济南列表示范有限公司',
        createdAt: new Date(Date.parse('2026-11-20T02:00:00Z') + i * 60_000),
      }),
    );
    await t.database.db.insert(cases).values(more);
  });

  it('merges each code’s cases in key order: pages and searches as one list', async () => {
    const city = await createTestSession(
      t.database.db,
      { kind: 'staff', roles: ['supervisor'], regionCode: '3701' },
      new Date(NOW),
    );
    const expected = async (extra: string) =>
      (
        await queryRows<{ id: string }>(
          t.database.db,
          sql`select id from cases where not synthetic and region_code like '3701%' and status <> 'draft'
              and created_at >= '2026-11-19T16:00:00Z' ${sql.raw(extra)} order by created_at desc, id desc`,
        )
      ).map((r) => r.id);
    const history = await walk('/api/cases?view=history&from=2026-11-20&limit=7', city);
    const all = await expected('');
    expect(new Set(all.map((id) => id.startsWith('list-case-city')))).toEqual(new Set([true, false]));
    expect(history.forward.flat().map((c) => c.id)).toEqual(all);
    expect(history.backward.flat().map((c) => c.id)).toEqual(all);
    const search = await walk(`/api/cases?q=${encodeURIComponent('列表示范')}&limit=4`, city);
    const matches = await expected(`and applicant_name = '济南列表示范有限公司'`);
    expect(search.count).toEqual({ value: matches.length, atLeast: false });
    expect(search.forward.flat().map((c) => c.id)).toEqual(matches);
  });

  it('answers an empty page for a scope without a listed case, listing and searching', async () => {
    const empty = await createTestSession(
      t.database.db,
      { kind: 'staff', roles: ['supervisor'], regionCode: '3712' },
      new Date(NOW),
    );
    for (const url of ['/api/cases?view=history&from=2026-11-20', `/api/cases?q=${encodeURIComponent('列表示范')}`]) {
      const res = await call('GET', url, empty);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items).toEqual([]);
      expect(res.json().count).toEqual({ value: 0, atLeast: false });
    }
  });
});

describe('the search index’s statistics', () => {
  it('give a term in many indexed cases its share, a term in none 0, and no share without them', async () => {
    const clock = fixedClock(new Date(NOW));
    await t.database.db.execute(sql`analyze cases`);
    const shares = createTermShares(t.database.db, clock);
    const indexed = await queryRows<{ n: number; with: number }>(
      t.database.db,
      sql`select count(*)::int as n, count(*) filter (where search_terms like '%企业%')::int as with
            from cases where not synthetic and search_terms is not null`,
    );
    const expected = indexed[0]!.with / indexed[0]!.n;
    // Sampled by ANALYZE, which reads every row of a table this small.
    expect(await shares.rarestOf(['企业'])).toBeCloseTo(expected, 2);
    expect(await shares.rarestOf(['企业', '鑫鑫'])).toBe(0);
    expect(await shares.rarestOf([])).toBe(0);
    const failing = createTermShares({ execute: () => Promise.reject(new Error('gone')) } as never, clock);
    expect(await failing.rarestOf(['企业'])).toBeNull();
  });
});

/**
 * The repository read as on each database, over the same rows: PostgreSQL merges a scope's region
 * codes, PGlite reads one statement along the key. Both must give the same pages and counts, on
 * whichever database this project runs.
 */
describe.each(['postgresql', 'pglite'] as const)('the staff case list read as on %s', (kind) => {
  type Filter = {
    scope: string;
    search?: string;
    since?: string;
    sizes?: Partial<typeof LIST_SIZES>;
    /** The share of the indexed cases the statistics give the word's rarest term. */
    share?: number;
  };
  const CITY_SINCE = '2026-11-19T16:00:00Z';

  /** Every page forward, then every page backward from the last, and the first page's count. */
  async function pages(filter: Filter, limit: number) {
    const repo = createCaseListsRepository(t.database.db, kind, filter.sizes && { ...LIST_SIZES, ...filter.sizes });
    const where = [caseFilters.regionWithin(filter.scope), caseFilters.notDraft()];
    if (filter.since) where.push(caseListFilters.createdWithin(new Date(filter.since), new Date(NOW)));
    const parsed = filter.search ? parseCaseSearch(filter.search) : undefined;
    const search =
      parsed?.kind === 'number'
        ? caseListFilters.numberPrefix(parsed.prefix)
        : parsed
          ? caseListFilters.terms(parsed.tsQuery, filter.scope)
          : undefined;
    const searchTest = parsed?.kind === 'terms' ? caseListFilters.termsTested(parsed.terms) : undefined;
    const searchAlternatives =
      parsed?.kind === 'number' ? caseListFilters.numberPrefixAlternatives(parsed.prefix) : undefined;
    const read = (position: KeysetPosition) =>
      repo.pageCases({
        where,
        search,
        searchTest,
        searchAlternatives,
        searchShare: filter.share === undefined ? undefined : () => Promise.resolve(filter.share!),
        scope: filter.scope,
        position,
        limit,
      });
    const keyOf = (row: CaseListRow) => [row.createdAt.toISOString(), row.id];
    const first = await read(null);
    const forward = [first.rows.slice(0, limit)];
    let more = first.rows.length > limit;
    while (more) {
      const last = forward.at(-1)!.at(-1)!;
      const next = await read({ toward: 'next', key: keyOf(last) });
      forward.push(next.rows.slice(0, limit));
      more = next.rows.length > limit;
    }
    const backward = [forward.at(-1)!];
    while (backward[0]!.length > 0) {
      const prev = await read({ toward: 'prev', key: keyOf(backward[0]![0]!) });
      if (prev.rows.length > 0) backward.unshift(prev.rows.slice(0, limit).reverse());
      if (prev.rows.length <= limit) break;
    }
    return {
      forward: forward.flat().map((r) => r.id),
      backward: backward.flat().map((r) => r.id),
      count: first.count,
    };
  }

  async function expected(scope: string, extra: string, since?: string) {
    return (
      await queryRows<{ id: string }>(
        t.database.db,
        sql`select id from cases where not synthetic and region_code like ${`${scope}%`} and status <> 'draft'
            ${since ? sql`and created_at >= ${since}::timestamptz` : sql``} ${sql.raw(extra)}
            order by created_at desc, id desc`,
      )
    ).map((r) => r.id);
  }

  it('pages a city’s two districts and one district forward and back, counted', async () => {
    for (const scope of ['3701', '370102']) {
      const all = await expected(scope, '', CITY_SINCE);
      const read = await pages({ scope, since: CITY_SINCE }, 6);
      expect(read.forward, scope).toEqual(all);
      expect(read.backward, scope).toEqual(all);
      expect(read.count, scope).toEqual({ value: all.length, atLeast: false });
    }
  });

  it('searches by words (matches within the walk, and rare ones through the index) and by number', async () => {
    const byName = await expected('3701', `and applicant_name = '济南列表示范有限公司'`);
    // Four a page: the walk finds them; a hundred a page: fewer than a page, read through the index.
    for (const limit of [4, 100]) {
      const read = await pages({ scope: '3701', search: '列表示范' }, limit);
      expect(read.forward, String(limit)).toEqual(byName);
      expect(read.backward, String(limit)).toEqual(byName);
      expect(read.count, String(limit)).toEqual({ value: byName.length, atLeast: false });
    }
    const byNumber = await expected('370102', `and case_number like 'LISTTEST20260001%'`);
    expect(byNumber).toHaveLength(10);
    // Three a page: the walk finds them; a hundred: read along each number's index and merged.
    for (const limit of [3, 100]) {
      const read = await pages({ scope: '370102', search: 'LISTTEST20260001' }, limit);
      expect(read.forward, String(limit)).toEqual(byNumber);
      expect(read.backward, String(limit)).toEqual(byNumber);
      expect(read.count, String(limit)).toEqual({ value: 10, atLeast: false });
    }
    const byId = await expected('3701', `and applicant_id like '370103199001012%'`);
    expect(byId).toHaveLength(9);
    expect((await pages({ scope: '3701', search: '370103199001012' }, 100)).forward).toEqual(byId);
  });

  it('lists and counts once a case whose number and applicant’s code both start with the term', async () => {
    await t.database.db
      .insert(cases)
      .values(
        listCase({
          id: 'list-case-both',
          caseNumber: 'LISTBOTH202600001',
          regionCode: '370112',
          regionName: '历城区',
          title: '企业开办',
          status: 'in_review',
          applicantKind: 'legal_person',
          applicantId: 'LISTBOTH2026ENTITY',
          applicantName: '济南两号示范有限公司',
          createdAt: new Date('2026-11-21T02:00:00Z'),
        }),
      )
      // Once for the two ways of reading (this block runs for each).
      .onConflictDoNothing();
    for (const limit of [5, 100]) {
      const read = await pages({ scope: '370112', search: 'LISTBOTH2026' }, limit);
      expect(read.forward, String(limit)).toEqual(['list-case-both']);
      expect(read.count, String(limit)).toEqual({ value: 1, atLeast: false });
    }
  });

  it('narrows a word search to the scope through the region token: another district’s matches are not read', async () => {
    // The token alone, without the region-code test the lists add: only 历城区's nine come back.
    const parsed = parseCaseSearch('列表示范') as { tsQuery: string };
    const matched = async (scope: string) =>
      (
        await t.database.db
          .select({ regionCode: cases.regionCode })
          .from(cases)
          .where(caseListFilters.terms(parsed.tsQuery, scope)(cases))
      ).map((r) => r.regionCode);
    const lichang = await matched('370103');
    expect(lichang).toHaveLength(9);
    expect(new Set(lichang)).toEqual(new Set(['370103']));
    const city = await matched('3701');
    expect(city.length).toBeGreaterThan(9);
    expect(new Set(city)).toEqual(new Set(['370102', '370103']));
    const read = await pages({ scope: '370103', search: '列表示范' }, 100);
    expect(read.forward).toEqual(await expected('370103', `and applicant_name = '济南列表示范有限公司'`));
    expect(read.count).toEqual({ value: 9, atLeast: false });
  });

  it('migration 0025 gives the cases already stored the same terms a new case gets', async () => {
    const migration = readFileSync(new URL('../../../db/migrations/0025_search_regions.sql', import.meta.url), 'utf8');
    const rows = await t.database.db
      .transaction(async (tx) => {
        // The terms as they were before the migration: bigrams only.
        await tx.execute(
          sql`update cases set search_terms = regexp_replace(search_terms, '^(区划[0-9]+ ?)+', '') where not synthetic`,
        );
        await tx.execute(sql.raw(migration));
        const read = await queryRows<{
          applicant_name: string;
          title: string;
          region_code: string;
          search_terms: string;
        }>(tx, sql`select applicant_name, title, region_code, search_terms from cases where not synthetic`);
        throw Object.assign(new Error('rolled back'), { read });
      })
      .catch(
        (e: { read?: unknown }) =>
          e.read as { applicant_name: string; title: string; region_code: string; search_terms: string }[],
      );
    expect(rows.length).toBeGreaterThan(CASES);
    for (const row of rows)
      expect(row.search_terms, row.region_code).toBe(caseSearchTermsOf(row.applicant_name, row.title, row.region_code));
  });

  it('finds a word rare in the scope through its index, and one common in it along the scope’s entries, counted to the bound', async () => {
    // A walk of two cases finds fewer than a page; a bound of 3 makes each word common (its count
    // "3+"), of 100 rare (counted exactly).
    for (const searchBound of [3, 100])
      for (const [scope, search] of [
        ['370102', '王小明'],
        ['370102', '李华'],
        ['3701', '列表示范'],
      ] as const) {
        const applicant = search === '列表示范' ? '济南列表示范有限公司' : search;
        const all = await expected(scope, `and applicant_name = '${applicant}'`);
        expect(all.length, search).toBeGreaterThan(3);
        for (const limit of [2, 4]) {
          const read = await pages({ scope, search, sizes: { walk: 2, walkPerRow: 0, searchBound } }, limit);
          const label = `${search} bound ${searchBound} limit ${limit}`;
          expect(read.forward, label).toEqual(all);
          expect(read.backward, label).toEqual(all);
          expect(read.count, label).toEqual(
            searchBound === 3 ? { value: 3, atLeast: true } : { value: all.length, atLeast: false },
          );
        }
      }
  });

  it('gives a word the statistics call common the same pages and counts, counted along the newest entries first or probed', async () => {
    // A share over `commonShare`: the word is counted along the newest entries first. A count walk
    // of 1,000 holds every case here, so a bound of 3 is passed there ("3+" without the probe) and
    // a bound of 100 is not (probed: the exact count); a walk of 2 holds too few (probed).
    for (const [scope, search, sizes] of [
      ['370102', '王小明', {}],
      ['3701', '列表示范', {}],
      ['3701', '列表示范', { mergedCodes: 1 }],
    ] as const) {
      const applicant = search === '列表示范' ? '济南列表示范有限公司' : search;
      const all = await expected(scope, `and applicant_name = '${applicant}'`);
      expect(all.length, search).toBeGreaterThan(3);
      for (const more of [
        { searchBound: 3, countWalk: 1_000 },
        { searchBound: 3, countWalk: 2 },
        { searchBound: 100, countWalk: 1_000 },
        { searchBound: 3, countWalk: 1_000, commonShare: 0.5 },
      ])
        for (const limit of [2, 4]) {
          const read = await pages({ scope, search, share: 0.3, sizes: { ...sizes, ...more, walk: 2 } }, limit);
          const label = `${scope} ${search} ${JSON.stringify(more)} limit ${limit}`;
          expect(read.forward, label).toEqual(all);
          expect(read.backward, label).toEqual(all);
          expect(read.count, label).toEqual(
            more.searchBound === 3 ? { value: 3, atLeast: true } : { value: all.length, atLeast: false },
          );
        }
    }
  });

  it('counts a number search common in the scope to the bound, and lists each match once, sorted or walked', async () => {
    const byNumber = await expected('370102', `and case_number like 'LISTTEST20260001%'`);
    // Its ten matches sorted from the indexes; or, past a reach of 2, walked (a walk of 1,000 finds
    // the page, a walk of 2 does not and the matches are sorted after all).
    for (const sizes of [
      { searchBound: 4 },
      { searchBound: 4, sortReach: 2, walk: 1_000 },
      { searchBound: 4, sortReach: 2, walk: 2, walkPerRow: 0 },
    ])
      for (const limit of [3, 100]) {
        const read = await pages({ scope: '370102', search: 'LISTTEST20260001', sizes }, limit);
        const label = `${JSON.stringify(sizes)} limit ${limit}`;
        expect(read.forward, label).toEqual(byNumber);
        expect(read.backward, label).toEqual(byNumber);
        expect(read.count, label).toEqual({ value: 4, atLeast: true });
      }
  });

  it('reads a scope of more codes than it merges along the list’s key: pages, searches rare and common, walked or sorted', async () => {
    const wide = { mergedCodes: 1 };
    const all = await expected('3701', '', CITY_SINCE);
    const listed = await pages({ scope: '3701', since: CITY_SINCE, sizes: wide }, 6);
    expect(listed.forward).toEqual(all);
    expect(listed.backward).toEqual(all);
    expect(listed.count).toEqual({ value: all.length, atLeast: false });
    const byName = await expected('3701', `and applicant_name = '济南列表示范有限公司'`);
    // A bound of 3 makes the name common: a walk of 1,000 finds its page, a walk of 2 does not
    // (its matches are then sorted through the index); a bound of 100 makes it rare. A word's walk
    // over a wide scope is `wideWalk`.
    // A share the walk would hold too few of (0: not among the statistics' terms) sorts them at
    // once; a larger one (counted along first, then walked again from the cursor, ten times as far
    // each time) or none (no statistics) walks first.
    for (const [sizes, share] of [
      [{ ...wide, searchBound: 3, wideWalk: 1_000 }, undefined],
      [{ ...wide, searchBound: 3, wideWalk: 1_000 }, 0],
      [{ ...wide, searchBound: 3, wideWalk: 1_000 }, 0.5],
      [{ ...wide, searchBound: 3, wideWalk: 2, walkPerRow: 0 }, undefined],
      [{ ...wide, searchBound: 3, wideWalk: 6, walkPerRow: 0 }, 0.5],
      [{ ...wide, searchBound: 100 }, undefined],
    ] as const)
      for (const limit of [2, 5]) {
        const read = await pages({ scope: '3701', search: '列表示范', sizes, share }, limit);
        const label = `${JSON.stringify(sizes)} share ${share} limit ${limit}`;
        expect(read.forward, label).toEqual(byName);
        expect(read.backward, label).toEqual(byName);
        expect(read.count, label).toEqual(
          sizes.searchBound === 3 ? { value: 3, atLeast: true } : { value: byName.length, atLeast: false },
        );
      }
    const byId = await expected('3701', `and applicant_id like '370103199001012%'`);
    for (const searchBound of [4, 100]) {
      const read = await pages({ scope: '3701', search: '370103199001012', sizes: { ...wide, searchBound } }, 4);
      expect(read.forward, String(searchBound)).toEqual(byId);
      expect(read.backward, String(searchBound)).toEqual(byId);
    }
  });

  it('answers an empty page for a scope without a listed case', async () => {
    for (const search of [undefined, '列表示范']) {
      const read = await pages({ scope: '3712', search }, 5);
      expect(read.forward).toEqual([]);
      expect(read.count).toEqual({ value: 0, atLeast: false });
    }
  });
});
