import { sql, type SQL } from 'drizzle-orm';
import type { MonitoringPass } from '@yici/contracts';
import type { Calendar } from '../../platform/calendar/calendar';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import { queryRows, type DatabaseKind, type Db, type DbOrTx } from '../../platform/db/database';
import { messagesFromStatement } from '../../platform/outbox/outbox.service';
import type { DeadlineService } from '../deadlines/deadlines.service';
import {
  clockChangeHorizon,
  clockFactsOf,
  clockIdsChangedSince,
  runningClocksDueBy,
  startClocksStatement,
} from '../deadlines/deadlines.monitoring';
import {
  cardThresholds,
  nextRung,
  stepDays,
  type CardThreshold,
  type LadderRung,
  type MonitoringRule,
} from './monitoring.rules';
import {
  monitoringCardEvents,
  monitoringCards,
  monitoringLadder,
  monitoringOrderEvents,
  monitoringOrders,
  monitoringRules,
  monitoringShards,
} from './monitoring.tables';
import { orderEscalatedMessages, orderRaisedMessages, type EscalatedOrder } from './monitoring.notices';

/**
 * The ports through which the pass learns who answers for a clock: each gives, for a lateral
 * join, `department_id, department_name, item_code, item_name, subject_label` of its own subjects.
 */
export type ResponsibilityPorts = {
  responsibilityOf: ((subjectType: SQL, subjectId: SQL) => SQL)[];
  /** The kind of a ticket clock from its subject id (`ticket_sign`, `ticket_reply`, …). */
  ticketClockKindOf: (subjectId: SQL) => SQL;
  /** The active staff (`phone`, `roles`, `department_id`, `region_code`): who is told of an order. */
  staff: SQL;
};

/**
 * Clocks are split into this many shards by region; a pass takes every shard no other process
 * holds (an advisory lock for its transaction) and skips the rest, so several server processes
 * share the work and never card one clock twice.
 */
export const SHARDS = 16;
const LOCK_NAMESPACE = 0x6d6f6e; // 'mon'
/** Order escalations per pass: each moves clocks one by one; more wait for the next run. */
const ESCALATIONS_PER_PASS = 500;
const SYSTEM_NAME = '电子监察';
/** Rows raised in one shard past which the cards' statistics are refreshed before the next statements. */
const BULK_CHANGE = 1_000;

type Counts = Omit<MonitoringPass, 'shards'>;
const NO_COUNTS: Counts = { raised: 0, escalated: 0, eased: 0, cleared: 0, ordersRaised: 0, ordersEscalated: 0 };

/** What one pass knows before it opens a transaction: the day, the rules and the ladder. */
type PassPlan = {
  cal: Calendar;
  today: string;
  at: string;
  thresholds: CardThreshold[];
  dueBy: string;
  ladder: LadderRung[];
  /** The day and the rules: when a shard's last full look had another, every due clock is looked at again. */
  dayKey: string;
};

/**
 * Which clocks a statement looks at: every due clock of the shards (`full`, once a day and after
 * the rules change), or only those changed since the shards' horizon.
 */
type Scope = { shards: number[]; changedSince: number | null };

const shardOf = (regionCode: SQL) => sql`(hashtext(${regionCode}) & ${SHARDS - 1})`;
/** Every shard: no condition at all, so a full look over all of them is a plain index range. */
const inShards = (regionCode: SQL, shards: number[]) =>
  shards.length === SHARDS
    ? sql`true`
    : sql`${shardOf(regionCode)} in (${sql.join(
        shards.map((s) => sql`${s}`),
        sql`, `,
      )})`;

export function createMonitoringPass(deps: {
  db: Db;
  clock: Clock;
  calendar: Pick<CalendarService, 'calendar'>;
  deadlines: Pick<DeadlineService, 'stopIn' | 'startIn'>;
  ports: ResponsibilityPorts;
  /**
   * The database decides how the full look runs. On PostgreSQL: every stale shard in one
   * transaction (one scan of the due clocks), with sequential scans forbidden (the planner otherwise
   * rescans the growing card and order tables per due clock). On PGlite, whose single connection
   * serves nothing else while a transaction is open: one shard per transaction — a look over every
   * shard at once held the platform's requests for seconds (a clerk's decision waited past 30 s in
   * the browser tests) — with the planner's own plans, as its tables are small and its plans
   * without sequential scans took whole index walks per row.
   */
  databaseKind: DatabaseKind;
  /** Called as each step of a pass ends (a benchmark times the steps with it). */
  onStep?: (step: string) => void;
}) {
  const { db, clock } = deps;
  const stepDone = (step: string) => deps.onStep?.(step);

  async function readRules(): Promise<{ rules: MonitoringRule[]; ladder: LadderRung[] }> {
    const [rules, ladder] = await Promise.all([
      db.select().from(monitoringRules),
      db.select().from(monitoringLadder).orderBy(monitoringLadder.rank),
    ]);
    return { rules, ladder };
  }

  async function count(tx: DbOrTx, query: SQL): Promise<Record<string, number>> {
    const [row] = await queryRows<Record<string, string | number | null>>(tx, query);
    return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v ?? 0)]));
  }

  async function planPass(): Promise<PassPlan | null> {
    const cal = await deps.calendar.calendar();
    const { rules, ladder } = await readRules();
    const today = clock.today();
    const thresholds = cardThresholds(cal, today, rules);
    if (thresholds.length === 0 || ladder.length === 0) return null;
    const ordered = [...rules].sort((a, b) => a.kind.localeCompare(b.kind));
    return {
      cal,
      today,
      at: clock.now().toISOString(),
      thresholds,
      dueBy: thresholds.map((t) => t.yellowUntil).reduce((a, b) => (a > b ? a : b)),
      ladder,
      dayKey: JSON.stringify({
        today,
        rules: ordered.map((r) => [r.kind, r.enabled, r.raisesOrder]),
        yellowUntil: thresholds.map((t) => [t.kind, t.yellowUntil]),
      }),
    };
  }

  /**
   * One pass over the running clocks of the shards this process can take: raise, escalate, ease
   * and clear cards, raise 督办 orders for new red cards and move unanswered orders up the ladder.
   * The shards whose last full look was today under today's rules are passed together over the
   * clocks changed since (a handful, usually: one short transaction). The other shards this process
   * can take get their full look together, in a second transaction that takes their locks first and
   * then looks at the due clocks once for all of them: scanning the due clocks once per shard cost
   * sixteen scans of the same index range. `more` says escalations were left for the next run.
   */
  async function run(): Promise<MonitoringPass & { more: boolean; fullShards: number }> {
    const plan = await planPass();
    const totals = { shards: 0, ...NO_COUNTS, more: false, fullShards: 0 };
    if (!plan) return totals;
    const add = (counts: Counts & { more: boolean }, shards: number) => {
      totals.shards += shards;
      for (const key of Object.keys(NO_COUNTS) as (keyof Counts)[]) totals[key] += counts[key];
      totals.more ||= counts.more;
    };

    const stale = await db.transaction(async (tx) => {
      const shards = await lockShards(tx, plan);
      if (!shards) return [];
      if (shards.current.length > 0) {
        const scope = { shards: shards.current, changedSince: shards.horizon };
        add(await passShards(tx, plan, scope, ESCALATIONS_PER_PASS), shards.current.length);
        await saveShards(tx, plan, shards.current, shards.newHorizon);
      }
      return shards.stale;
    });
    const batch = deps.databaseKind === 'pglite' ? 1 : SHARDS;
    for (let i = 0; i < stale.length; i += batch) {
      const full = await fullLook(plan, stale.slice(i, i + batch), totals.ordersEscalated);
      if (full) {
        add(full.counts, full.shards);
        totals.fullShards += full.shards;
      }
    }
    return totals;
  }

  /** The full look of the given stale shards, in one transaction. */
  async function fullLook(plan: PassPlan, stale: number[], escalatedSoFar: number) {
    return db.transaction(async (tx) => {
      // Another process may have taken (and passed) some of them since the first transaction let
      // them go: only those still free and still stale are looked at, all in one go.
      const shards = await lockShards(tx, plan, stale);
      if (!shards || shards.stale.length === 0) return null;
      // The full look's statements fill the very tables they probe (a new clock has no open card,
      // a new red card no order). Seeing them empty (the first pass, or a table not analysed since
      // it grew) the planner prices a sequential scan of them at nothing and repeats it for each due
      // clock, while the statement itself keeps adding pages to scan: quadratic (230 s over 1 M
      // clocks). Index probes instead: the partial unique indexes answer each in constant time.
      if (deps.databaseKind === 'postgresql') await tx.execute(sql`set local enable_seqscan = off`);
      const escalations = Math.max(0, ESCALATIONS_PER_PASS - escalatedSoFar);
      const counts = await passShards(tx, plan, { shards: shards.stale, changedSince: null }, escalations);
      await saveShards(tx, plan, shards.stale, shards.newHorizon);
      return { counts, shards: shards.stale.length };
    });
  }

  /**
   * Takes the shards no other process holds and tells which were fully looked at under this
   * pass's day and rules (`current`, with the lowest horizon among them) and which were not (`stale`).
   */
  async function lockShards(tx: DbOrTx, plan: PassPlan, only?: number[]) {
    const wanted = only ?? Array.from({ length: SHARDS }, (_, s) => s);
    const rows = await queryRows<{ s: number; day_key: string | null; horizon: string | null; now: string }>(
      tx,
      sql`select s, m.day_key, m.clock_horizon as horizon, ${clockChangeHorizon} as now
        from unnest(${sql.raw(`array[${wanted.join(',')}]`)}::int[]) as s
        left join ${monitoringShards} m on m.shard = s
        where pg_try_advisory_xact_lock(${LOCK_NAMESPACE}, s)`,
    );
    if (rows.length === 0) return null;
    const current = rows.filter((r) => r.day_key === plan.dayKey && r.horizon !== null);
    return {
      current: current.map((r) => Number(r.s)),
      stale: rows.filter((r) => !current.includes(r)).map((r) => Number(r.s)),
      horizon: current.length > 0 ? Math.min(...current.map((r) => Number(r.horizon))) : 0,
      newHorizon: Number(rows[0]!.now),
    };
  }

  async function saveShards(tx: DbOrTx, plan: PassPlan, shards: number[], horizon: number): Promise<void> {
    await tx.execute(sql`insert into ${monitoringShards} (shard, day_key, clock_horizon, passed_at)
      select s, ${plan.dayKey}, ${horizon}, ${plan.at} from unnest(${sql.raw(`array[${shards.join(',')}]`)}::int[]) as s
      on conflict (shard) do update set day_key = excluded.day_key, clock_horizon = excluded.clock_horizon,
        passed_at = excluded.passed_at`);
  }

  async function passShards(tx: DbOrTx, plan: PassPlan, scope: Scope, escalations: number) {
    // Most minutes no clock changed: one index probe instead of planning the statements below.
    const changed = scope.changedSince === null || (await anyClockChangedSince(tx, scope.changedSince));
    const cards = changed ? await passCards(tx, plan, scope) : NO_COUNTS;
    stepDone('cards');
    const ordersRaised = changed ? await raiseOrders(tx, plan, scope) : 0;
    stepDone('orders raised');
    const escalated = await escalateOrders(tx, plan, scope.shards, escalations);
    stepDone('orders escalated');
    return { ...cards, ordersRaised, ordersEscalated: escalated.count, more: escalated.more };
  }

  async function anyClockChangedSince(tx: DbOrTx, horizon: number): Promise<boolean> {
    const rows = await queryRows<{ changed: boolean }>(
      tx,
      sql`select exists (${clockIdsChangedSince(horizon)}) as changed`,
    );
    return rows[0]?.changed === true;
  }

  /**
   * Cards in one statement: the clocks that deserve one today (by the rules of their kind) are
   * compared with the open cards; cards are raised (one open card per clock, which the partial
   * unique index guards), escalated yellow → red, eased red → yellow, or cleared, each change with
   * its history row. A paused clock keeps its card as it was: time stands still for it.
   */
  async function passCards(tx: DbOrTx, plan: PassPlan, scope: Scope) {
    const { today, at } = plan;
    const values = sql.join(
      plan.thresholds.map((t) => sql`(${t.kind}, ${t.yellowUntil}::date)`),
      sql`, `,
    );
    const responsibility = sql.join(
      deps.ports.responsibilityOf.map((port) => port(sql`d.subject_type`, sql`d.subject_id`)),
      sql` union all `,
    );
    // Cards looked at for clearing: all open ones of the shards, or those whose clock changed.
    const clearable =
      scope.changedSince !== null
        ? sql`k.clock_id in (${clockIdsChangedSince(scope.changedSince)})`
        : sql`${inShards(sql`k.region_code`, scope.shards)}`;
    const result = await count(
      tx,
      sql`with due as materialized (
          select c.id as clock_id, k.kind, c.subject_type, c.subject_id, c.region_code, c.due_on, c.extended_days,
            case when c.due_on < ${today}::date then 'red' else 'yellow' end as level
          from (${runningClocksDueBy(plan.dueBy, scope.changedSince ?? undefined)}) as c
          cross join lateral (select case when c.subject_type = 'ticket'
            then ${deps.ports.ticketClockKindOf(sql`c.subject_id`)} else c.subject_type end as kind) as k
          join (values ${values}) as r(kind, yellow_until) on r.kind = k.kind
          where c.due_on <= r.yellow_until and ${inShards(sql`c.region_code`, scope.shards)}),
        moved as (
          -- From each due clock to its open card (the partial unique index): linear whatever the estimates.
          select k0.id, k0.level as was_level, k0.extended_days as was_extended, d.level, d.due_on, d.extended_days
          from due d
          join lateral (select k.id, k.level, k.due_on, k.extended_days from ${monitoringCards} k
            where k.clock_id = d.clock_id and k.status = 'open') as k0 on true
          where k0.level <> d.level or k0.due_on <> d.due_on),
        updated as (
          update ${monitoringCards} k set level = moved.level, due_on = moved.due_on,
            extended_days = moved.extended_days, updated_at = ${at}
          from moved where k.id = moved.id returning k.id),
        raised as (
          insert into ${monitoringCards} (clock_id, kind, subject_type, subject_id, subject_label, region_code,
            department_id, department_name, item_code, item_name, level, status, due_on, extended_days,
            raised_on, updated_at)
          select d.clock_id, d.kind, d.subject_type, d.subject_id, coalesce(r.subject_label, o.subject_label),
            d.region_code, coalesce(r.department_id, o.department_id), coalesce(r.department_name, o.department_name),
            r.item_code, coalesce(r.item_name, o.item_name), d.level, 'open', d.due_on, d.extended_days,
            ${today}, ${at}
          from due d
          left join lateral (${responsibility} limit 1) as r on true
          left join ${monitoringOrders} o on d.subject_type = 'order' and o.id = split_part(d.subject_id, ':', 1)
          where not exists (select 1 from ${monitoringCards} k where k.clock_id = d.clock_id and k.status = 'open')
          on conflict (clock_id) where status = 'open' do nothing
          returning id, level),
        gone as (
          -- Judged from each card's own clock (one look-up each), not against the due set: linear too.
          select k.id, k.level, case when f.stopped is null then 'clock_gone' when f.stopped then 'stopped'
            when f.extended_days > k.extended_days then 'extended' else 'due_moved' end as reason
          from ${monitoringCards} k
          left join lateral (${clockFactsOf(sql`k.clock_id`)}) as f on true
          left join (values ${values}) as r(kind, yellow_until) on r.kind = k.kind
          where k.status = 'open' and ${clearable}
            and (f.stopped is null or f.stopped or r.kind is null or (not f.paused and f.due_on > r.yellow_until))),
        cleared as (
          update ${monitoringCards} k set status = 'cleared', cleared_on = ${today}, clear_reason = gone.reason,
            updated_at = ${at} from gone where k.id = gone.id returning k.id),
        events as (
          insert into ${monitoringCardEvents} (card_id, kind, level, reason, "on", at)
          select id, 'raised', level, case when level = 'red' then 'overdue' else 'due_soon' end, ${today}::date,
            ${at}::timestamptz from raised
          union all
          select id, case when level = 'red' then 'escalated' else 'eased' end, level,
            case when level = 'red' then 'overdue' when extended_days > was_extended then 'extended'
              else 'due_moved' end, ${today}::date, ${at}::timestamptz
          from moved where level <> was_level
          union all
          select id, 'cleared', level, reason, ${today}::date, ${at}::timestamptz from gone
          returning kind)
      select (select count(*) from raised) as raised,
        (select count(*) from events where kind = 'escalated') as escalated,
        (select count(*) from events where kind = 'eased') as eased,
        (select count(*) from cleared) as cleared, (select count(*) from updated) as updated`,
    );
    // After a large change the planner's picture of the cards is stale (a sample: cheap at any size).
    if ((result.raised ?? 0) > BULK_CHANGE) await tx.execute(sql`analyze ${monitoringCards}`);
    return {
      raised: result.raised ?? 0,
      escalated: result.escalated ?? 0,
      eased: result.eased ?? 0,
      cleared: result.cleared ?? 0,
    };
  }

  /**
   * A 督办 order (rung 1, the department's head) for each open red card of a kind that raises
   * them and has none yet, its history row, its clock (`order:<id>:1`) and the text messages to
   * the department's heads through the outbox, in one statement.
   */
  async function raiseOrders(tx: DbOrTx, plan: PassPlan, scope: Scope): Promise<number> {
    const first = plan.ladder[0]!;
    const cardScope =
      scope.changedSince === null
        ? inShards(sql`k.region_code`, scope.shards)
        : sql`k.clock_id in (${clockIdsChangedSince(scope.changedSince)}) and ${inShards(sql`k.region_code`, scope.shards)}`;
    const clocks = startClocksStatement({
      cal: plan.cal,
      subjectType: 'order',
      subjects: sql`select id || ':1' as subject_id, region_code from raised`,
      limitDays: first.acknowledgeDays,
      baseOn: plan.today,
      at: new Date(plan.at),
    });
    const result = await count(
      tx,
      sql`with raised as (
          insert into ${monitoringOrders} (id, card_id, region_code, department_id, department_name, kind,
            subject_label, item_name, rank, level, status, clock_seq, raised_on, raised_txid, updated_at)
          select 'DB' || k.id, k.id, k.region_code, k.department_id, k.department_name, k.kind, k.subject_label,
            k.item_name, ${first.rank}, ${first.level}, 'open', 1, ${plan.today}, txid_current(), ${plan.at}
          from ${monitoringCards} k join ${monitoringRules} r on r.kind = k.kind and r.raises_order and r.enabled
          where k.status = 'open' and k.level = 'red' and ${cardScope}
            and not exists (select 1 from ${monitoringOrders} o where o.card_id = k.id)
          on conflict (card_id) do nothing
          returning id, region_code, level, department_id, department_name, kind, subject_label, item_name),
        events as (
          insert into ${monitoringOrderEvents} (order_id, kind, level, note, actor_name, at)
          select id, 'raised', level, null, ${SYSTEM_NAME}, ${plan.at}::timestamptz from raised),
        clocks as (${clocks}),
        -- The staff are read only when an order was raised (a one-time filter): most passes raise none.
        staff as materialized (select * from (${deps.ports.staff}) as s where exists (select 1 from raised)),
        notices as (${messagesFromStatement(
          orderRaisedMessages(
            sql`raised`,
            sql`select * from staff`,
            plan.cal.addWorkdays(plan.today, first.acknowledgeDays),
          ),
          'sms',
          new Date(plan.at),
        )})
      select count(*) as raised from raised`,
    );
    return result.raised ?? 0;
  }

  /**
   * An order whose present step went red (not acknowledged, or not explained, in time) climbs one
   * rung: its clock stops, a new one starts with the rung's days, and the order's history says so.
   */
  async function escalateOrders(
    tx: DbOrTx,
    plan: PassPlan,
    shards: number[],
    limit: number,
  ): Promise<{ count: number; more: boolean }> {
    if (limit === 0) return { count: 0, more: true };
    const top = Math.max(...plan.ladder.map((r) => r.rank));
    const due = await queryRows<{
      id: string;
      rank: number;
      status: 'open' | 'acknowledged';
      clock_seq: number;
      region_code: string;
    }>(
      tx,
      // From the open red cards of orders' clocks (a partial index) to their orders, when the card is the present step's.
      sql`select o.id, o.rank, o.status, o.clock_seq, o.region_code
        from ${monitoringCards} k
        join ${monitoringOrders} o on o.id = split_part(k.subject_id, ':', 1)
          and o.clock_seq = split_part(k.subject_id, ':', 2)::int
        where k.status = 'open' and k.kind = 'order' and k.level = 'red'
          and o.status <> 'explained' and o.rank < ${top} and ${inShards(sql`k.region_code`, shards)}
        order by o.id limit ${limit + 1}`,
    );
    const now = clock.now();
    const escalated: EscalatedOrder[] = [];
    for (const order of due.slice(0, limit)) {
      const rung = nextRung(plan.ladder, order.rank)!;
      escalated.push({
        id: order.id,
        level: rung.level,
        status: order.status,
        dueOn: plan.cal.addWorkdays(plan.today, stepDays(rung, order.status)),
      });
      await deps.deadlines.stopIn(tx, `order:${order.id}:${order.clock_seq}`, { on: plan.today });
      await deps.deadlines.startIn(tx, {
        subjectType: 'order',
        subjectId: `${order.id}:${order.clock_seq + 1}`,
        regionCode: order.region_code,
        limitDays: stepDays(rung, order.status),
        baseOn: plan.today,
      });
      await tx.execute(sql`update ${monitoringOrders} set rank = ${rung.rank}, level = ${rung.level},
        clock_seq = clock_seq + 1, version = version + 1, updated_at = ${now.toISOString()} where id = ${order.id}`);
      await tx.insert(monitoringOrderEvents).values({
        orderId: order.id,
        kind: 'escalated',
        level: rung.level,
        note: order.status === 'open' ? '逾期未签收，升级督办' : '逾期未作书面说明，升级督办',
        actorName: SYSTEM_NAME,
        at: now,
      });
    }
    // The next level's office is told of all of them in one statement.
    if (escalated.length > 0)
      await tx.execute(
        messagesFromStatement(
          orderEscalatedMessages(escalated, sql`${monitoringOrders}`, deps.ports.staff),
          'sms',
          now,
        ),
      );
    return { count: Math.min(due.length, limit), more: due.length > limit };
  }

  return { run, readRules };
}

export type MonitoringPassRunner = ReturnType<typeof createMonitoringPass>;
