import { asc, inArray } from 'drizzle-orm';
import type { MonitoringCard, SupervisionOrder } from '@yici/contracts';
import type { DbOrTx } from '../../platform/db/database';
import type { DeadlineService } from '../deadlines/deadlines.service';
import { monitoringCardEvents, monitoringCards, monitoringOrderEvents, monitoringOrders } from './monitoring.tables';

export type CardRow = typeof monitoringCards.$inferSelect;
export type OrderRow = typeof monitoringOrders.$inferSelect;

/** Cards with their history, read in one query for the whole page. */
export async function cardViews(
  db: DbOrTx,
  rows: CardRow[],
  orderIds: Map<number, string> = new Map(),
): Promise<MonitoringCard[]> {
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(monitoringCardEvents)
    .where(
      inArray(
        monitoringCardEvents.cardId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(monitoringCardEvents.id));
  const byCard = groupBy(events, (e) => e.cardId);
  return rows.map((row) => ({
    id: String(row.id),
    kind: row.kind as MonitoringCard['kind'],
    level: row.level,
    status: row.status,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectLabel: row.subjectLabel,
    regionCode: row.regionCode,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    itemCode: row.itemCode,
    itemName: row.itemName,
    dueOn: row.dueOn,
    raisedOn: row.raisedOn,
    clearedOn: row.clearedOn,
    clearReason: row.clearReason as MonitoringCard['clearReason'],
    orderId: orderIds.get(row.id) ?? null,
    history: (byCard.get(row.id) ?? []).map((e) => ({
      kind: e.kind,
      level: e.level,
      reason: e.reason as MonitoringCard['clearReason'] & string,
      on: e.on,
      at: e.at.toISOString(),
    })),
  }));
}

/** Orders with their history and the due day of their present step (from the order's clock). */
export async function orderViews(
  db: DbOrTx,
  deadlines: Pick<DeadlineService, 'viewsOf'>,
  rows: OrderRow[],
): Promise<SupervisionOrder[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [events, clocks] = await Promise.all([
    db
      .select()
      .from(monitoringOrderEvents)
      .where(inArray(monitoringOrderEvents.orderId, ids))
      .orderBy(asc(monitoringOrderEvents.id)),
    deadlines.viewsOf(
      db,
      rows.map((r) => `order:${r.id}:${r.clockSeq}`),
    ),
  ]);
  const byOrder = groupBy(events, (e) => e.orderId);
  return rows.map((row) => ({
    id: row.id,
    cardId: String(row.cardId),
    status: row.status,
    level: row.level,
    regionCode: row.regionCode,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    kind: row.kind as SupervisionOrder['kind'],
    subjectLabel: row.subjectLabel,
    itemName: row.itemName,
    raisedOn: row.raisedOn,
    dueOn: row.status === 'explained' ? null : (clocks.get(`order:${row.id}:${row.clockSeq}`)?.dueOn ?? null),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy,
    explanation: row.explanation,
    promisedOn: row.promisedOn,
    explainedAt: row.explainedAt?.toISOString() ?? null,
    explainedBy: row.explainedBy,
    version: row.version,
    history: (byOrder.get(row.id) ?? []).map((e) => ({
      kind: e.kind,
      level: e.level,
      note: e.note,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
  }));
}

/** The orders raised by these cards, by card id. */
export async function orderIdsOfCards(db: DbOrTx, cardIds: number[]): Promise<Map<number, string>> {
  if (cardIds.length === 0) return new Map();
  const rows = await db
    .select({ id: monitoringOrders.id, cardId: monitoringOrders.cardId })
    .from(monitoringOrders)
    .where(inArray(monitoringOrders.cardId, cardIds));
  return new Map(rows.map((r) => [r.cardId, r.id]));
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
