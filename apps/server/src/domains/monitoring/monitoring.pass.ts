import { sql, type SQL } from 'drizzle-orm';
import type { MonitoringPass } from '@yici/contracts';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import { queryRows, type Db, type DbOrTx } from '../../platform/db/database';
import type { DeadlineService } from '../deadlines/deadlines.service';
import { clockFactsOf, runningClocksDueBy, startClocksIn } from '../deadlines/deadlines.monitoring';
import { cardThresholds, nextRung, stepDays, type LadderRung, type MonitoringRule } from './monitoring.rules';
import {
  monitoringCardEvents,
  monitoringCards,
  monitoringLadder,
  monitoringOrderEvents,
  monitoringOrders,
  monitoringRules,
} from './monitoring.tables';

/**
 * The ports through which the pass learns who answers for a clock: each gives, for a lateral
 * join, `department_id, department_name, item_code, item_name, subject_label` of its own subjects.
 */
export type ResponsibilityPorts = {
  responsibilityOf: ((subjectType: SQL, subjectId: SQL) => SQL)[];
  /** The kind of a ticket clock from its subject id (`ticket_sign`, `ticket_reply`, …). */
  ticketClockKindOf: (subjectId: SQL) => SQL;
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
/** Rows raised in one pass past which the cards' statistics are refreshed before the next statements. */
const BULK_CHANGE = 10_000;

const shardOf = (regionCode: SQL) => sql`(hashtext(${regionCode}) & ${SHARDS - 1})`;

export function createMonitoringPass(deps: {
  db: Db;
  clock: Clock;
  calendar: Pick<CalendarService, 'calendar'>;
  deadlines: Pick<DeadlineService, 'stopIn' | 'startIn'>;
  ports: ResponsibilityPorts;
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

  /**
   * One pass over every running clock of the shards this process can take: raise, escalate, ease
   * and clear cards, raise 督办 orders for new red cards and move unanswered orders up the ladder.
   * All of it commits together; `more` says escalations were left for the next run.
   */
  async function run(): Promise<MonitoringPass & { more: boolean }> {
    const cal = await deps.calendar.calendar();
    const { rules, ladder } = await readRules();
    const today = clock.today();
    const at = clock.now().toISOString();
    const thresholds = cardThresholds(cal, today, rules);
    const empty = { shards: 0, raised: 0, escalated: 0, eased: 0, cleared: 0, ordersRaised: 0, ordersEscalated: 0 };
    if (thresholds.length === 0 || ladder.length === 0) return { ...empty, more: false };
    const dueBy = thresholds.map((t) => t.yellowUntil).reduce((a, b) => (a > b ? a : b));
    const first = ladder[0]!;

    return db.transaction(async (tx) => {
      const held = (
        await queryRows<{ s: number }>(
          tx,
          sql`select s from generate_series(0, ${SHARDS - 1}) as s
            where pg_try_advisory_xact_lock(${LOCK_NAMESPACE}, s)`,
        )
      ).map((r) => Number(r.s));
      if (held.length === 0) return { ...empty, more: false };
      const inShards = (regionCode: SQL) =>
        sql`${shardOf(regionCode)} in (${sql.join(
          held.map((s) => sql`${s}`),
          sql`, `,
        )})`;
      const values = sql.join(
        thresholds.map((t) => sql`(${t.kind}, ${t.yellowUntil}::date)`),
        sql`, `,
      );

      // The clocks that deserve a card today, by the rules of their kind.
      await tx.execute(sql`create temp table monitoring_due on commit drop as
        select c.id as clock_id, k.kind, c.subject_type, c.subject_id, c.region_code, c.due_on, c.extended_days,
          case when c.due_on < ${today}::date then 'red' else 'yellow' end as level
        from (${runningClocksDueBy(dueBy)}) as c
        cross join lateral (select case when c.subject_type = 'ticket'
          then ${deps.ports.ticketClockKindOf(sql`c.subject_id`)} else c.subject_type end as kind) as k
        join (values ${values}) as r(kind, yellow_until) on r.kind = k.kind
        where c.due_on <= r.yellow_until and ${inShards(sql`c.region_code`)}`);
      await tx.execute(sql`create index on monitoring_due (clock_id)`);
      await tx.execute(sql`analyze monitoring_due`);
      stepDone('due clocks');

      const changed = await count(
        tx,
        sql`with x as (
            select k0.id, k0.level as was_level, k0.extended_days as was_extended, d.level, d.due_on, d.extended_days
            from ${monitoringCards} k0 join monitoring_due d on d.clock_id = k0.clock_id
            where k0.status = 'open' and (k0.level <> d.level or k0.due_on <> d.due_on)),
          upd as (
            update ${monitoringCards} k set level = x.level, due_on = x.due_on, extended_days = x.extended_days,
              updated_at = ${at} from x where k.id = x.id
            returning k.id),
          ev as (
            insert into ${monitoringCardEvents} (card_id, kind, level, reason, "on", at)
            select x.id, case when x.level = 'red' then 'escalated' else 'eased' end, x.level,
              case when x.level = 'red' then 'overdue' when x.extended_days > x.was_extended then 'extended'
                else 'due_moved' end, ${today}, ${at}
            from x where x.level <> x.was_level
            returning kind)
        select (select count(*) from ev where kind = 'escalated') as escalated,
          (select count(*) from ev where kind = 'eased') as eased, (select count(*) from upd) as updated`,
      );

      stepDone('cards escalated or eased');
      const responsibility = sql.join(
        deps.ports.responsibilityOf.map((port) => port(sql`d.subject_type`, sql`d.subject_id`)),
        sql` union all `,
      );
      const raised = await count(
        tx,
        sql`with raised as (
            insert into ${monitoringCards} (clock_id, kind, subject_type, subject_id, subject_label, region_code,
              department_id, department_name, item_code, item_name, level, status, due_on, extended_days,
              raised_on, updated_at)
            select d.clock_id, d.kind, d.subject_type, d.subject_id, coalesce(r.subject_label, o.subject_label),
              d.region_code, coalesce(r.department_id, o.department_id), coalesce(r.department_name, o.department_name),
              r.item_code, coalesce(r.item_name, o.item_name), d.level, 'open', d.due_on, d.extended_days,
              ${today}, ${at}
            from monitoring_due d
            left join lateral (${responsibility} limit 1) as r on true
            left join ${monitoringOrders} o on d.subject_type = 'order' and o.id = split_part(d.subject_id, ':', 1)
            where not exists (select 1 from ${monitoringCards} k where k.clock_id = d.clock_id and k.status = 'open')
            returning id, level),
          ev as (
            insert into ${monitoringCardEvents} (card_id, kind, level, reason, "on", at)
            select id, 'raised', level, case when level = 'red' then 'overdue' else 'due_soon' end, ${today}, ${at}
            from raised returning 1)
        select count(*) as raised from raised`,
      );

      stepDone('cards raised');
      // After a large change the planner's picture of the cards is stale (a sample: cheap at any size).
      if ((raised.raised ?? 0) > BULK_CHANGE) await tx.execute(sql`analyze ${monitoringCards}`);

      // Open cards whose clock no longer deserves one; a paused clock keeps its card (time stands still).
      const cleared = await count(
        tx,
        sql`with gone as (
            select k.id, k.level, case when f.stopped is null then 'clock_gone' when f.stopped then 'stopped'
              when f.extended_days > k.extended_days then 'extended' else 'due_moved' end as reason
            from ${monitoringCards} k
            left join lateral (${clockFactsOf(sql`k.clock_id`)}) as f on true
            where k.status = 'open' and ${inShards(sql`k.region_code`)}
              and not exists (select 1 from monitoring_due d where d.clock_id = k.clock_id)
              and (f.stopped is null or f.stopped or not f.paused)),
          upd as (
            update ${monitoringCards} k set status = 'cleared', cleared_on = ${today}, clear_reason = gone.reason,
              updated_at = ${at} from gone where k.id = gone.id returning k.id),
          ev as (
            insert into ${monitoringCardEvents} (card_id, kind, level, reason, "on", at)
            select id, 'cleared', level, reason, ${today}, ${at} from gone returning 1)
        select count(*) as cleared from upd`,
      );

      stepDone('cards cleared');
      const orders = await count(
        tx,
        sql`with raised as (
            insert into ${monitoringOrders} (id, card_id, region_code, department_id, department_name, kind,
              subject_label, item_name, rank, level, status, clock_seq, raised_on, raised_txid, updated_at)
            select 'DB' || k.id, k.id, k.region_code, k.department_id, k.department_name, k.kind, k.subject_label,
              k.item_name, ${first.rank}, ${first.level}, 'open', 1, ${today}, txid_current(), ${at}
            from ${monitoringCards} k join ${monitoringRules} r on r.kind = k.kind and r.raises_order and r.enabled
            where k.status = 'open' and k.level = 'red' and ${inShards(sql`k.region_code`)}
              and not exists (select 1 from ${monitoringOrders} o where o.card_id = k.id)
            returning id, level),
          ev as (
            insert into ${monitoringOrderEvents} (order_id, kind, level, note, actor_name, at)
            select id, 'raised', level, null, ${SYSTEM_NAME}, ${at} from raised returning 1)
        select count(*) as raised from raised`,
      );
      if ((orders.raised ?? 0) > 0)
        await startClocksIn(tx, {
          cal,
          subjectType: 'order',
          subjects: sql`select id || ':1' as subject_id, region_code from ${monitoringOrders}
            where raised_txid = txid_current()`,
          limitDays: first.acknowledgeDays,
          baseOn: today,
          at: clock.now(),
        });

      stepDone('orders raised');
      const escalated = await escalateOrders(tx, { ladder, today, inShards });
      stepDone('orders escalated');
      return {
        shards: held.length,
        raised: raised.raised ?? 0,
        escalated: changed.escalated ?? 0,
        eased: changed.eased ?? 0,
        cleared: cleared.cleared ?? 0,
        ordersRaised: orders.raised ?? 0,
        ordersEscalated: escalated.count,
        more: escalated.more,
      };
    });
  }

  /**
   * An order whose present step went red (not acknowledged, or not explained, in time) climbs one
   * rung: its clock stops, a new one starts with the rung's days, and the order's history says so.
   */
  async function escalateOrders(
    tx: DbOrTx,
    input: { ladder: LadderRung[]; today: string; inShards: (regionCode: SQL) => SQL },
  ): Promise<{ count: number; more: boolean }> {
    const top = Math.max(...input.ladder.map((r) => r.rank));
    const due = await queryRows<{
      id: string;
      rank: number;
      status: 'open' | 'acknowledged';
      clock_seq: number;
      region_code: string;
    }>(
      tx,
      // From each unanswered order to the open card of its present clock: one index look-up each.
      sql`select o.id, o.rank, o.status, o.clock_seq, o.region_code
        from ${monitoringOrders} o
        join ${monitoringCards} k on k.clock_id = 'order:' || o.id || ':' || o.clock_seq and k.status = 'open'
        where k.level = 'red' and o.status <> 'explained' and o.rank < ${top}
          and ${input.inShards(sql`o.region_code`)}
        order by o.id limit ${ESCALATIONS_PER_PASS + 1}`,
    );
    const now = clock.now();
    for (const order of due.slice(0, ESCALATIONS_PER_PASS)) {
      const rung = nextRung(input.ladder, order.rank)!;
      await deps.deadlines.stopIn(tx, `order:${order.id}:${order.clock_seq}`, { on: input.today });
      await deps.deadlines.startIn(tx, {
        subjectType: 'order',
        subjectId: `${order.id}:${order.clock_seq + 1}`,
        regionCode: order.region_code,
        limitDays: stepDays(rung, order.status),
        baseOn: input.today,
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
    return { count: Math.min(due.length, ESCALATIONS_PER_PASS), more: due.length > ESCALATIONS_PER_PASS };
  }

  return { run, readRules };
}

export type MonitoringPassRunner = ReturnType<typeof createMonitoringPass>;
