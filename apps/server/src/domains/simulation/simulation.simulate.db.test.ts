import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database';
import { readAllPages } from '../../platform/db/keyset';
import { fixedClock } from '../../platform/clock';
import { seededIds } from '../../platform/ids';
import { createServices, type Services } from '../../platform';
import { seedReferenceData } from '../../seed/seed';
import {
  copyTestDatabase,
  openTestDatabase,
  TEST_AUDIT_SIGNER,
  TEST_SEAL_MASTER_KEY,
  type TestDatabase,
} from '../../testing/test-database';
import { DEFAULT_PROFILE, profileVocabulary } from './simulation.cli';
import { loadProfile, type SimulationProfile } from './simulation.profile';
import { figuresByCity, simulate, SimulationRefused, type SimulationRun } from './simulation.simulator';

/**
 * Four simulated days (Tuesday to Friday after National Day 2018, once the second list of
 * 28 September is in force) at a tiny scale on the core reference data (济南's
 * districts), sized for CI: a few cases a day. The profile's rates are raised so that so short a
 * run still shows every behaviour — online and agent filing, 容缺, 12345 tickets, repeat calls
 * merged, ratings, a bad rating's call-back and appeals against bad ratings; the shares themselves are the profile file's business
 * (simulation.profile.test.ts). The same seed gives the same province; a run interrupted after its
 * first day and resumed ends where an uninterrupted one does.
 */
const FIRST = new Date('2018-10-09T00:00:00Z');
const RUN: SimulationRun = { from: '2018-10-09', to: '2018-10-12', scale: 0.00015, seed: 42 };
const base = loadProfile(DEFAULT_PROFILE, profileVocabulary());
const profile: SimulationProfile = {
  ...base,
  channels: {
    ...base.channels,
    window: Array(12).fill(0.5),
    online: Array(12).fill(0.25),
    agent: Array(12).fill(0.25),
  },
  demand: {
    ...base.demand,
    // 企业职工退休审批 (second list) is the item whose bank account details may follow under 容缺.
    targets: base.demand.targets.map((t) => ({
      ...t,
      share: t.kind === 'bundle' ? 0.3 : t.basicCode === '370705006000' ? 0.4 : 0.1,
    })),
  },
  // Departments decide a step the day it opens, so that an eleven-step 工程建设 case completes within the run.
  departments: {
    ...base.departments,
    default: { ...base.departments.default, medianWorkdays: 0, spread: 0 },
    byKind: Object.fromEntries(
      Object.entries(base.departments.byKind).map(([kind, s]) => [kind, { ...s, medianWorkdays: 0, spread: 0 }]),
    ),
  },
  rates: { ...base.rates, deferral: 0.6, mailDelivery: 0.4 },
  hotline: { ...base.hotline, ticketsPerApplication: 3, repeatCall: 0.5 },
  ratings: {
    ...base.ratings,
    rated: 1,
    levels: [0.3, 0, 0, 0, 0.7],
    followUpWhenBad: 0.5,
    appealed: 1,
    appealUpheld: 0.5,
  },
};

type Platform = { database: TestDatabase; services: Services; clock: ReturnType<typeof fixedClock> };
let whole: Platform;
let resumed: Platform;
let understaffed: Platform;

/** `yici simulate` on one of the test platforms, as the command runs it on its database. */
function simulateOn(
  p: Platform,
  options: Omit<Parameters<typeof simulate>[0], 'db' | 'databaseKind' | 'services' | 'clock'>,
) {
  return simulate({
    db: p.database.db,
    databaseKind: p.database.kind,
    services: p.services,
    clock: p.clock,
    ...options,
  });
}

function platformOn(database: TestDatabase): Platform {
  const clock = fixedClock(FIRST);
  const services = createServices({
    database,
    clock,
    sealMasterKey: TEST_SEAL_MASTER_KEY,
    publicUrl: 'http://yici.test',
    audit: { signer: TEST_AUDIT_SIGNER },
    // As `yici simulate` does: the run's tickets and ratings get ids drawn from its seed.
    ids: seededIds(RUN.seed, clock),
  });
  return { database, services, clock };
}

async function seeded(): Promise<TestDatabase> {
  const database = await openTestDatabase({ seed: false });
  await seedReferenceData(database.db, {
    clock: fixedClock(FIRST),
    scope: 'core',
    sealMasterKey: TEST_SEAL_MASTER_KEY,
  });
  return database;
}

const admin = {
  actor: {
    kind: 'staff' as const,
    accountId: 'demo-staff-admin',
    name: '省级管理员',
    roles: ['administrator' as const],
    departmentId: null,
    regionCode: '37',
  },
  requestId: 'test',
  ip: null,
};

/** Every case the province holds, as the administrator lists them: number, status, visits. */
async function cases(p: Platform) {
  const res = await p.services.cases.listCases(admin, { view: 'all', limit: 100 });
  return res.items.map((c) => `${c.caseNumber} ${c.status} ${c.channel} ${c.visits}`).sort();
}

/**
 * The 12345 tickets by id, number, kind and status, and the ratings by id and level: the ids and
 * numbers are drawn from the run's seed, so a second run with the same seed writes the same ones.
 */
async function voice(p: Platform) {
  const tickets = await readAllPages((cursor) => p.services.hotline.listTickets(admin, { cursor, limit: 100 }));
  const ratings = await p.services.ratings.figures(admin, { by: 'department', month: '2018-10' });
  const ratingRows = await queryRows<{ id: string; level: number; ticket_id: string | null }>(
    p.database.db,
    sql`select id, level, ticket_id from ratings order by id`,
  );
  return {
    tickets: tickets.map((t) => `${t.id} ${t.ticketNumber} ${t.excerpt} ${t.kind} ${t.status}`).sort(),
    ratings: ratings.rows,
    ratingIds: ratingRows.map((r) => `${r.id} ${r.level} ${r.ticket_id ?? ''}`),
  };
}

/**
 * Every certificate the run issued, in the order of its serial (taken from one sequence as
 * certificates are issued): how far its serial lies from the run's first, its type, issuer and the
 * number of the case it was issued on. Counted from the first because a copied database's
 * sequence may already have moved on (PostgreSQL logs a sequence some values ahead).
 */
async function certificatesOf(p: Platform) {
  const rows = await queryRows<{ identifier: string; type_slug: string; case_number: string | null }>(
    p.database.db,
    sql`select c.identifier, c.type_slug, k.case_number from certificates c join cases k on k.id = c.case_id`,
  );
  const parsed = rows.map((r) => {
    const [, , , , , typeCode, issuer, serial] = r.identifier.split('.');
    return { serial: Number(serial), what: `${typeCode} ${issuer} ${r.type_slug} ${r.case_number}` };
  });
  const first = Math.min(...parsed.map((c) => c.serial));
  return parsed.sort((a, b) => a.serial - b.serial).map((c) => `+${c.serial - first} ${c.what}`);
}

// One platform seeded with the core data (minutes on a loaded machine); on PGlite the second is a copy of it.
beforeAll(async () => {
  const first = await seeded();
  resumed = platformOn((await copyTestDatabase(first)) ?? (await seeded()));
  understaffed = platformOn((await copyTestDatabase(first)) ?? (await seeded()));
  whole = platformOn(first);
}, 480_000);
afterAll(async () => {
  await whole?.database.drop();
  await resumed?.database.drop();
  await understaffed?.database.drop();
});

describe('yici simulate', () => {
  it('drives cases through the real use cases: filed at the window, online and by agents, 容缺, accepted, decided, certificates issued, rated', async () => {
    const result = await simulateOn(whole, {
      profile,
      run: RUN,
    });
    expect(result.daysRun).toBe(4);
    const seen = JSON.stringify({ ...result.counters, failures: [...result.failures] });
    expect(result.counters.failed, seen).toBe(0);
    for (const what of [
      'filed',
      'online',
      'byAgent',
      'deferred',
      'decided',
      'tickets',
      'ratings',
      'badRatings',
      'ticketsMerged',
      'appeals',
      'appealsReviewed',
      'mailed',
      'certificateFieldsTyped',
    ] as const)
      expect(result.counters[what], `${what}: ${seen}`).toBeGreaterThan(0);
    const listed = await cases(whole);
    expect(listed.length).toBe(result.counters.filed);
    expect(listed.some((c) => c.includes(' completed '))).toBe(true);
    expect(listed.some((c) => c.includes(' online '))).toBe(true);
    expect(listed.some((c) => c.includes(' agent '))).toBe(true);
  }, 240_000);

  it("has each department's own staff decide its tasks, none more than the profile's tasks a day", async () => {
    const db = whole.database.db;
    const decided = await queryRows<{ task_department: string; staff_department: string | null; login: string }>(
      db,
      sql`select t.department_id as task_department, a.department_id as staff_department, a.login
          from case_tasks t join accounts a on a.id = t.claimed_by_account_id
          where t.status = 'granted' and not t.synthetic`,
    );
    expect(decided.length).toBeGreaterThan(0);
    for (const row of decided) {
      expect(row.staff_department, row.login).toBe(row.task_department);
      expect(row.login).toMatch(/^sim\.dept\./);
    }
    // Every department with decided work has the profile's staff for its kind, bound to it.
    const staffed = await queryRows<{ department_id: string; n: number }>(
      db,
      sql`select department_id, count(*)::int as n from accounts
          where kind = 'staff' and login like 'sim.dept.%' group by department_id`,
    );
    const departments = new Map(staffed.map((r) => [r.department_id, r.n]));
    for (const row of decided) {
      const kind = (await whole.services.network.getDepartment(row.task_department)).kind;
      const speed = profile.departments.byKind[kind] ?? profile.departments.default;
      expect(departments.get(row.task_department), kind).toBe(speed.staffPerDepartment);
    }
    // Nobody decided more tasks in a day than a staff member handles.
    const [busiest] = await queryRows<{ n: number }>(
      db,
      sql`select coalesce(max(n), 0)::int as n from (
            select count(*) as n from case_tasks where status = 'granted' and not synthetic
            group by claimed_by_account_id, (decided_at at time zone 'Asia/Shanghai')::date) d`,
    );
    expect(busiest!.n).toBeLessThanOrEqual(profile.departments.tasksPerStaffDay);
  });

  it('files, reviews and completes a 不动产转移登记 with the buyer joining and a 工程建设项目审批 for a company, certificates issued', async () => {
    const db = whole.database.db;
    const filed = await queryRows<{ id: string; bundle_id: string; status: string; applicant_kind: string }>(
      db,
      sql`select id, bundle_id, status, applicant_kind from cases
          where bundle_id in ('real-estate-transfer', 'construction-project-approval') order by case_number`,
    );
    const estate = filed.filter((c) => c.bundle_id === 'real-estate-transfer' && c.status === 'completed');
    const project = filed.filter((c) => c.bundle_id === 'construction-project-approval' && c.status === 'completed');
    expect(estate.length, JSON.stringify(filed)).toBeGreaterThan(0);
    const steps = await queryRows<{ case_id: string; step_key: string; status: string; joint: unknown }>(
      db,
      sql`select case_id, step_key, status, joint_departments as joint from case_tasks
          where case_id in (select id from cases where bundle_id = 'construction-project-approval') order by case_id, created_at`,
    );
    expect(project.length, JSON.stringify({ filed, steps })).toBeGreaterThan(0);
    for (const c of estate) {
      const events = await queryRows<{ kind: string }>(db, sql`select kind from case_events where case_id = ${c.id}`);
      expect(events.map((e) => e.kind)).toContain('co_applicant_joined');
      // The new title goes to the buyer, who is not the applicant (the seller).
      const titles = await queryRows<{ holder_id: string; applicant_id: string }>(
        db,
        sql`select t.holder_id, c.applicant_id from certificates t join cases c on c.id = t.case_id
            where t.case_id = ${c.id} and t.type_slug = 'real_estate_title'`,
      );
      expect(titles).toHaveLength(1);
      expect(titles[0]!.holder_id).not.toBe(titles[0]!.applicant_id);
    }
    for (const c of project) {
      expect(c.applicant_kind).toBe('legal_person');
      const permits = await queryRows<{ type_slug: string }>(
        db,
        sql`select type_slug from certificates where case_id = ${c.id} order by type_slug`,
      );
      expect(permits.map((p) => p.type_slug)).toEqual([
        'completion_acceptance_filing',
        'construction_permit',
        'engineering_planning_permit',
        'land_use_planning_permit',
      ]);
    }
    // The 3545 table reads them as bundles of their own.
    const figures = await figuresByCity(whole.services, profile);
    expect(figures.some((f) => f.bundle === '不动产转移登记（存量房买卖）' && f.completed > 0)).toBe(true);
    expect(figures.some((f) => f.bundle === '工程建设项目审批（社会投资项目）' && f.completed > 0)).toBe(true);
  });

  it('has the approver type the certificate fields the form does not give (个体工商户, 居住证), and issues those certificates', async () => {
    const issued = await queryRows<{ type_slug: string; holder_id: string; applicant_id: string; title: string }>(
      whole.database.db,
      sql`select t.type_slug, t.holder_id, c.applicant_id, c.title from certificates t join cases c on c.id = t.case_id
          where c.title like '%个体工商户设立%' or c.title like '%居住证%'`,
    );
    expect(issued.length).toBeGreaterThan(0);
    for (const c of issued) {
      if (c.type_slug === 'residence_permit') expect(c.holder_id).toBe(c.applicant_id);
      else expect(c.type_slug).toBe('business_licence');
    }
  });

  it('an understaffed department builds a queue: one person handling one task a day leaves the other ready tasks waiting', async () => {
    // Every arrival is 企业职工退休审批 in 历下区, decided the day it opens by a department of one.
    const oneDesk: SimulationProfile = {
      ...profile,
      demand: { ...profile.demand, targets: [{ kind: 'item', basicCode: '370705006000', share: 1 }] },
      countyWeights: { ...profile.countyWeights, byCity: { ...profile.countyWeights.byCity, '3701': { '370102': 1 } } },
      departments: {
        ...profile.departments,
        tasksPerStaffDay: 1,
        default: { medianWorkdays: 0, spread: 0, staffPerDepartment: 1 },
        byKind: {},
      },
      rates: { ...profile.rates, correction: 0, refusal: 0, deferral: 0 },
      hotline: { ...profile.hotline, ticketsPerApplication: 0 },
      ratings: { ...profile.ratings, rated: 0 },
    };
    const run = { from: '2018-10-09', to: '2018-10-10', scale: 0.0003, seed: 7 };
    const result = await simulateOn(understaffed, {
      profile: oneDesk,
      run,
    });
    const seen = JSON.stringify({ ...result.counters, failures: [...result.failures] });
    expect(result.counters.accepted, seen).toBeGreaterThan(2);
    expect(result.counters.queued, seen).toBeGreaterThan(0);
    // One decision a working day: two in two days, the rest still open, oldest decided first.
    expect(result.counters.decided, seen).toBe(2);
    const [waiting] = await queryRows<{ n: number }>(
      understaffed.database.db,
      sql`select count(*)::int as n from case_tasks where status in ('open', 'claimed') and not synthetic`,
    );
    expect(waiting!.n).toBe(result.counters.accepted - 2);
  });

  it('posts results by EMS for applicants who chose mail delivery: delivered, with an S10 tracking number when there was something to post', async () => {
    const mailed = await queryRows<{ tracking: string | null; status: string; visits: number }>(
      whole.database.db,
      sql`select delivery->>'trackingNumber' as tracking, delivery->>'status' as status, visits
          from cases where delivery->>'method' = 'mail' and status = 'completed'`,
    );
    expect(mailed.length).toBeGreaterThan(0);
    for (const c of mailed) expect(c.status).toBe('delivered');
    // A case without a paper result (nothing issued) is done electronically, without a parcel.
    const posted = mailed.filter((c) => c.tracking !== null);
    expect(posted.length).toBeGreaterThan(0);
    for (const c of posted) expect(c.tracking).toMatch(/^EM\d{9}CN$/);
  });

  it('produces 12345 tickets and 好差评 ratings through the hotline and ratings use cases, so their figures are not empty', async () => {
    const { tickets, ratings } = await voice(whole);
    expect(tickets.length).toBeGreaterThan(0);
    // Consultations answered on the spot from the knowledge base, and tickets the departments replied to and the centre revisited.
    expect(tickets.some((t) => t.endsWith(' answered_on_spot'))).toBe(true);
    expect(tickets.some((t) => / (closed|dispatched|signed|replied)$/.test(t))).toBe(true);
    const figures = await whole.services.hotline.figures(admin, { from: RUN.from, to: RUN.to });
    // A repeat merged into the open ticket is followed as that one: the figures count it once.
    const merged = tickets.filter((t) => t.endsWith(' merged'));
    expect(figures.byRegion.reduce((n, r) => n + r.tickets, 0)).toBe(tickets.length - merged.length);
    expect(figures.byRegion.some((r) => r.onSpotRate !== null && r.onSpotRate > 0)).toBe(true);
    // Completed cases rated by their applicants; a bad one under a real name is called back the next working day.
    expect(ratings.length).toBeGreaterThan(0);
    const bad = await readAllPages((cursor) =>
      whole.services.ratings.listRatings(admin, { status: 'all', cursor, limit: 100 }),
    );
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.some((r) => r.rectificationStatus !== null && r.rectificationStatus !== 'callback_pending')).toBe(true);
  });

  it('merges repeat calls into the open ticket and has the rating desk review appeals against bad ratings', async () => {
    const db = whole.database.db;
    // Repeat calls: the operator's intake, then the merge; the open ticket names its repeats.
    const repeats = await queryRows<{ id: string; merged_into: string; text: string }>(
      db,
      sql`select id, merged_into, text from hotline_tickets where status = 'merged' order by id`,
    );
    expect(repeats.length).toBeGreaterThan(0);
    for (const repeat of repeats) {
      expect(repeat.text).toMatch(/^【模拟T\d+R】再次来电/);
      const into = await whole.services.hotline.getTicket(admin, repeat.merged_into);
      expect(into.mergedCount).toBeGreaterThan(0);
      expect(into.status).not.toBe('merged');
      const events = (await whole.services.hotline.getTicket(admin, repeat.id)).events.map((e) => e.kind);
      expect(events).toEqual(['created', 'merged']);
    }
    // Appeals by the rated department, reviewed by the desk with reasons; no rating was removed.
    const appeals = await queryRows<{ rating_id: string; status: string; review_reason: string | null }>(
      db,
      sql`select rating_id, status, review_reason from rating_appeals order by id`,
    );
    expect(appeals.length).toBeGreaterThan(0);
    const reviewed = appeals.filter((a) => a.status !== 'pending');
    expect(reviewed.length).toBeGreaterThan(0);
    for (const a of reviewed) expect(a.review_reason).toBeTruthy();
    const [orphans] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from rating_appeals a left join ratings r on r.id = a.rating_id where r.id is null`,
    );
    expect(orphans?.n).toBe(0);
  });

  it('resumes after an interruption from the last finished day, ending where an uninterrupted run ends (same seed, same case numbers, certificates and figures)', async () => {
    const first = await simulateOn(resumed, {
      profile,
      run: RUN,
      maxDays: 1,
    });
    expect(first.daysRun).toBe(1);
    const rest = await simulateOn(resumed, {
      profile,
      run: RUN,
    });
    expect(rest.daysRun).toBe(3);
    expect(await cases(resumed)).toEqual(await cases(whole));
    // The same certificates to the same cases. Their serials come from one sequence, which
    // PostgreSQL hands each pooled connection in blocks of 20 (CACHE 20): there the serials' order
    // follows the connection a statement ran on. On PGlite (one connection) it is the order of
    // issue, which a resumed run repeats.
    const issued = await certificatesOf(whole);
    expect(issued.length).toBeGreaterThan(0);
    const issuedAgain = await certificatesOf(resumed);
    const what = (list: string[]) => list.map((c) => c.replace(/^\+\d+ /, '')).sort();
    expect(what(issuedAgain)).toEqual(what(issued));
    if (resumed.database.kind === 'pglite') expect(issuedAgain).toEqual(issued);
    expect(await figuresByCity(resumed.services, profile)).toEqual(await figuresByCity(whole.services, profile));
    // The same seed, the same tickets and ratings, down to their ids and ticket numbers.
    const [again, once] = [await voice(resumed), await voice(whole)];
    expect(again.ratingIds.length).toBeGreaterThan(0);
    expect(again).toEqual(once);
  }, 240_000);

  it('a run with other parameters on a simulated database is refused, nothing written', async () => {
    const before = await cases(resumed);
    await expect(
      simulateOn(resumed, {
        profile,
        run: { ...RUN, seed: 7 },
      }),
    ).rejects.toBeInstanceOf(SimulationRefused);
    expect(await cases(resumed)).toEqual(before);
  });
});
