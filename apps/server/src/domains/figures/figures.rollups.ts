import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { queryRows, type Db, type DbOrTx } from '../../platform/db/database';
import type { CaseFact, CaseRollupSource, HallRegions } from '../cases/cases.rollup-source';
import { areasOf, monthOf } from './figures.math';
import { figuresCaseFacts, figuresDurations, figuresRollups, figuresState } from './figures.tables';

/** The measures a rollup row sums, in table order. */
export const MEASURES = [
  'cases',
  'completed',
  'onTime',
  'refused',
  'corrected',
  'deferred',
  'visitsZero',
  'visitsAtMostOne',
  'materials',
  'materialsShared',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Record<Measure, number>;

const STATE_ID = 'rollups';
/** Events folded per pass; a pass with more left runs again at once. */
const BATCH = 2_000;
/**
 * Event ids are drawn before commit, so a transaction can commit an id below one already folded.
 * Each pass with new events also re-reads this many before the watermark: folding a case again
 * changes nothing (its fact is compared with the one stored).
 */
const OVERLAP = 200;

/**
 * Each fact is summed three ways, one for each question the dashboards ask of an area: per item or
 * bundle (channel `*`), per channel (target `*`), and in all (both `*`). No query then sums over
 * items and channels at request time; the histogram likewise per item or bundle and in all.
 */
export const ALL = '*';
const variantsOf = (fact: CaseFact): [string, string][] => [
  [fact.target, ALL],
  [ALL, fact.channel],
  [ALL, ALL],
];

function measuresOf(fact: CaseFact): Measures {
  // Visits count for completed cases: a case still running may need another trip.
  return {
    cases: 1,
    completed: fact.completed ? 1 : 0,
    onTime: fact.onTime ? 1 : 0,
    refused: fact.refused ? 1 : 0,
    corrected: fact.corrected ? 1 : 0,
    deferred: fact.deferred ? 1 : 0,
    visitsZero: fact.completed && fact.visits === 0 ? 1 : 0,
    visitsAtMostOne: fact.completed && fact.visits <= 1 ? 1 : 0,
    materials: fact.materials,
    materialsShared: fact.materialsShared,
  };
}

type Delta = {
  rollups: Map<string, { key: RollupKey; m: Measures }>;
  durations: Map<string, DurationKey & { cases: number }>;
};
type RollupKey = {
  grain: 'day' | 'month';
  periodStart: string;
  area: string;
  parent: string;
  target: string;
  channel: string;
};
type DurationKey = { grain: 'day' | 'month'; periodStart: string; area: string; target: string; workdays: number };

function addFact(delta: Delta, fact: CaseFact, sign: 1 | -1): void {
  const m = measuresOf(fact);
  for (const [grain, periodStart] of [
    ['day', fact.day],
    ['month', monthOf(fact.day)],
  ] as const) {
    for (const { area, parent } of areasOf(fact.regionCode, fact.hallId)) {
      for (const [target, channel] of variantsOf(fact)) {
        const key = { grain, periodStart, area, parent, target, channel };
        const id = `${grain}|${periodStart}|${area}|${target}|${channel}`;
        const entry = delta.rollups.get(id) ?? { key, m: Object.fromEntries(MEASURES.map((k) => [k, 0])) as Measures };
        for (const k of MEASURES) entry.m[k] += sign * m[k];
        delta.rollups.set(id, entry);
      }
      if (fact.completed && fact.workdays !== null) {
        for (const target of [fact.target, ALL]) {
          const did = `${grain}|${periodStart}|${area}|${target}|${fact.workdays}`;
          const d = delta.durations.get(did) ?? { grain, periodStart, area, target, workdays: fact.workdays, cases: 0 };
          d.cases += sign;
          delta.durations.set(did, d);
        }
      }
    }
  }
}

const sameFact = (a: CaseFact, b: CaseFact) =>
  (Object.keys(a) as (keyof CaseFact)[]).every((k) => k === 'synthetic' || a[k] === b[k]);

function factFromRow(row: typeof figuresCaseFacts.$inferSelect): CaseFact {
  return {
    caseId: row.caseId,
    synthetic: false,
    day: row.day,
    regionCode: row.regionCode,
    hallId: row.hallId,
    target: row.target,
    channel: row.channel as CaseFact['channel'],
    completed: row.completed,
    refused: row.refused,
    onTime: row.onTime,
    workdays: row.workdays,
    visits: row.visits,
    materials: row.materials,
    materialsShared: row.materialsShared,
    corrected: row.corrected,
    deferred: row.deferred,
  };
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

async function applyDelta(tx: DbOrTx, delta: Delta): Promise<void> {
  const rollups = [...delta.rollups.values()].filter((e) => MEASURES.some((k) => e.m[k] !== 0));
  for (let i = 0; i < rollups.length; i += 500) {
    const chunk = rollups.slice(i, i + 500);
    await tx
      .insert(figuresRollups)
      .values(chunk.map((e) => ({ ...e.key, ...e.m })))
      .onConflictDoUpdate({
        target: [
          figuresRollups.grain,
          figuresRollups.area,
          figuresRollups.periodStart,
          figuresRollups.target,
          figuresRollups.channel,
        ],
        set: Object.fromEntries(
          MEASURES.map((k) => [k, sql`${figuresRollups[k]} + ${excluded(figuresRollups[k].name)}`]),
        ),
      });
  }
  const durations = [...delta.durations.values()].filter((d) => d.cases !== 0);
  for (let i = 0; i < durations.length; i += 500) {
    await tx
      .insert(figuresDurations)
      .values(durations.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [
          figuresDurations.grain,
          figuresDurations.area,
          figuresDurations.periodStart,
          figuresDurations.target,
          figuresDurations.workdays,
        ],
        set: { cases: sql`${figuresDurations.cases} + excluded.cases` },
      });
  }
  const periods = [...new Set([...rollups.map((e) => e.key.periodStart), ...durations.map((d) => d.periodStart)])];
  if (periods.length > 0) {
    // A retracted case can leave a row of zeros behind: rows exist only where cases are.
    await tx
      .delete(figuresRollups)
      .where(and(eq(figuresRollups.cases, 0), inArray(figuresRollups.periodStart, periods)));
    await tx
      .delete(figuresDurations)
      .where(and(eq(figuresDurations.cases, 0), inArray(figuresDurations.periodStart, periods)));
  }
}

/** The grouped insert that sums a set of facts (an SQL query of `CaseFact` columns) into the rollups. */
function sumFactsInto(facts: SQL): { rollups: SQL; durations: SQL } {
  const expand = sql`from (${facts}) f
    cross join lateral (values ('day', f.day), ('month', date_trunc('month', f.day)::date)) g(grain, period_start)
    cross join lateral (
      select left(f.region_code, n) as area,
        case n when 2 then '' when 4 then left(f.region_code, 2) when 6 then left(f.region_code, 4)
          when 9 then left(f.region_code, 6) else left(f.region_code, 9) end as parent
      from unnest(array[2, 4, 6, 9, 12]) n where n <= length(f.region_code)
      union all select 'hall:' || f.hall_id, f.region_code where f.hall_id is not null
    ) a`;
  const variants = sql`cross join lateral (values (f.target, '*'), ('*', f.channel), ('*', '*')) v(target, channel)`;
  const histograms = sql`cross join lateral (values (f.target), ('*')) v(target)`;
  return {
    rollups: sql`insert into ${figuresRollups} (grain, period_start, area, parent, target, channel, cases, completed,
        on_time, refused, corrected, deferred, visits_zero, visits_at_most_one, materials, materials_shared)
      select g.grain, g.period_start, a.area, a.parent, v.target, v.channel, count(*)::int,
        count(*) filter (where f.completed)::int, count(*) filter (where f.on_time)::int,
        count(*) filter (where f.refused)::int, count(*) filter (where f.corrected)::int,
        count(*) filter (where f.deferred)::int, count(*) filter (where f.completed and f.visits = 0)::int,
        count(*) filter (where f.completed and f.visits <= 1)::int, coalesce(sum(f.materials), 0)::int,
        coalesce(sum(f.materials_shared), 0)::int
      ${expand} ${variants}
      group by g.grain, g.period_start, a.area, a.parent, v.target, v.channel`,
    durations: sql`insert into ${figuresDurations} (grain, period_start, area, target, workdays, cases)
      select g.grain, g.period_start, a.area, v.target, f.workdays, count(*)::int
      ${expand} ${histograms}
      where f.completed and f.workdays is not null
      group by g.grain, g.period_start, a.area, v.target, f.workdays`,
  };
}

/**
 * Keeps the rollups: `fold` follows the case timeline from a watermark (every case transition
 * writes an event), retracting each changed case's previous fact and adding its new one; `rebuild`
 * sums a range of days afresh from the cases' read port (the bulk history generator's rows reach
 * the figures this way). The state row is the lock: one process folds or rebuilds at a time.
 */
export function createRollups(deps: {
  db: Db;
  clock: Clock;
  source: CaseRollupSource;
  halls: () => Promise<HallRegions>;
}) {
  const { db, clock, source } = deps;

  async function ensureState(): Promise<void> {
    await db.insert(figuresState).values({ id: STATE_ID, lastEventId: 0 }).onConflictDoNothing();
  }

  async function rebuildIn(tx: DbOrTx, halls: HallRegions, range: { from: string; to: string } | null) {
    const watermark = await source.lastEventId(tx);
    let where: SQL;
    if (range === null) {
      await tx.delete(figuresRollups);
      await tx.delete(figuresDurations);
      await tx.delete(figuresCaseFacts);
      where = sql`true`;
    } else {
      // Whole months, so that the monthly rows are summed from every day of them.
      const from = monthOf(range.from);
      const to = monthOf(range.to);
      const end = sql`(${to}::date + interval '1 month' - interval '1 day')::date`;
      await tx
        .delete(figuresRollups)
        .where(and(gte(figuresRollups.periodStart, from), lte(figuresRollups.periodStart, end)));
      await tx
        .delete(figuresDurations)
        .where(and(gte(figuresDurations.periodStart, from), lte(figuresDurations.periodStart, end)));
      await tx.delete(figuresCaseFacts).where(and(gte(figuresCaseFacts.day, from), lte(figuresCaseFacts.day, end)));
      where = sql`c.received_on >= ${from}::date and c.received_on < ${to}::date + interval '1 month'`;
    }
    const facts = source.caseFactsQuery({ halls, where });
    const sums = sumFactsInto(facts);
    await tx.execute(sums.rollups);
    await tx.execute(sums.durations);
    await tx.execute(sql`insert into ${figuresCaseFacts} (case_id, day, region_code, hall_id, target, channel, completed,
        refused, on_time, workdays, visits, materials, materials_shared, corrected, deferred)
      select case_id, day, region_code, hall_id, target, channel, completed, refused, on_time, workdays, visits,
        materials, materials_shared, corrected, deferred
      from (${facts}) f where not f.synthetic`);
    const state = { rebuiltAt: clock.now(), foldedAt: clock.now() };
    await tx
      .update(figuresState)
      .set(range === null ? { ...state, lastEventId: watermark } : state)
      .where(eq(figuresState.id, STATE_ID));
  }

  return {
    /**
     * One pass of the follower: folds the cases changed since the watermark into the rollups.
     * Returns whether events are left (run again at once). Another process holding the state row
     * means it is folding: this one skips. The first pass ever rebuilds everything.
     */
    async fold(): Promise<{ cases: number; more: boolean; skipped: boolean }> {
      await ensureState();
      const halls = await deps.halls();
      return db.transaction(async (tx) => {
        const [state] = await tx
          .select()
          .from(figuresState)
          .where(eq(figuresState.id, STATE_ID))
          .for('update', { skipLocked: true });
        if (!state) return { cases: 0, more: false, skipped: true };
        if (!state.rebuiltAt) {
          await rebuildIn(tx, halls, null);
          return { cases: 0, more: false, skipped: false };
        }
        const fresh = await source.changedSince(state.lastEventId, BATCH, tx);
        if (fresh.lastEventId === null) {
          await tx.update(figuresState).set({ foldedAt: clock.now() }).where(eq(figuresState.id, STATE_ID));
          return { cases: 0, more: false, skipped: false };
        }
        const overlap = await source.changedSince(Math.max(0, state.lastEventId - OVERLAP), OVERLAP, tx);
        const ids = [...new Set([...overlap.caseIds, ...fresh.caseIds])];
        const [now, before] = await Promise.all([
          source.factsOf(ids, halls, tx),
          tx.select().from(figuresCaseFacts).where(inArray(figuresCaseFacts.caseId, ids)),
        ]);
        const nowById = new Map(now.map((f) => [f.caseId, f]));
        const beforeById = new Map(before.map((r) => [r.caseId, factFromRow(r)]));
        const delta: Delta = { rollups: new Map(), durations: new Map() };
        const changed: string[] = [];
        for (const id of ids) {
          const a = beforeById.get(id);
          const b = nowById.get(id);
          if (a && b && sameFact(a, b)) continue;
          if (a) addFact(delta, a, -1);
          if (b) addFact(delta, b, 1);
          changed.push(id);
        }
        await applyDelta(tx, delta);
        if (changed.length > 0) {
          await tx.delete(figuresCaseFacts).where(inArray(figuresCaseFacts.caseId, changed));
          const rows = changed.flatMap((id) => {
            const f = nowById.get(id);
            if (!f) return [];
            const { synthetic: _synthetic, ...row } = f;
            return [row];
          });
          if (rows.length > 0) await tx.insert(figuresCaseFacts).values(rows);
        }
        await tx
          .update(figuresState)
          .set({ lastEventId: fresh.lastEventId, foldedAt: clock.now() })
          .where(eq(figuresState.id, STATE_ID));
        return { cases: changed.length, more: fresh.lastEventId < (await source.lastEventId(tx)), skipped: false };
      });
    },

    /** Sums the days of `range` (whole months) afresh, or everything when `range` is null. */
    async rebuild(range: { from: string; to: string } | null): Promise<void> {
      await ensureState();
      const halls = await deps.halls();
      await db.transaction(async (tx) => {
        // Waits for a fold in progress: a rebuild is not skipped.
        await tx.select().from(figuresState).where(eq(figuresState.id, STATE_ID)).for('update');
        await rebuildIn(tx, halls, range);
      });
    },

    /** How far behind the rollups are: events not yet folded and when the last pass ran. */
    async lag(): Promise<{ eventsBehind: number; foldedAt: Date | null; rebuiltAt: Date | null }> {
      const [state] = await db.select().from(figuresState).where(eq(figuresState.id, STATE_ID));
      const last = await source.lastEventId();
      return {
        eventsBehind: Math.max(0, last - (state?.lastEventId ?? 0)),
        foldedAt: state?.foldedAt ?? null,
        rebuiltAt: state?.rebuiltAt ?? null,
      };
    },

    /** The rows as stored (for tests comparing them with a recount). */
    async allRows(tx: DbOrTx = db) {
      return {
        rollups: await queryRows<Record<string, unknown>>(tx, sql`select * from ${figuresRollups}`),
        durations: await queryRows<Record<string, unknown>>(tx, sql`select * from ${figuresDurations}`),
      };
    },
  };
}

export type Rollups = ReturnType<typeof createRollups>;
