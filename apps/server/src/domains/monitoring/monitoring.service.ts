import { and, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type {
  CardCounts,
  CardCountsQuerySchema,
  CardListQuerySchema,
  CardPage,
  MonitoringInbox,
  OrderExplain,
  OrderListQuerySchema,
  OrderPage,
  SupervisionOrder,
} from '@yici/contracts';
import { requireAccess, requireStaff } from '../../platform/access/access';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { RequestContext } from '../../platform/actor';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import { queryRows, type Db, type DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type ListCursors } from '../../platform/db/keyset';
import type { DeadlineService } from '../deadlines/deadlines.service';
import { monitoringErrors } from './monitoring.errors';
import type { MonitoringPassRunner } from './monitoring.pass';
import { stepDays } from './monitoring.rules';
import { monitoringCards, monitoringLadder, monitoringOrderEvents, monitoringOrders } from './monitoring.tables';
import { cardViews, orderIdsOfCards, orderViews, type OrderRow } from './monitoring.views';

const INBOX_SIZE = 50;
/** Newest first; the card's id (and an order's card id) is the whole key. */
const CARD_ORDER = keysetOrder('desc', [{ column: monitoringCards.id, type: 'integer' }]);
const ORDER_ORDER = keysetOrder('desc', [{ column: monitoringOrders.cardId, type: 'integer' }]);
const COUNT_ROWS = 200;

/** A region and everything below it: codes of lower levels extend their parent's code. */
const inRegion = (column: SQL | AnyPgColumn, prefix: string) => sql`left(${column}, ${prefix.length}) = ${prefix}`;

/**
 * 电子监察 for people: a department's own cards and 督办 orders (its head acknowledges and
 * explains them), and supervisors' counts by city, county, department and item with the list
 * behind each count. The cards themselves are written only by the pass (`monitoring.pass.ts`).
 */
export function createMonitoringService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditPort;
  deadlines: Pick<DeadlineService, 'viewsOf' | 'stopIn' | 'startIn'>;
  /** Asked before each transaction: the clocks' changes read it inside (see createDeadlineService). */
  calendar: Pick<CalendarService, 'calendar'>;
  network: { regionNames(codes: string[]): Promise<Map<string, string>> };
  pass: MonitoringPassRunner;
  cursors: ListCursors;
}) {
  const { db, clock } = deps;

  /** The staff's own scope: their department's records, or (unbound staff) their region's. */
  function ownScope(context: RequestContext, permission: 'monitoring:inbox' | 'monitoring:answer') {
    const actor = requireStaff(context, permission);
    return { actor, departmentId: actor.departmentId, regionCode: actor.regionCode };
  }

  async function requireRegion(code: string): Promise<void> {
    const names = await deps.network.regionNames([code]);
    if (!names.has(code)) throw monitoringErrors.regionUnknown(code);
  }

  /** Loads an order under its row lock, as the department answering it sees it; others' are "not found". */
  async function lockOwnOrder(tx: DbOrTx, context: RequestContext, id: string, version: number): Promise<OrderRow> {
    const scope = ownScope(context, 'monitoring:answer');
    const [row] = await tx.select().from(monitoringOrders).where(eq(monitoringOrders.id, id)).for('update');
    const own =
      row &&
      row.regionCode.startsWith(scope.regionCode) &&
      (scope.departmentId === null || row.departmentId === scope.departmentId);
    if (!own) throw monitoringErrors.orderNotFound(id);
    if (row.version !== version && row.status !== 'explained') throw monitoringErrors.orderChanged();
    return row;
  }

  async function rungOf(tx: DbOrTx, rank: number) {
    const [rung] = await tx.select().from(monitoringLadder).where(eq(monitoringLadder.rank, rank));
    if (!rung) throw new Error(`no ladder rung ${rank}`);
    return rung;
  }

  async function orderView(id: string): Promise<SupervisionOrder> {
    const rows = await db.select().from(monitoringOrders).where(eq(monitoringOrders.id, id));
    return (await orderViews(db, deps.deadlines, rows))[0]!;
  }

  return {
    /** One pass now (administrators and supervisors; the job runs it every minute anyway). */
    async runPass(context: RequestContext) {
      requireAccess(context, 'monitoring:run');
      const { more: _more, fullShards: _fullShards, ...result } = await deps.pass.run();
      return result;
    },

    /** The open cards and unanswered orders of the staff member's department (or region, unbound). */
    async inbox(context: RequestContext): Promise<MonitoringInbox> {
      const scope = ownScope(context, 'monitoring:inbox');
      const cardWhere = and(
        eq(monitoringCards.status, 'open'),
        inRegion(monitoringCards.regionCode, scope.regionCode),
        scope.departmentId ? eq(monitoringCards.departmentId, scope.departmentId) : undefined,
      );
      const orderWhere = and(
        ne(monitoringOrders.status, 'explained'),
        inRegion(monitoringOrders.regionCode, scope.regionCode),
        scope.departmentId ? eq(monitoringOrders.departmentId, scope.departmentId) : undefined,
      );
      const [cards, orders] = await Promise.all([
        db.select().from(monitoringCards).where(cardWhere).orderBy(desc(monitoringCards.id)).limit(INBOX_SIZE),
        db.select().from(monitoringOrders).where(orderWhere).orderBy(desc(monitoringOrders.id)).limit(INBOX_SIZE),
      ]);
      const orderIds = await orderIdsOfCards(
        db,
        cards.map((c) => c.id),
      );
      return {
        cards: await cardViews(db, cards, orderIds),
        orders: await orderViews(db, deps.deadlines, orders),
      };
    },

    /** 签收: within the present step's working day; the explanation's clock starts. */
    async acknowledge(context: RequestContext, id: string, input: { version: number }): Promise<SupervisionOrder> {
      ownScope(context, 'monitoring:answer');
      const today = clock.today();
      await deps.calendar.calendar();
      await db.transaction(async (tx) => {
        const row = await lockOwnOrder(tx, context, id, input.version);
        if (row.status !== 'open') throw monitoringErrors.alreadyAcknowledged();
        const rung = await rungOf(tx, row.rank);
        await deps.deadlines.stopIn(tx, `order:${row.id}:${row.clockSeq}`, { on: today });
        await deps.deadlines.startIn(tx, {
          subjectType: 'order',
          subjectId: `${row.id}:${row.clockSeq + 1}`,
          regionCode: row.regionCode,
          limitDays: stepDays(rung, 'acknowledged'),
          baseOn: today,
        });
        const name = context.actor.kind === 'staff' ? context.actor.name : '';
        await tx
          .update(monitoringOrders)
          .set({
            status: 'acknowledged',
            acknowledgedAt: clock.now(),
            acknowledgedBy: name,
            clockSeq: row.clockSeq + 1,
            version: row.version + 1,
            updatedAt: clock.now(),
          })
          .where(eq(monitoringOrders.id, row.id));
        await tx.insert(monitoringOrderEvents).values({
          orderId: row.id,
          kind: 'acknowledged',
          level: row.level,
          note: null,
          actorName: name,
          at: clock.now(),
        });
        await deps.audit.record(tx, context, {
          action: 'monitoring.order.acknowledge',
          subjectType: 'supervision_order',
          subjectId: row.id,
          details: { level: row.level },
        });
      });
      return orderView(id);
    },

    /** 书面说明 with a promised date, once, after the acknowledgement; the order's clock stops. */
    async explain(context: RequestContext, id: string, input: OrderExplain): Promise<SupervisionOrder> {
      ownScope(context, 'monitoring:answer');
      const today = clock.today();
      await deps.calendar.calendar();
      await db.transaction(async (tx) => {
        const row = await lockOwnOrder(tx, context, id, input.version);
        if (row.status === 'explained') throw monitoringErrors.alreadyExplained();
        if (row.status !== 'acknowledged') throw monitoringErrors.notAcknowledged();
        if (input.promisedOn < today) throw monitoringErrors.promisedInPast();
        await deps.deadlines.stopIn(tx, `order:${row.id}:${row.clockSeq}`, { on: today });
        const name = context.actor.kind === 'staff' ? context.actor.name : '';
        await tx
          .update(monitoringOrders)
          .set({
            status: 'explained',
            explanation: input.explanation,
            promisedOn: input.promisedOn,
            explainedAt: clock.now(),
            explainedBy: name,
            version: row.version + 1,
            updatedAt: clock.now(),
          })
          .where(eq(monitoringOrders.id, row.id));
        await tx.insert(monitoringOrderEvents).values({
          orderId: row.id,
          kind: 'explained',
          level: row.level,
          note: `承诺 ${input.promisedOn} 前办结`,
          actorName: name,
          at: clock.now(),
        });
        await deps.audit.record(tx, context, {
          action: 'monitoring.order.explain',
          subjectType: 'supervision_order',
          subjectId: row.id,
          details: { promisedOn: input.promisedOn },
        });
      });
      return orderView(id);
    },

    /** Cards counted by city, county, department or item, within the supervisor's region. */
    async counts(context: RequestContext, query: z.output<typeof CardCountsQuerySchema>): Promise<CardCounts> {
      const actor = requireStaff(context, 'monitoring:supervise');
      const regionCode = query.regionCode ?? actor.regionCode;
      await requireRegion(regionCode);
      requireAccess(context, 'monitoring:supervise', { kind: 'region', regionCode });
      const key = {
        city: sql`left(k.region_code, 4)`,
        county: sql`left(k.region_code, 6)`,
        department: sql`coalesce(k.department_id, '')`,
        item: sql`coalesce(k.item_code, '')`,
      }[query.by];
      const name = query.by === 'department' ? sql`max(k.department_name)` : sql`max(k.item_name)`;
      const rows = await queryRows<{ key: string; name: string | null; yellow: string; red: string; orders: string }>(
        db,
        sql`select ${key} as key, ${name} as name,
            count(*) filter (where k.level = 'yellow') as yellow, count(*) filter (where k.level = 'red') as red,
            count(o.id) as orders
          from ${monitoringCards} k left join ${monitoringOrders} o on o.card_id = k.id
          where k.status = ${query.status} and ${inRegion(sql`k.region_code`, regionCode)}
          group by 1 order by 4 desc, 3 desc, 1 limit ${COUNT_ROWS}`,
      );
      const regionNames =
        query.by === 'city' || query.by === 'county' ? await deps.network.regionNames(rows.map((r) => r.key)) : null;
      return {
        by: query.by,
        regionCode,
        status: query.status,
        rows: rows.map((r) => ({
          key: r.key,
          name: (regionNames ? regionNames.get(r.key) : r.name) ?? (r.key === '' ? '未明确' : r.key),
          yellow: Number(r.yellow),
          red: Number(r.red),
          orders: Number(r.orders),
        })),
      };
    },

    /**
     * The cards behind a count, newest first, a page at a time along signed cursors. Cards name
     * cases, tickets, items and departments, never applicants or callers: no person's data is shown
     * here, so reading the list is no data use.
     */
    async listCards(context: RequestContext, query: z.output<typeof CardListQuerySchema>): Promise<CardPage> {
      const actor = requireStaff(context, 'monitoring:supervise');
      const regionCode = query.regionCode ?? actor.regionCode;
      const request = deps.cursors.open({
        list: 'monitoring_cards',
        filters: {
          regionCode,
          departmentId: query.departmentId,
          itemCode: query.itemCode,
          level: query.level,
          status: query.status,
        },
        query,
        order: CARD_ORDER,
      });
      await requireRegion(regionCode);
      requireAccess(context, 'monitoring:supervise', { kind: 'region', regionCode });
      const where = and(
        eq(monitoringCards.status, query.status),
        inRegion(monitoringCards.regionCode, regionCode),
        query.departmentId !== undefined
          ? query.departmentId === ''
            ? sql`${monitoringCards.departmentId} is null`
            : eq(monitoringCards.departmentId, query.departmentId)
          : undefined,
        query.itemCode !== undefined ? eq(monitoringCards.itemCode, query.itemCode) : undefined,
        query.level ? eq(monitoringCards.level, query.level) : undefined,
      );
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(monitoringCards)
          .where(and(where, keysetWhere(CARD_ORDER, request.position)))
          .orderBy(...keysetOrderBy(CARD_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(monitoringCards)
            .where(where),
        ),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.id]);
      const orderIds = await orderIdsOfCards(
        db,
        page.rows.map((c) => c.id),
      );
      return {
        items: await cardViews(db, page.rows, orderIds),
        next: page.next,
        prev: page.prev,
        count,
        limit: request.limit,
      };
    },

    /** 督办 orders within the supervisor's region (e.g. those escalated to the city), newest first. */
    async listOrders(context: RequestContext, query: z.output<typeof OrderListQuerySchema>): Promise<OrderPage> {
      const actor = requireStaff(context, 'monitoring:supervise');
      const regionCode = query.regionCode ?? actor.regionCode;
      const request = deps.cursors.open({
        list: 'monitoring_orders',
        filters: { regionCode, status: query.status, level: query.level },
        query,
        order: ORDER_ORDER,
      });
      await requireRegion(regionCode);
      requireAccess(context, 'monitoring:supervise', { kind: 'region', regionCode });
      const where = and(
        inRegion(monitoringOrders.regionCode, regionCode),
        query.status ? eq(monitoringOrders.status, query.status) : undefined,
        query.level ? eq(monitoringOrders.level, query.level) : undefined,
      );
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(monitoringOrders)
          .where(and(where, keysetWhere(ORDER_ORDER, request.position)))
          .orderBy(...keysetOrderBy(ORDER_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(monitoringOrders)
            .where(where),
        ),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.cardId]);
      return {
        items: await orderViews(db, deps.deadlines, page.rows),
        next: page.next,
        prev: page.prev,
        count,
        limit: request.limit,
      };
    },
  };
}

export type MonitoringService = ReturnType<typeof createMonitoringService>;
