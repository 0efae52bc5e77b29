import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Calendar } from '../../platform/calendar/calendar';
import { PROVISIONAL_MIN_YEAR } from '../../platform/calendar/calendar.provisional';
import type { Clock } from '../../platform/clock';
import { completeUscc, idNumberCheckCharacter, USCC_ALPHABET } from '../../platform/codes';
import { CopyBuffer, inBulkTransaction, inBulkTransactions, type BulkSession } from '../../platform/db/bulk-copy';
import type { Database } from '../../platform/db/database';
import { inParallel } from '../../platform/in-parallel';
import { syntheticSerial } from '../cases/cases.serials';
import {
  asOrdinaryLine,
  deleteSyntheticCases,
  ORDINARY_CASES,
  ordinaryCaseLine,
  SYNTHETIC_CASES,
  SYNTHETIC_TASKS,
  generatedCaseExists,
  syntheticCaseLine,
  syntheticTaskLine,
  type SyntheticCase,
  type SyntheticTask,
} from '../cases/cases.synthetic';
import {
  deleteSyntheticClocks,
  SYNTHETIC_CLOCKS,
  syntheticClockLine,
  type SyntheticClock,
} from '../deadlines/deadlines.synthetic';
import { historyErrors } from './history.errors';
import {
  AGENT_SHARE,
  DAY_OFF_SHARE,
  GIVEN,
  MONTH_END_BOOST,
  OFFICE_MINUTES,
  OFFICE_OPENS,
  onlineShareOn,
  qualityOn,
  SURNAMES,
  TRADE_KINDS,
  TRADE_WORDS,
} from './history.profile';
import {
  planOf,
  regionEpochs,
  servedItems,
  targetEpochs,
  targetPickerFor,
  type County,
  type HistoryPlan,
  type HistoryReferencePorts,
  type PlanReference,
  type ServedItem,
  type Target,
} from './history.reference';
import { apportion, seededRandom, type Random } from './history.random';

export type HistoryPorts = HistoryReferencePorts & { calendar: Calendar };

export type HistoryProgress = { written: number; total: number; day: string; elapsedMs: number };

export type HistoryRequest = {
  /** A calendar year, or an explicit period (China dates, inclusive). */
  year?: number;
  from?: string;
  to?: string;
  cases: number;
  seed?: number;
  /** Cases per COPY chunk (10,000): progress is reported per chunk. */
  chunkCases?: number;
  /**
   * Connections the chunks are written over at once (2; PGlite has one): the server parses and
   * writes each stream's COPYs in its own process while the next chunk is rendered.
   */
  streams?: number;
  onProgress?: (progress: HistoryProgress) => void;
  /**
   * Benchmark databases only (bench:lists; the CLI and the API never set it): the rows are written
   * as ordinary cases, tasks and clocks, with their search terms, for the staff lists to hold.
   */
  ordinary?: boolean;
};

export type HistoryResult = {
  from: string;
  to: string;
  seed: number;
  cases: number;
  tasks: number;
  clocks: number;
  seconds: number;
  casesPerSecond: number;
  /** Total size (heap, indexes, TOAST) of each table written to, after the run. */
  tableBytes: Record<string, number>;
  /** What the run added to the three tables, per case. */
  bytesPerCase: number;
};

const MAX_CASES = 100_000_000;
/** Cases rendered before their rows go out as one COPY per table. */
const CHUNK = 10_000;
const YIELD_EVERY = 500;
const STREAMS = 2;
const TABLES = ['cases', 'case_tasks', 'deadline_clocks'] as const;
/** Reference reads in flight at once (the pool has more connections; PGlite runs them in turn). */
const RESOLVE_CONCURRENCY = 8;

const isoDay = z.iso.date({ error: '应为 YYYY-MM-DD 格式的日期' });
const HistoryRequestSchema = z
  .object({
    year: z.number({ error: '年份应为整数' }).int({ error: '年份应为整数' }).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    cases: z
      .number({ error: '办件数应为整数' })
      .int({ error: '办件数应为整数' })
      .min(1, { error: '办件数至少为 1' })
      .max(MAX_CASES, { error: `办件数最多 ${MAX_CASES}` }),
    seed: z
      .number({ error: '种子应为整数' })
      .int({ error: '种子应为整数' })
      .min(0, { error: '种子不能为负数' })
      .max(2 ** 31, { error: '种子过大' })
      .default(42),
  })
  .refine((r) => (r.year === undefined) !== (r.from === undefined || r.to === undefined), {
    error: '应给出年份，或起止日期，二者选一',
    path: ['year'],
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { error: '起始日期不能晚于截止日期', path: ['from'] });

/**
 * Writes a plausible province history in bulk (statistics at scale without the wait): cases,
 * their tasks and their working-day clocks, every row marked synthetic. The reference data
 * (divisions, items, implementations, departments) is read first, through the same plan resolver
 * submissions use; then all rows go out in ONE transaction (COPY), so a failed or interrupted run
 * leaves nothing. Deterministic for a seed: the same request gives the same rows.
 */
export async function generateHistory(
  database: Database,
  ports: HistoryPorts,
  clock: Clock,
  request: HistoryRequest,
): Promise<HistoryResult> {
  const parsed = parseRequest(request);
  const { from, to } = periodOf(parsed, clock);
  const started = performance.now();
  const reference = await referenceOf(ports, from, to);
  const runKey = runKeyOf(from, to, parsed.seed);

  const before = await tableBytes(database);
  const written = await inBulkTransactions(database, request.streams ?? STREAMS, async (sessions) => {
    if (await generatedCaseExists(sessions[0]!, caseIdOf(runKey, 1)))
      throw historyErrors.alreadyGenerated(from, to, parsed.seed);
    return writeRows(sessions, {
      reference,
      runKey,
      seed: parsed.seed,
      total: parsed.cases,
      ports,
      clock,
      started,
      request,
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await tableBytes(database);
  const added = TABLES.reduce((sum, t) => sum + (after[t]! - before[t]!), 0);
  return {
    from,
    to,
    seed: parsed.seed,
    ...written,
    seconds,
    casesPerSecond: written.cases / seconds,
    tableBytes: after,
    bytesPerCase: written.cases > 0 ? added / written.cases : 0,
  };
}

/** Removes every synthetic row (cases, tasks, clocks) and nothing else, in one transaction. */
export async function dropHistory(database: Database): Promise<{ cases: number; tasks: number; clocks: number }> {
  return inBulkTransaction(database, async (session) => {
    const clocks = await deleteSyntheticClocks(session);
    return { ...(await deleteSyntheticCases(session)), clocks };
  });
}

function parseRequest(request: HistoryRequest) {
  const {
    onProgress: _onProgress,
    chunkCases: _chunkCases,
    streams: _streams,
    ordinary: _ordinary,
    ...fields
  } = request;
  const result = HistoryRequestSchema.safeParse(fields);
  if (!result.success)
    throw historyErrors.requestInvalid(
      result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'request', message: issue.message })),
    );
  return result.data;
}

/**
 * The period to write: a year is cut at yesterday when it is this year (no history of days that
 * have not happened). Years run from the calendar's first (2000) to this year; a year whose
 * catalog was not yet published is refused later, as having nothing in force.
 */
export function periodOf(request: { year?: number; from?: string; to?: string }, clock: Clock) {
  const yesterday = addDays(clock.today(), -1);
  const first = PROVISIONAL_MIN_YEAR;
  const last = Number(yesterday.slice(0, 4));
  const from = request.from ?? `${request.year}-01-01`;
  let to = request.to ?? `${request.year}-12-31`;
  if (request.year !== undefined && to > yesterday) to = yesterday;
  const years = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  if (years.some((y) => y < first || y > last) || from > to)
    throw historyErrors.yearOutOfRange(
      `可生成 ${first}—${last} 年（工作日历的范围，且不晚于昨天 ${yesterday}）的历史；所给期间为 ${from} 至 ${to}。`,
    );
  return { from, to };
}

export type Reference = Awaited<ReturnType<typeof prepareReference>>;

/** Reference data read once per ports and period: several runs over one period read it once. */
const references = new WeakMap<HistoryPorts, Map<string, Promise<Reference>>>();

export function referenceOf(ports: HistoryPorts, from: string, to: string): Promise<Reference> {
  let byPeriod = references.get(ports);
  if (!byPeriod) references.set(ports, (byPeriod = new Map()));
  const key = `${from}|${to}`;
  let reference = byPeriod.get(key);
  if (!reference) {
    reference = prepareReference(ports, from, to);
    byPeriod.set(key, reference);
    // A failed read (e.g. nothing in force) is not remembered.
    reference.catch(() => byPeriod.delete(key));
  }
  return reference;
}

/**
 * What the draws need, read once: for each stretch of days with the same divisions and the same
 * catalog in force, the counties with their weights and, per county, the targets it can be served
 * with. Days with nothing in force weigh nothing.
 */
async function prepareReference(ports: HistoryPorts, from: string, to: string) {
  const [regions, targets] = await Promise.all([
    regionEpochs(ports.network, from, to),
    targetEpochs(ports.catalog, from, to),
  ]);
  const bundles = new Map(targets.flatMap((epoch) => epoch.bundles).map((b) => [b.id, b]));
  const stretches = new Map<string, Stretch>();
  const days: string[] = [];
  const weights: number[] = [];
  const stretchOfDay: Stretch[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const region = latest(regions, day)!;
    const catalog = latest(targets, day)!;
    const key = `${region.from}|${catalog.from}`;
    let stretch = stretches.get(key);
    if (!stretch) {
      stretch = {
        asOf: day,
        pickCounty: region.pick,
        counties: region.counties,
        targets: catalog.targets,
        served: new Map(),
        pickers: new Map(),
        plans: new Map(),
        reference: { departmentOf: new Map(), versionOf: new Map(), regionNames: new Map(), bundles },
      };
      stretches.set(key, stretch);
    }
    days.push(day);
    stretchOfDay.push(stretch);
    weights.push(catalog.targets.length > 0 ? dayWeight(ports.calendar, day) : 0);
  }
  const departments = new Map<string, { id: string; name: string }>();
  const served = new Map<string, Map<string, ServedItem>>();
  for (const stretch of stretches.values()) {
    if (stretch.targets.length > 0) await readStretch(ports, { stretch, served, departments, to });
  }
  if (weights.every((w) => w === 0) || [...stretches.values()].every((s) => s.pickers.size === 0))
    throw historyErrors.nothingInForce(from, to);
  return { days, weights, stretchOfDay };
}

/** Reads, for a stretch, what each county is served with, the departments, versions and names. */
async function readStretch(
  ports: HistoryPorts,
  run: {
    stretch: Stretch;
    /** By county, read once per run: as of the period's last day (or the county's, if it ended). */
    served: Map<string, Map<string, ServedItem>>;
    /** Every department by its USCC (the implementation code begins with the body's). */
    departments: Map<string, { id: string; name: string }>;
    to: string;
  },
): Promise<void> {
  const { stretch, departments } = run;
  await inParallel(stretch.counties, RESOLVE_CONCURRENCY, async (county) => {
    let served = run.served.get(county.code);
    if (!served) {
      const lastDay = county.validTo && county.validTo <= run.to ? addDays(county.validTo, -1) : run.to;
      served = await servedItems(ports.catalog, county, lastDay);
      run.served.set(county.code, served);
    }
    stretch.served.set(county.code, served);
  });
  const all = [...stretch.served.values()].flatMap((served) => [...served.values()]);
  if (departments.size === 0)
    for (const d of await ports.network.listDepartments({})) departments.set(d.uscc, { id: d.id, name: d.name });
  stretch.reference.departmentOf = departments;
  const inForce = new Set(stretch.targets.flatMap((t) => (t.kind === 'item' ? [t.id] : (t.steps ?? []))));
  const basicCodes = [...new Set(all.map((item) => item.basicCode))].filter((code) => inForce.has(code));
  await inParallel(basicCodes, RESOLVE_CONCURRENCY, async (code) => {
    const detail = await ports.catalog.getItem(code, stretch.asOf);
    stretch.reference.versionOf.set(code, detail.item.version);
  });
  stretch.reference.regionNames = await ports.network.regionNames([...new Set(all.map((item) => item.regionCode))]);
  for (const county of stretch.counties) {
    const pick = targetPickerFor(stretch.served.get(county.code)!, stretch.targets);
    if (pick) stretch.pickers.set(county.code, pick);
  }
}

/** The plan of a target in a county during a stretch, built once (null when it cannot be filed there). */
function stretchPlan(stretch: Stretch, target: Target, county: County): HistoryPlan | null {
  const key = `${target.key}@${county.code}`;
  let plan = stretch.plans.get(key);
  if (plan === undefined) {
    plan = planOf(target, county, stretch.served.get(county.code)!, stretch.reference);
    stretch.plans.set(key, plan);
  }
  return plan;
}

type Stretch = {
  asOf: string;
  pickCounty: (random: Random) => County;
  counties: County[];
  targets: Target[];
  served: Map<string, Map<string, ServedItem>>;
  pickers: Map<string, (random: Random) => Target>;
  plans: Map<string, HistoryPlan | null>;
  reference: PlanReference;
};

function dayWeight(calendar: Calendar, day: string): number {
  const base = calendar.isWorkday(day) ? 1 : DAY_OFF_SHARE;
  return Number(day.slice(8, 10)) >= daysInMonth(day) - 2 ? base * MONTH_END_BOOST : base;
}

export type Choice = { target: Target; county: County; plan: HistoryPlan };

/**
 * Draws, day by day, the county (by population) and the target (among those the county is served
 * with) of every case, from a random stream of their own. Both passes call this with the same seed
 * and see the same sequence.
 */
export function* drawDays(
  reference: Reference,
  seed: number,
  total: number,
): Generator<{ day: string; choices: Choice[] }> {
  const random = seededRandom(`history-choices:${seed}`);
  const perDay = apportion(total, reference.weights);
  for (const [i, day] of reference.days.entries()) {
    const count = perDay[i]!;
    if (count === 0) continue;
    const stretch = reference.stretchOfDay[i]!;
    const choices: Choice[] = [];
    for (let n = 0; n < count; n++) {
      for (let attempt = 0; ; attempt++) {
        const county = stretch.pickCounty(random);
        const pickTarget = stretch.pickers.get(county.code);
        const target = pickTarget?.(random);
        const plan = target && stretchPlan(stretch, target, county);
        if (target && plan) {
          choices.push({ county, target, plan });
          break;
        }
        // A county served with nothing (or a target whose department is unknown): draw again.
        if (attempt > 1_000) throw new Error(`no county is served with anything on ${day}`);
      }
    }
    yield { day, choices };
  }
}

type WriteContext = {
  reference: Reference;
  runKey: string;
  seed: number;
  total: number;
  ports: HistoryPorts;
  clock: Clock;
  started: number;
  request: HistoryRequest;
};

async function writeRows(sessions: BulkSession[], context: WriteContext) {
  const { reference, total } = context;
  const calendar = rememberingCalendar(context.ports.calendar);
  const random = seededRandom(`history-details:${context.seed}`);
  const today = context.clock.today();
  const counts = { cases: 0, tasks: 0, clocks: 0 };
  const buffers = { cases: new CopyBuffer(), tasks: new CopyBuffer(), clocks: new CopyBuffer() };
  let inChunk = 0;
  let chunks = 0;
  // A chunk's COPYs run while the next chunks are rendered (PostgreSQL ingests on its own cores),
  // the chunks going round the streams; a stream's next chunk waits for its last, so at most one
  // chunk per stream and the one being rendered are in memory.
  const inFlight: Promise<void>[] = sessions.map(() => Promise.resolve());
  const ordinary = context.request.ordinary === true;
  const rowLine = ordinary ? asOrdinaryLine : (line: string) => line;
  const flush = async (day: string) => {
    const bytes = { cases: buffers.cases.take(), tasks: buffers.tasks.take(), clocks: buffers.clocks.take() };
    inChunk = 0;
    const written = counts.cases;
    const stream = chunks++ % sessions.length;
    const session = sessions[stream]!;
    await inFlight[stream];
    const copied = (async () => {
      await session.copy(ordinary ? ORDINARY_CASES : SYNTHETIC_CASES, bytes.cases);
      await session.copy(SYNTHETIC_TASKS, bytes.tasks);
      await session.copy(SYNTHETIC_CLOCKS, bytes.clocks);
      context.request.onProgress?.({ written, total, day, elapsedMs: performance.now() - context.started });
    })();
    // A failed COPY is reported by the next wait; until then it must not count as unhandled.
    copied.catch(() => undefined);
    inFlight[stream] = copied;
  };
  // Days are drawn one at a time (a day's choices in memory, not the run's), written in chunks.
  let lastDay = reference.days[0]!;
  for (const { day, choices } of drawDays(reference, context.seed, total)) {
    lastDay = day;
    const serials = new Map<string, number>();
    for (const choice of choices) {
      const plan = choice.plan;
      counts.cases += 1;
      const serial = (serials.get(plan.implementationCode) ?? 0) + 1;
      serials.set(plan.implementationCode, serial);
      const n = counts.cases;
      const rows = synthesizeCase({
        ...choice,
        day,
        id: caseIdOf(context.runKey, n),
        taskIdOf: (k) => taskIdOf(context.runKey, n, k),
        caseNumber: `${plan.implementationCode}${day.replaceAll('-', '')}${syntheticSerial(serial)}`,
        calendar,
        today,
        random,
      });
      buffers.cases.push(ordinary ? ordinaryCaseLine(rows.theCase) : syntheticCaseLine(rows.theCase));
      let tasks = '';
      for (const task of rows.tasks) tasks += rowLine(syntheticTaskLine(task));
      if (tasks) buffers.tasks.push(tasks);
      let clocks = '';
      for (const c of rows.clocks) clocks += rowLine(syntheticClockLine(c));
      if (clocks) buffers.clocks.push(clocks);
      counts.tasks += rows.tasks.length;
      counts.clocks += rows.clocks.length;
      inChunk += 1;
      if (inChunk >= (context.request.chunkCases ?? CHUNK)) await flush(day);
      // Let the socket take the chunk in flight while this one is rendered.
      else if (inChunk % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (inChunk > 0) await flush(lastDay);
  await Promise.all(inFlight);
  return counts;
}

export type DayCalendar = Pick<Calendar, 'isWorkday' | 'nextWorkday' | 'addWorkdays'>;

/**
 * The calendar's answers for the few hundred days of a run, kept: a run asks the same questions
 * (is this day a working day, the n-th working day after it) millions of times.
 */
export function rememberingCalendar(calendar: Calendar): DayCalendar {
  const workdays = new Map<string, boolean>();
  const after = new Map<string, string[]>();
  const addWorkdays = (day: string, n: number): string => {
    let known = after.get(day);
    if (!known) after.set(day, (known = []));
    return (known[n] ??= calendar.addWorkdays(day, n));
  };
  return {
    isWorkday(day) {
      let workday = workdays.get(day);
      if (workday === undefined) workdays.set(day, (workday = calendar.isWorkday(day)));
      return workday;
    },
    nextWorkday: (day) => addWorkdays(day, 1),
    addWorkdays,
  };
}

/**
 * A change to the model for the reform simulator (`history.replay.ts`): the online share in place
 * of the year's, and a capacity factor per department (its working days spent are divided by it).
 * Plans are changed before they reach the model (graphs, limits).
 */
export type CaseVariant = {
  onlineShare?: number;
  staffing?: ReadonlyMap<string, number>;
};

export type CaseInput = {
  variant?: CaseVariant;
  target: Target;
  county: County;
  plan: HistoryPlan;
  day: string;
  id: string;
  taskIdOf: (k: number) => string;
  caseNumber: string;
  calendar: DayCalendar;
  today: string;
  random: Random;
};

/**
 * One case as it could have run: filed on `day` through a channel, accepted (or refused), its
 * tasks opened when what they depend on was granted, each taking a number of working days drawn
 * against its promised limit (a few late), the clocks computed with the real calendar. A case
 * whose work would end today or later is still running: its open tasks are claimed, its clocks
 * run; one not yet accepted is still submitted.
 */
export function synthesizeCase(input: CaseInput): {
  theCase: SyntheticCase;
  tasks: SyntheticTask[];
  clocks: SyntheticClock[];
} {
  const { plan, day, calendar, random, today } = input;
  const quality = qualityOn(day);
  const workday = calendar.isWorkday(day);
  const online = input.variant?.onlineShare ?? onlineShareOn(day);
  const r = random.next();
  // On a day off only online filings arrive.
  const channel = !workday || r < online ? 'online' : r < online + AGENT_SHARE ? 'agent' : 'window';
  const applicantKind =
    input.target.audiences.length === 1 ? input.target.audiences[0]! : random.chance(0.7) ? 'person' : 'legal_person';
  const applicant = applicantKind === 'person' ? personOf(input.county, random) : entityOf(input.county, random);
  const createdAt = instantOn(day, OFFICE_OPENS + random.below(OFFICE_MINUTES));
  const secondVisit = channel !== 'agent' && random.chance(quality.secondVisit);
  const visits =
    (channel === 'window' ? 1 : channel === 'online' ? Math.min(1, input.target.guideVisits) : 0) +
    (secondVisit ? 1 : 0);
  const filer =
    channel === 'online'
      ? { id: `synthetic:${applicant.id}`, kind: 'person' as const, name: applicant.name }
      : { id: `synthetic:staff:${plan.regionCode}`, kind: 'staff' as const, name: `${input.county.name}窗口` };
  const base: SyntheticCase = {
    id: input.id,
    caseNumber: input.caseNumber,
    regionCode: plan.regionCode,
    regionName: plan.regionName,
    implementationCode: plan.implementationCode,
    bundleId: plan.bundleId,
    title: plan.title,
    status: 'refused',
    channel,
    applicantKind,
    applicantId: applicant.id,
    applicantName: applicant.name,
    filedByAccountId: filer.id,
    filedByKind: filer.kind,
    filedByName: filer.name,
    servicePointName: channel === 'online' ? null : `${input.county.cityName}${input.county.name}政务服务中心`,
    visits,
    outcome: null,
    promisedLimitDays: plan.promisedLimitDays,
    correctionRound: secondVisit ? 1 : 0,
    createdAt,
    receivedOn: day,
    acceptedOn: null,
    completedAt: null,
  };
  if (random.chance(quality.refused)) return { theCase: { ...base, completedAt: createdAt }, tasks: [], clocks: [] };

  // Accepted at the window on the day; online within a working day of receipt (the law allows 5).
  const acceptedOn = channel === 'window' && workday ? day : calendar.nextWorkday(day);
  // Work is done on days before today: what would happen today or later has not happened yet.
  if (acceptedOn >= today) return { theCase: { ...base, status: 'submitted' }, tasks: [], clocks: [] };
  const late = random.chance(quality.late);
  const denied = random.chance(quality.denied);
  const ends = new Map<string, number>();
  const tasks: SyntheticTask[] = [];
  const clocks: SyntheticClock[] = [];
  let caseEnd = 0;
  for (const [k, item] of plan.items.entries()) {
    const start = Math.max(0, ...item.dependsOn.map((key) => ends.get(key) ?? 0));
    const drawn = workdaysSpent(item.promisedLimitDays, late && k === plan.items.length - 1, random);
    const capacity = input.variant?.staffing?.get(item.departmentId) ?? 1;
    // More hands shorten the days a step takes, never below one day for a step that takes any.
    const spent = capacity === 1 || drawn === 0 ? drawn : Math.max(1, Math.ceil(drawn / capacity));
    const end = start + spent;
    if (item.stepKey) ends.set(item.stepKey, end);
    caseEnd = Math.max(caseEnd, end);
    const openedOn = calendar.addWorkdays(acceptedOn, start);
    const decidedOn = calendar.addWorkdays(acceptedOn, end);
    const running = decidedOn >= today;
    const refusedHere = denied && k === 0;
    const cancelled = denied && k > 0;
    const id = input.taskIdOf(k);
    const status = running ? 'claimed' : refusedHere ? 'denied' : cancelled ? 'cancelled' : 'granted';
    tasks.push({
      id,
      caseId: input.id,
      regionCode: plan.regionCode,
      stepKey: item.stepKey,
      basicCode: item.basicCode,
      itemVersion: item.version,
      implementationCode: item.implementationCode,
      name: item.name,
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      status,
      limitDays: item.promisedLimitDays,
      decision: running || cancelled ? null : refusedHere ? 'deny' : 'grant',
      decidedAt: running || cancelled ? null : instantOn(decidedOn, 15 * 60 + random.below(120)),
      createdAt,
      openedOn,
    });
    clocks.push({
      id: `task:${id}`,
      subjectType: 'task',
      subjectId: id,
      regionCode: plan.regionCode,
      limitDays: item.promisedLimitDays,
      baseOn: openedOn,
      stoppedOn: running ? null : decidedOn,
      elapsedWorkdays: running ? null : spent,
      dueOn: calendar.addWorkdays(openedOn, item.promisedLimitDays),
      updatedAt: running ? createdAt : instantOn(decidedOn, 16 * 60),
    });
  }
  const completedOn = calendar.addWorkdays(acceptedOn, caseEnd);
  const running = completedOn >= today;
  const completedAt = running ? null : instantOn(completedOn, 16 * 60 + random.below(60));
  clocks.push({
    id: `case:${input.id}`,
    subjectType: 'case',
    subjectId: input.id,
    regionCode: plan.regionCode,
    limitDays: plan.promisedLimitDays,
    baseOn: acceptedOn,
    stoppedOn: running ? null : completedOn,
    elapsedWorkdays: running ? null : caseEnd,
    dueOn: calendar.addWorkdays(acceptedOn, plan.promisedLimitDays),
    updatedAt: completedAt ?? createdAt,
  });
  return {
    theCase: {
      ...base,
      status: running ? 'in_review' : 'completed',
      outcome: running ? null : denied ? 'denied' : 'granted',
      acceptedOn,
      completedAt,
    },
    tasks,
    clocks,
  };
}

/**
 * Working days a task takes: most finish well inside the limit (skewed towards quick), a late one
 * runs one to five days over it; an immediate item (limit 0) is done the day it opens.
 */
function workdaysSpent(limitDays: number, late: boolean, random: Random): number {
  if (limitDays === 0) return 0;
  if (late) return limitDays + 1 + random.below(5);
  const u = random.next();
  return Math.min(limitDays, 1 + Math.floor(u * u * limitDays));
}

/** A resident of the county: a valid GB 11643 ID number (its address code, a birth date, a check). */
function personOf(county: County, random: Random): { id: string; name: string } {
  const birth = `${1950 + random.below(50)}${String(1 + random.below(12)).padStart(2, '0')}${String(1 + random.below(28)).padStart(2, '0')}`;
  const first17 = `${county.code}${birth}${String(random.below(1000)).padStart(3, '0')}`;
  const name =
    SURNAMES[random.below(SURNAMES.length)]! +
    GIVEN[random.below(GIVEN.length)]! +
    (random.chance(0.6) ? GIVEN[random.below(GIVEN.length)]! : '');
  return { id: first17 + idNumberCheckCharacter(first17), name };
}

/** A company of the county: a GB 32100 USCC (91, the county's code, an organisation code, a check). */
function entityOf(county: County, random: Random): { id: string; name: string } {
  let organisation = '';
  for (let i = 0; i < 9; i++) organisation += USCC_ALPHABET[random.below(USCC_ALPHABET.length)];
  const name = `${county.cityName.replace(/市$/, '')}${TRADE_WORDS[random.below(TRADE_WORDS.length)]}${TRADE_KINDS[random.below(TRADE_KINDS.length)]}有限公司`;
  return { id: completeUscc(`91${county.code}${organisation}`), name };
}

/** The instant of a China time of day (minutes after midnight, UTC+8) on a China date. */
function instantOn(day: string, minutes: number): string {
  // From 08:00 China time the instant falls on the same UTC date: written out directly (hot path).
  if (minutes >= 8 * 60 && minutes < 24 * 60) {
    const utc = minutes - 8 * 60;
    return `${day}T${String(Math.floor(utc / 60)).padStart(2, '0')}:${String(utc % 60).padStart(2, '0')}:00.000Z`;
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 0, minutes) - 8 * 3_600_000).toISOString();
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function daysInMonth(day: string): number {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function latest<T extends { from: string }>(epochs: readonly T[], day: string): T | undefined {
  let found: T | undefined;
  for (const epoch of epochs) if (epoch.from <= day) found = epoch;
  return found;
}

/**
 * Ids of a run: UUID-shaped, a run key (from period and seed) then a sequence, so they never meet a
 * real case's random UUID in practice and rise within a run (appends to the primary key's last page).
 */
function runKeyOf(from: string, to: string, seed: number): string {
  return createHash('sha256').update(`synthetic-history:${from}:${to}:${seed}`).digest('hex').slice(0, 8);
}
const caseIdOf = (runKey: string, n: number) => `${runKey}-5e00-4000-8000-${n.toString(16).padStart(12, '0')}`;
const taskIdOf = (runKey: string, n: number, k: number) =>
  `${runKey}-5e01-4000-8000-${(n * 16 + k).toString(16).padStart(12, '0')}`;

async function tableBytes(database: Database): Promise<Record<string, number>> {
  const rows = await inBulkTransaction(database, (session) =>
    session.query<{ name: string; bytes: string }>(
      `select t as name, pg_total_relation_size(t::regclass)::text as bytes from unnest($1::text[]) t`,
      [TABLES],
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes)]));
}
