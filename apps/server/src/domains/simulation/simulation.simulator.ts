import { sql } from 'drizzle-orm';
import { readAllPages } from '../../platform/db/keyset';
import {
  MAX_LIST_LIMIT,
  type Case,
  type CaseSummary,
  type MaterialSupply,
  type PreparedApplication,
  type Task,
} from '@yici/contracts';
import type { RequestContext, StaffRole } from '../../platform/actor';
import type { Db } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { inParallel } from '../../platform/in-parallel';
import type { Services } from '../../platform';
import { keyed, normal, pickWeighted, poisson, type Draw } from './simulation.random';
import type { SimulationProfile } from './simulation.profile';
import { accountOf } from './simulation.residents';
import { departmentOf, departmentStaffOf } from './simulation.departments';
import { partiesOf } from './simulation.parties';
import { grantTask } from './simulation.certificates';
import {
  appealReviewBehaviour,
  ratingBehaviour,
  rectificationBehaviour,
  ticketCentreBehaviour,
  ticketDepartmentBehaviour,
  ticketIntakeBehaviour,
} from './simulation.voice';
import {
  attempt,
  chinaInstant,
  emptyCounters,
  nextDay,
  STAFF_PASSWORD,
  staffContext,
  type Behaviour,
  type City,
  type DayContext,
  type Resident,
  type SimulationRun,
  type Staff,
  type World,
} from './simulation.world';

/**
 * `yici simulate`: a province-year driven day by day on a simulated clock through the SAME use
 * cases the API calls (validation, access checks as the acting staff member, clocks,
 * certificates, audit) — the simulator only decides who does what and when.
 *
 * What happens on a day is a list of behaviours (intake at the window, review in the
 * departments, the law's own rules); other kinds of activity (12345 tickets, ratings) plug in as
 * further behaviours. Every draw is keyed by (seed, what, whom), never by the order of a run, so
 * a run resumed after an interruption continues exactly as an uninterrupted one would.
 */
export type SimulationClock = { set(instant: Date): void; now(): Date; today(): string };
export type { Behaviour, DayContext, SimulationRun, World } from './simulation.world';

export type Progress = { day: string; daysDone: number; daysTotal: number; filed: number; completed: number };

const PROGRESS_KEY = 'simulation_progress';
const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// ------------------------------------------------------------------ progress (resumable)

type Recorded = SimulationRun & { lastDay: string | null };

export async function readProgress(db: Db): Promise<Recorded | null> {
  const rows = await queryRows<{ value: string }>(db, sql`select value from platform_meta where key = ${PROGRESS_KEY}`);
  return rows[0] ? (JSON.parse(rows[0].value) as Recorded) : null;
}

async function recordDay(db: Db, run: SimulationRun, day: string, now: Date) {
  const value = JSON.stringify({ ...run, lastDay: day });
  await db.execute(
    sql`insert into platform_meta (key, value, updated_at) values (${PROGRESS_KEY}, ${value}, ${now})
        on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
  );
}

// ------------------------------------------------------------------ the world: cities, staff

/** The cities and counties of the profile that the database's network holds on the first day. */
async function citiesOf(services: Services, profile: SimulationProfile, asOf: string): Promise<City[]> {
  const cities: City[] = [];
  for (const c of profile.cities) {
    const weights = profile.countyWeights.byCity[c.code];
    const counties: City['counties'] = [];
    for (const r of await services.network.listRegions({ parent: c.code, asOf })) {
      if (r.level !== 'county') continue;
      // Only counties whose departments the network holds can take applications in.
      if ((await services.network.listDepartments({ region: r.code })).length === 0) continue;
      const halls = await services.network.listServicePoints({
        region: r.code,
        kind: 'hall',
        asOf,
        page: 1,
        pageSize: 1,
      });
      const weight = weights ? (weights[r.code] ?? 0) : 1;
      // …and where the population registry has residents to apply.
      const people = await services.registries.adultsOfRegion(
        r.code,
        `${Number(asOf.slice(0, 4)) - 20}${asOf.slice(4)}`,
        1,
      );
      if (weight > 0 && halls.items[0] && people.length > 0)
        counties.push({ code: r.code, weight, hall: halls.items[0].id });
    }
    if (counties.length > 0) cities.push({ code: c.code, name: c.name, counties });
  }
  return cities;
}

/**
 * Per city a window clerk, a reviewer of the whole city (who sees which departments have work and
 * handles 12345 tickets), a 12345 operator, a rating desk (supervisor) and an agent (帮办代办), plus
 * one handler of provincial departments' tickets, created as an administrator creates staff
 * (identity's createStaff: access check, password hash, audit entry); found again on resume. The
 * departments' own staff are created when a department first has work (simulation.departments.ts).
 */
async function staffOf(world: Pick<World, 'services' | 'admin' | 'cities' | 'profile'>): Promise<{
  staff: Map<string, Staff>;
  provinceHandler: RequestContext;
  staffByLogin: World['caches']['staffByLogin'];
}> {
  const { services, admin } = world;
  const listed = await readAllPages((cursor) => services.identity.listStaff(admin, { cursor, limit: MAX_LIST_LIMIT }));
  const existing = new Map(listed.map((s) => [s.login, s]));
  const ensure = async (login: string, name: string, roles: StaffRole[], regionCode: string, phone: string) => {
    let found = existing.get(login);
    if (!found) {
      found = await services.identity.createStaff(admin, {
        login,
        name,
        phone,
        password: STAFF_PASSWORD,
        roles,
        regionCode,
        departmentId: null,
      });
      existing.set(login, found);
    }
    return staffContext(found, `simulate-${login}`);
  };
  const staff = new Map<string, Staff>();
  let n = 0;
  for (const city of world.cities) {
    n += 1;
    const phone = (i: number) => `1370000${String(n).padStart(2, '0')}${String(i).padStart(2, '0')}`;
    const clerk = await ensure(`sim.${city.code}.clerk`, `${city.name}模拟窗口`, ['window_clerk'], city.code, phone(0));
    const cityReviewer = await ensure(
      `sim.${city.code}.approver1`,
      `${city.name}模拟审批1`,
      ['reviewer', 'approver'],
      city.code,
      phone(1),
    );
    const operator = await ensure(
      `sim.${city.code}.hotline`,
      `${city.name}模拟12345话务员`,
      ['hotline_operator'],
      city.code,
      phone(90),
    );
    const desk = await ensure(
      `sim.${city.code}.desk`,
      `${city.name}模拟好差评专席`,
      ['supervisor'],
      city.code,
      phone(91),
    );
    const agentLogin = `sim.${city.code}.agent`;
    const agent = await ensure(agentLogin, `${city.name}模拟帮办代办员`, ['agent'], city.code, phone(92));
    staff.set(city.code, { clerk, cityReviewer, operator, desk, agent, agentLogin });
  }
  const provinceHandler = await ensure('sim.37.handler', '省直部门模拟工单处理', ['reviewer'], '37', '13700009900');
  return { staff, provinceHandler, staffByLogin: existing };
}

// ------------------------------------------------------------------ demand

function dailyMean(world: World, day: string, workdaysLeftInMonth: number): number {
  const { profile, run } = world;
  const s = profile.seasonality;
  const month = Number(day.slice(5, 7)) - 1;
  // Working days in a year: about 250; the monthly factors average about 1.
  let mean = (profile.annualApplications.value * run.scale * s.months[month]!) / 250;
  if (day >= s.springFestival.from && day <= s.springFestival.to) mean *= s.springFestival.factor;
  if (day >= s.nationalDay.from && day <= s.nationalDay.to) mean *= s.nationalDay.factor;
  if (workdaysLeftInMonth < s.monthEnd.lastWorkdays) mean *= s.monthEnd.factor;
  return mean;
}

const populationWeights = (world: World) =>
  world.cities.map((c) => [c, world.profile.cities.find((p) => p.code === c.code)!.population] as const);

// ------------------------------------------------------------------ filing at the window

/** Adults living in a county (the people who walk into its hall), read once per run. */
async function residentsOf(
  world: Pick<World, 'services' | 'caches'>,
  county: string,
  day: string,
): Promise<Resident[]> {
  const bornBy = `${Number(day.slice(0, 4)) - 20}${day.slice(4)}`;
  let found = world.caches.residents.get(county);
  if (!found) {
    found = await world.services.registries.adultsOfRegion(county, bornBy, 200);
    world.caches.residents.set(county, found);
  }
  return found;
}

function fillForm(
  prepared: PreparedApplication,
  day: string,
  key: string,
  idNumber: string,
  answers: Record<string, string> = {},
): Record<string, string> {
  const form: Record<string, string> = {};
  for (const p of prepared.prefilled) form[p.field] = p.value;
  for (const field of prepared.fields) {
    if (form[field.key] !== undefined) continue;
    if (answers[field.key] !== undefined) form[field.key] = answers[field.key]!;
    else if (field.type === 'choice') form[field.key] = field.options![0]!.value;
    // A new company's official and finance seals, ordered together.
    else if (field.type === 'multi_choice')
      form[field.key] = field
        .options!.slice(0, 2)
        .map((o) => o.value)
        .join(',');
    else if (field.type === 'number') form[field.key] = '10';
    else if (field.type === 'date') form[field.key] = day;
    else if (field.type === 'phone') form[field.key] = '13805310001';
    else if (field.type === 'id_number') form[field.key] = idNumber;
    else if (field.key === 'entity_name') form[field.key] = `模拟${key}商贸有限公司`;
    else if (field.key === 'bank_account_number') form[field.key] = '6228480402564890018';
    else if (field.key === 'housing_fund_rate') form[field.key] = '8';
    else if (field.type === 'text' || field.type === 'textarea' || !field.type)
      form[field.key] = `${field.label}（模拟）`;
  }
  for (const field of prepared.fields) {
    if (field.appliesWhen && !field.appliesWhen.in.includes(form[field.appliesWhen.field] ?? ''))
      delete form[field.key];
  }
  return form;
}

/**
 * What an applicant asks for in a county: a bundle there, or the item's implementation nearest to
 * the county (its own, else the city's or the province's), as the public catalog lists them. An
 * item's implementations are looked up once per county and month.
 */
async function targetOf(world: World, t: SimulationProfile['demand']['targets'][number], county: string, day: string) {
  if (t.kind === 'bundle') return { kind: 'bundle' as const, bundleId: t.id, regionCode: county };
  const cacheKey = `${county} ${t.basicCode} ${day.slice(0, 7)}`;
  if (!world.caches.implementations.has(cacheKey)) {
    const found: { code: string; basicCode: string; regionCode: string | null }[] = [];
    for (let page = 1; page <= 20; page++) {
      const res = await world.services.catalog.searchItems({ region: county, asOf: day, page, pageSize: 100 });
      found.push(...(res.items as typeof found).filter((i) => i.basicCode === t.basicCode));
      if (page * 100 >= res.total) break;
    }
    const nearest = found.sort((a, b) => (b.regionCode ?? '').length - (a.regionCode ?? '').length)[0];
    world.caches.implementations.set(cacheKey, nearest?.code ?? null);
  }
  const code = world.caches.implementations.get(cacheKey);
  return code ? { kind: 'item' as const, implementationCode: code } : null;
}

type Channel = 'window' | 'online' | 'agent';

/**
 * Who files, as the profile's channel mix of the month says: the clerk at the hall's window, the
 * applicant online under their own account, or the city's agent (帮办代办) under the applicant's
 * mandate. An item the applicant may not file online at their real-name level
 * (IN_PERSON_CHECK_REQUIRED) sends them to the window instead, as it would anyone.
 */
async function filerOf(world: World, staff: Staff, channel: Channel, resident: Resident, day: string) {
  if (channel === 'window') return { context: staff.clerk, intake: true };
  const person = await accountOf(world, resident);
  if (channel === 'online') return { context: person, intake: false };
  await world.services.identity.createMandate(person, {
    agentLogin: staff.agentLogin,
    scopeKind: 'period',
    actions: ['apply', 'supply_materials', 'view', 'receive_results'],
    // A month's authorisation for whatever the agent files for them.
    validTo: new Date(chinaInstant(day, '23:59').getTime() + 30 * 86_400_000).toISOString(),
  });
  return { context: staff.agent, intake: false };
}

/**
 * One application: prepared, filled, the applicant's scans uploaded (one deferrable material held
 * back when the applicant asks for 容缺), submitted through the channel drawn.
 */
async function fileApplication(
  world: World,
  staff: Staff,
  county: { code: string; hall: string },
  day: string,
  key: string,
  draw: Draw,
  options: { channel: Channel; holdBack: boolean },
): Promise<{ filed: Case; channel: Channel } | null> {
  const { services, profile } = world;
  const target = await targetOf(
    world,
    pickWeighted(
      draw,
      profile.demand.targets.map((t) => [t, t.share] as const),
    ),
    county.code,
    day,
  );
  if (!target) return null;
  const residents = await residentsOf(world, county.code, day);
  if (residents.length === 0) return null;
  const drawn = residents[draw.int(residents.length)]!;
  const parties = await partiesOf(world, { target, county: county.code, residents, resident: drawn, day, key });
  if (!parties) return null;
  const { applicant, person: resident, buyer, answers } = parties;
  // A company's project is filed at the hall's window by its representative (no company account online).
  const channel = applicant.kind === 'legal_person' ? 'window' : options.channel;
  // How the result reaches the applicant: at the window (a second visit), by post (EMS), or electronically.
  const how = draw.next();
  const delivery: CreateDelivery =
    how < profile.rates.pickupDelivery
      ? { method: 'pickup' }
      : how < profile.rates.pickupDelivery + profile.rates.mailDelivery
        ? { method: 'mail', address: mailAddressOf(world, county.code, key), recipient: resident.name }
        : { method: 'electronic' };
  const submit = async (channel: Channel): Promise<Case> => {
    const filer = await filerOf(world, staff, channel, resident, day);
    const cacheKey = `${channel} ${applicant.kind} ${JSON.stringify(target)}`;
    let blank = world.caches.prepared.get(cacheKey);
    if (!blank) {
      blank = await services.cases.prepare(filer.context, { target, applicant });
      world.caches.prepared.set(cacheKey, blank);
    }
    const prepared = await services.cases.prepare(filer.context, {
      target,
      applicant,
      form: fillForm(blank, day, key, resident.idNumber, answers),
    });
    const form = fillForm(prepared, day, key, resident.idNumber, answers);
    const upload = await services.cases.upload(filer.context, { bytes: TINY_PDF, declaredType: 'application/pdf' });
    const materials: MaterialSupply[] = [];
    const heldBack = options.holdBack
      ? prepared.materials.find(
          (m) =>
            m.state === 'missing' &&
            m.required &&
            m.deferrable &&
            !prepared.certificateCandidates.some((c) => c.materialKey === m.key),
        )
      : undefined;
    for (const m of prepared.materials) {
      if (m.state !== 'missing' || !m.required || m === heldBack) continue;
      const certificate = prepared.certificateCandidates.find((c) => c.materialKey === m.key);
      materials.push(
        certificate
          ? { kind: 'certificate', materialKey: m.key, identifier: certificate.identifier }
          : { kind: 'upload', materialKey: m.key, sha256: upload.sha256, fileName: `${m.key}.pdf` },
      );
    }
    const created = await services.cases.create(
      filer.context,
      {
        target,
        applicant: filer.intake || channel === 'agent' ? applicant : undefined,
        form,
        materials,
        declinedCertificates: [],
        delivery,
        submit: true,
        ...(channel === 'online' ? {} : { servicePointId: county.hall }),
      },
      { intake: filer.intake, idempotencyKey: `simulate-${key}` },
    );
    if (created.case.status !== 'awaiting_co_applicant' || !buyer) return created.case;
    // A sale is applied for by both parties: the buyer joins at the window with the seller, or
    // online with their own account (不动产登记暂行条例 第十四条).
    if (filer.intake)
      return services.cases.confirmCoApplicantAtWindow(staff.clerk, created.case.id, {
        name: buyer.name,
        idNumber: buyer.idNumber,
      });
    return services.cases.confirmCoApplication(await accountOf(world, buyer), created.case.id);
  };
  try {
    return { filed: await submit(channel), channel };
  } catch (error) {
    if (channel === 'window' || !(error instanceof DomainError) || error.code !== 'IN_PERSON_CHECK_REQUIRED')
      throw error;
    return { filed: await submit('window'), channel: 'window' };
  }
}

type CreateDelivery = { method: 'electronic' | 'pickup' } | { method: 'mail'; address: string; recipient: string };

/** Where a result goes by post: an address in the applicant's county (the simulated world keeps no street names). */
function mailAddressOf(world: World, county: string, key: string): string {
  const city = world.cities.find((c) => county.startsWith(c.code));
  return `山东省${city?.name ?? ''}（${county}）模拟路${Number(key.slice(-4)) + 1}号`;
}

// ------------------------------------------------------------------ behaviours

/** The channel of an arrival by the month's mix (window, online, agent). */
function channelOf(world: World, day: string, key: string): Channel {
  const month = Number(day.slice(5, 7)) - 1;
  const { window, online, agent } = world.profile.channels;
  return pickWeighted(keyed(world.run.seed, 'channel', key), [
    ['window', window[month]!],
    ['online', online[month]!],
    ['agent', agent[month]!],
  ] as const);
}

/**
 * Applications arriving on a working day (at the halls, online, through agents), and what the
 * window does with each: refuse, one-time correction notice, 容缺 acceptance or acceptance.
 */
export const intakeBehaviour: Behaviour = {
  name: 'intake',
  async onDay({ day, workday, at, world }) {
    if (!workday) return;
    const cal = await world.services.calendar.calendar();
    let left = 0;
    for (let d = nextDay(day); d.slice(0, 7) === day.slice(0, 7); d = nextDay(d)) if (cal.isWorkday(d)) left += 1;
    const count = poisson(keyed(world.run.seed, 'arrivals', day), dailyMean(world, day, left));
    const cities = populationWeights(world);
    const { correction, refusal, deferral } = world.profile.rates;
    for (let i = 0; i < count; i++) {
      const key = `${day.replaceAll('-', '')}${String(i).padStart(4, '0')}`;
      const draw = keyed(world.run.seed, 'application', key);
      const city = pickWeighted(draw, cities);
      const county = pickWeighted(
        draw,
        city.counties.map((c) => [c, c.weight] as const),
      );
      const staff = world.staff.get(city.code)!;
      const minute = 9 * 60 + Math.floor((i * 7 * 60) / Math.max(count, 1));
      at(`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
      const r = keyed(world.run.seed, 'acceptance', key).next();
      const holdBack = r >= refusal + correction && r < refusal + correction + deferral;
      await attempt(world, 'intake', async () => {
        const result = await fileApplication(world, staff, county, day, key, draw, {
          channel: channelOf(world, day, key),
          holdBack,
        });
        if (!result) {
          world.counters.skipped += 1;
          return;
        }
        const { filed, channel } = result;
        world.counters.filed += 1;
        if (channel === 'online') world.counters.online += 1;
        if (channel === 'agent') world.counters.byAgent += 1;
        const held = filed.materials.find((m) => m.state === 'missing' && m.required && m.deferrable);
        if (r < refusal) {
          await world.services.cases.refuse(staff.clerk, filed.id, { reasons: ['申请人不具备申请资格（模拟）'] });
          world.counters.refused += 1;
        } else if (r < refusal + correction) {
          const material = filed.materials.find((m) => m.state === 'uploaded') ?? filed.materials[0];
          await world.services.cases.requestCorrection(staff.clerk, filed.id, {
            items: [{ materialKey: material?.key, problem: '复印件不清晰，请提供清晰的扫描件' }],
          });
          world.counters.corrections += 1;
        } else if (holdBack && held) {
          // 容缺: the minor material follows within two working days, promised in writing.
          await world.services.cases.acceptDeferred(staff.clerk, filed.id, {
            materials: [{ materialKey: held.key, supplyBy: cal.addWorkdays(day, 2) }],
            promise: '本人承诺在约定日期前补交所缺材料，逾期未补交的，同意终止办理（模拟）',
          });
          world.counters.accepted += 1;
          world.counters.deferred += 1;
        } else {
          await world.services.cases.accept(staff.clerk, filed.id, {});
          world.counters.accepted += 1;
        }
      });
    }
  },
};

/** 容缺 materials handed in at the window the working day after acceptance (before their date). */
export const deferredSupplyBehaviour: Behaviour = {
  name: 'deferred materials supplied',
  async onDay({ day, workday, at, world }) {
    if (!workday) return;
    at('09:00');
    const cal = await world.services.calendar.calendar();
    let previous = day;
    do previous = new Date(Date.parse(`${previous}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    while (!cal.isWorkday(previous));
    for (const city of world.cities) {
      const staff = world.staff.get(city.code)!;
      const filed = await readAllPages((cursor) =>
        world.services.cases.listCases(staff.clerk, {
          view: 'history',
          from: previous,
          to: previous,
          cursor,
          limit: 100,
        }),
      );
      for (const c of filed.sort((a, b) => (a.caseNumber ?? a.id).localeCompare(b.caseNumber ?? b.id))) {
        if (c.status !== 'in_review') continue;
        const full = await world.services.cases.getCase(staff.clerk, c.id);
        const deferred = full.materials.filter((m) => m.state === 'deferred');
        if (deferred.length === 0) continue;
        await attempt(world, 'deferred supply', async () => {
          const upload = await world.services.cases.upload(staff.clerk, {
            bytes: TINY_PDF,
            declaredType: 'application/pdf',
          });
          await world.services.cases.supplyMaterials(staff.clerk, c.id, {
            materials: deferred.map((m) => ({
              kind: 'upload',
              materialKey: m.key,
              sha256: upload.sha256,
              fileName: `${m.key}.pdf`,
            })),
            submit: false,
          });
        });
      }
    }
  },
};

/** Corrections handed in at the window a few working days after the notice, then accepted. */
export const correctionBehaviour: Behaviour = {
  name: 'corrections supplied',
  async onDay({ workday, at, world }) {
    if (!workday) return;
    at('10:00');
    for (const city of world.cities) {
      const staff = world.staff.get(city.code)!;
      for (const c of await allCases(world, staff.clerk, 'correction')) {
        const full = await world.services.cases.getCase(staff.clerk, c.id);
        const noticeDay = full.notices.at(-1)?.issuedAt?.slice(0, 10) ?? null;
        const cal = await world.services.calendar.calendar();
        if (
          noticeDay &&
          cal.workdaysBetween(noticeDay, world.services.clockControl.read().today) <
            world.profile.rates.correctionSupplyWorkdays
        )
          continue;
        await attempt(world, 'correction', async () => {
          const upload = await world.services.cases.upload(staff.clerk, {
            bytes: TINY_PDF,
            declaredType: 'application/pdf',
          });
          const asked = full.materials.filter((m) => m.problem);
          const materials: MaterialSupply[] = (asked.length > 0 ? asked : full.materials.slice(0, 1)).map((m) => ({
            kind: 'upload',
            materialKey: m.key,
            sha256: upload.sha256,
            fileName: `${m.key}.pdf`,
          }));
          await world.services.cases.supplyMaterials(staff.clerk, c.id, { materials, submit: true });
          await world.services.cases.accept(staff.clerk, c.id, {});
          world.counters.accepted += 1;
        });
      }
    }
  },
};

/**
 * Departments work their own tasks with their own staff: a task is ready once the working days its
 * department takes (the profile's speed) have passed, and then waits for a free hand — each staff
 * member handles at most `tasksPerStaffDay` tasks a working day (a decision, or the department's
 * opinion on a joint step), oldest first, so an understaffed department builds a queue and runs
 * late; some late tasks are extended.
 *
 * Each round reads every department's inbox first and assigns its tasks to hands, then acts: what
 * one department does in a round reaches the others' inboxes in the next, so the order in which
 * the steps run changes nothing, and on PostgreSQL they run `world.lanes` at a time (each on its
 * own connection; a case's steps still take its lock one after another).
 */
export const reviewBehaviour: Behaviour = {
  name: 'review',
  async onDay({ workday, at, world }) {
    if (!workday) return;
    at('15:00');
    const perDay = world.profile.departments.tasksPerStaffDay;
    // Tasks each staff member has taken on today (a hand is spent once the task is opened).
    const handled = new Map<string, number>();
    const freeHand = (team: RequestContext[]) => {
      let best: RequestContext | null = null;
      for (const member of team) {
        const n = handled.get(accountIdOf(member)) ?? 0;
        if (n < perDay && (!best || n < (handled.get(accountIdOf(best)) ?? 0))) best = member;
      }
      return best;
    };
    const took = (member: RequestContext) =>
      handled.set(accountIdOf(member), (handled.get(accountIdOf(member)) ?? 0) + 1);
    for (const city of world.cities) {
      const staff = world.staff.get(city.code)!;
      // Tasks open up as earlier steps are granted: a few rounds let a fast bundle finish the same day.
      for (let round = 0; round < 4; round++) {
        // Which departments have work in the city, lead or joint (the city's overview of open tasks).
        const departments = new Set<string>();
        for (const task of await allTasks(world, staff.cityReviewer)) {
          departments.add(task.departmentId);
          for (const joint of task.jointDepartments) if (!joint.opinionGiven) departments.add(joint.id);
        }
        const steps: ReviewStep[] = [];
        for (const departmentId of [...departments].sort()) {
          const team = await departmentStaffOf(world, departmentId);
          // The department's own inbox: the tasks it leads and the joint steps it gives an opinion on, oldest first.
          const inbox = (await allTasks(world, team[0]!)).sort(
            (a, b) =>
              b.clock.elapsedWorkdays - a.clock.elapsedWorkdays ||
              `${a.caseNumber}${a.basicCode}`.localeCompare(`${b.caseNumber}${b.basicCode}`),
          );
          const speed = departmentSpeed(world, await departmentOf(world, departmentId));
          for (const task of inbox) {
            const step = planStep(world, { task, departmentId, team, speed, round, freeHand });
            if (!step) continue;
            if (step.kind !== 'extend') took(step.member);
            steps.push(step);
          }
        }
        let acted = 0;
        await inParallel(steps, world.lanes, async (step) => {
          if (await takeStep(world, step)) acted += 1;
        });
        if (acted === 0) break;
      }
    }
  },
};

/** What a department does with one task of its inbox this round, by whom. */
type ReviewStep =
  | { kind: 'opinion' | 'extend'; member: RequestContext; task: Task }
  | { kind: 'decide'; member: RequestContext; task: Task; ownOpinion: boolean };

function planStep(
  world: World,
  options: {
    task: Task;
    departmentId: string;
    team: RequestContext[];
    speed: { medianWorkdays: number; spread: number };
    round: number;
    freeHand: (team: RequestContext[]) => RequestContext | null;
  },
): ReviewStep | null {
  const { task, departmentId, team, speed, round, freeHand } = options;
  if (task.departmentId !== departmentId) {
    // A joint step: the department's opinion, given by its own staff.
    if (!task.jointDepartments.some((d) => d.id === departmentId && !d.opinionGiven)) return null;
    const member = freeHand(team);
    if (!member) {
      if (round === 0) world.counters.queued += 1;
      return null;
    }
    return { kind: 'opinion', member, task };
  }
  const draw = keyed(world.run.seed, 'task', task.caseNumber ?? task.caseId, task.basicCode);
  const needs = Math.max(0, Math.round(speed.medianWorkdays * Math.exp(speed.spread * normal(draw)) - 0.5));
  // The lead may sit among the step's joint departments too (联合评审 led by one of them): its own opinion comes with its decision.
  const ownOpinion = task.jointDepartments.some((d) => d.id === departmentId && !d.opinionGiven);
  const ready =
    task.clock.elapsedWorkdays >= needs && task.jointDepartments.every((d) => d.opinionGiven || d.id === departmentId);
  // Whoever claimed it decides it (if they have a hand left today); else the colleague with the fewest tasks today.
  const claimer = task.claimedBy
    ? (team.find((m) => m.actor.kind === 'staff' && m.actor.name === task.claimedBy) ?? null)
    : null;
  const member = task.claimedBy ? claimer && freeHand([claimer]) : freeHand(team);
  if (ready && member) return { kind: 'decide', member, task, ownOpinion };
  if (ready && round === 0) world.counters.queued += 1;
  // Running late (slow, or waiting for a hand): the department asks for more time, once.
  const late = !ready ? needs > task.clock.limitDays + task.clock.extendedDays : true;
  if (
    round === 0 &&
    late &&
    task.clock.extendedDays === 0 &&
    (task.clock.remainingWorkdays ?? 99) <= 1 &&
    draw.next() < world.profile.rates.extensionWhenLate
  )
    return { kind: 'extend', member: claimer ?? member ?? team[0]!, task };
  return null;
}

/** Takes a planned step through the use cases; true when it went through. */
async function takeStep(world: World, step: ReviewStep): Promise<boolean> {
  const { member, task } = step;
  let done = false;
  if (step.kind === 'opinion')
    await attempt(world, 'opinion', async () => {
      await world.services.cases.opinion(member, task.id, { opinion: '同意（联合审查意见）' });
      done = true;
    });
  if (step.kind === 'decide')
    await attempt(world, 'decide', async () => {
      if (task.status === 'open') await world.services.cases.claim(member, task.id, { version: task.version });
      if (step.ownOpinion) await world.services.cases.opinion(member, task.id, { opinion: '同意（联合审查意见）' });
      if (!(await grantTask(world, member, task))) return;
      world.counters.decided += 1;
      world.decidedToday.add(task.caseId);
      done = true;
    });
  if (step.kind === 'extend')
    // Not an act that opens further work this round.
    await attempt(world, 'extend', async () => {
      await world.services.cases.extend(member, task.id, { days: 5, reason: '需现场核查，经批准延期（模拟）' });
      world.counters.extended += 1;
    });
  return done;
}

const accountIdOf = (member: RequestContext) => (member.actor.kind === 'staff' ? member.actor.accountId : '');

function departmentSpeed(world: World, department: { kind: string }) {
  return world.profile.departments.byKind[department.kind] ?? world.profile.departments.default;
}

/** 行政许可法 and the province's rules that act by themselves (deemed acceptance, missed 容缺 dates). */
export const lawBehaviour: Behaviour = {
  name: 'rules of law',
  async onDay({ at, world }) {
    at('08:30');
    while (true) {
      const done = await world.services.cases.runDueRules(100, () => undefined);
      if (done.acceptedByLaw + done.terminated < 100) break;
    }
  },
};

/** A day in order of its hours (the clock only moves forward): morning calls, the halls, review, the evening. */
export const DEFAULT_BEHAVIOURS: Behaviour[] = [
  lawBehaviour,
  ticketIntakeBehaviour,
  deferredSupplyBehaviour,
  correctionBehaviour,
  intakeBehaviour,
  rectificationBehaviour,
  reviewBehaviour,
  ticketDepartmentBehaviour,
  ticketCentreBehaviour,
  appealReviewBehaviour,
  ratingBehaviour,
];

async function allTasks(world: World, approver: RequestContext): Promise<Task[]> {
  const all: Task[] = [];
  for (const status of ['open', 'claimed'] as const) {
    const tasks = await readAllPages((cursor) =>
      world.services.cases.listTasks(approver, { status, cursor, limit: 100 }),
    );
    all.push(...(tasks as Task[]));
  }
  return all.sort((a, b) => `${a.caseNumber}${a.basicCode}`.localeCompare(`${b.caseNumber}${b.basicCode}`));
}

async function allCases(world: World, staff: RequestContext, status?: string): Promise<CaseSummary[]> {
  const all = await readAllPages((cursor) =>
    world.services.cases.listCases(staff, { view: 'all', status, cursor, limit: 100 }),
  );
  return all.sort((a, b) => (a.caseNumber ?? a.id).localeCompare(b.caseNumber ?? b.id));
}

// ------------------------------------------------------------------ the run

export class SimulationRefused extends Error {}

/** Review steps at once on PostgreSQL: a few connections of the pool, leaving the rest to the platform's jobs. */
const REVIEW_LANES = 4;

export async function simulate(options: {
  db: Db;
  services: Services;
  clock: SimulationClock;
  profile: SimulationProfile;
  run: SimulationRun;
  /** On PostgreSQL a round's review steps run several at a time, each on its own pooled connection. */
  databaseKind: 'pglite' | 'postgresql';
  behaviours?: Behaviour[];
  onProgress?: (progress: Progress) => void;
  /** Stops after this many days (tests interrupt a run with it). */
  maxDays?: number;
}): Promise<{ daysRun: number; counters: World['counters']; failures: Map<string, number> }> {
  const { db, services, clock, profile, run } = options;
  const recorded = await readProgress(db);
  if (recorded && (recorded.seed !== run.seed || recorded.scale !== run.scale || recorded.from !== run.from))
    throw new SimulationRefused(
      `该数据库已有另一次模拟（--from ${recorded.from} --seed ${recorded.seed} --scale ${recorded.scale}，已模拟到 ${recorded.lastDay}）；同一参数可继续，否则请换一个数据库`,
    );
  const startDay = recorded?.lastDay ? nextDay(recorded.lastDay) : run.from;
  clock.set(chinaInstant(startDay, '08:00'));
  const admin: RequestContext = {
    actor: {
      kind: 'staff',
      accountId: 'demo-staff-admin',
      name: '省级管理员',
      roles: ['administrator'],
      departmentId: null,
      regionCode: '37',
    },
    requestId: 'simulate',
    ip: null,
  };
  const cities = await citiesOf(services, profile, startDay);
  if (cities.length === 0) throw new SimulationRefused('数据库中没有可模拟的地市（参考数据未初始化？）');
  const { staffByLogin, ...found } = await staffOf({ services, admin, cities, profile });
  const world: World = {
    run,
    profile,
    services,
    cities,
    admin,
    lanes: options.databaseKind === 'postgresql' ? REVIEW_LANES : 1,
    ...found,
    counters: emptyCounters(),
    failures: new Map<string, number>(),
    decidedToday: new Set<string>(),
    caches: {
      residents: new Map(),
      prepared: new Map(),
      implementations: new Map(),
      accounts: new Map(),
      departmentStaff: new Map(),
      departments: new Map(),
      staffByLogin,
      audiences: new Map(),
      resultTypes: new Map(),
      companies: new Map(),
    },
  };
  const behaviours = options.behaviours ?? DEFAULT_BEHAVIOURS;
  const daysTotal = Math.round((Date.parse(run.to) - Date.parse(run.from)) / 86_400_000) + 1;
  let daysRun = 0;
  for (let day = startDay; day <= run.to; day = nextDay(day)) {
    if (options.maxDays !== undefined && daysRun >= options.maxDays) break;
    const workday = (await services.calendar.calendar()).isWorkday(day);
    const context: DayContext = {
      day,
      workday,
      world,
      at: (time) => {
        const t = chinaInstant(day, time);
        if (t.getTime() > clock.now().getTime()) clock.set(t);
      },
    };
    world.decidedToday.clear();
    for (const behaviour of behaviours) await behaviour.onDay(context);
    context.at('23:59');
    await recordDay(db, run, day, clock.now());
    daysRun += 1;
    options.onProgress?.({
      day,
      daysDone: Math.round((Date.parse(day) - Date.parse(run.from)) / 86_400_000) + 1,
      daysTotal,
      filed: world.counters.filed,
      completed: world.counters.decided,
    });
  }
  return { daysRun, counters: world.counters, failures: world.failures };
}

// ------------------------------------------------------------------ the 3545 figures

export type CityFigures = {
  cityCode: string;
  cityName: string;
  bundle: string;
  completed: number;
  medianWorkdays: number | null;
  onTimeShare: number | null;
  atMostOneVisitShare: number | null;
};

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Per city and bundle (and all single items together): median working days, on-time share, share with ≤ 1 visit. */
export async function figuresByCity(services: Services, profile: SimulationProfile): Promise<CityFigures[]> {
  const supervisorView: RequestContext = {
    actor: {
      kind: 'staff',
      accountId: 'demo-staff-admin',
      name: '省级管理员',
      roles: ['administrator'],
      departmentId: null,
      regionCode: '37',
    },
    requestId: 'simulate-figures',
    ip: null,
  };
  const completed = await readAllPages((cursor) =>
    services.cases.listCases(supervisorView, { view: 'all', status: 'completed', cursor, limit: 100 }),
  );
  const groups = new Map<string, CaseSummary[]>();
  for (const c of completed) {
    const key = `${c.regionCode.slice(0, 4)}\u0001${c.title}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.entries()]
    .map(([key, cases]) => {
      const [cityCode, bundle] = key.split('\u0001') as [string, string];
      const onTime = cases.filter((c) => c.clock.elapsedWorkdays <= c.clock.limitDays + c.clock.extendedDays).length;
      return {
        cityCode,
        cityName: profile.cities.find((p) => p.code === cityCode)?.name ?? cityCode,
        bundle,
        completed: cases.length,
        medianWorkdays: median(cases.map((c) => c.clock.elapsedWorkdays)),
        onTimeShare: onTime / cases.length,
        atMostOneVisitShare: cases.filter((c) => c.visits <= 1).length / cases.length,
      };
    })
    .sort((a, b) => a.cityCode.localeCompare(b.cityCode) || a.bundle.localeCompare(b.bundle));
}
