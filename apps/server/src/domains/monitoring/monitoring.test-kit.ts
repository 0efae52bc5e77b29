import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { monitoringCardEvents, monitoringCards, monitoringOrders } from './monitoring.tables';

/**
 * What e-monitoring recorded, read for other domains' tests (a ticket's or rating's clocks carded):
 * those tests may not import this domain's tables, and the service answers by staff scope only.
 */
export const cardsOfClock = (db: Db, clockId: string) =>
  db
    .select({
      id: monitoringCards.id,
      kind: monitoringCards.kind,
      subjectType: monitoringCards.subjectType,
      subjectLabel: monitoringCards.subjectLabel,
      level: monitoringCards.level,
      status: monitoringCards.status,
      departmentId: monitoringCards.departmentId,
      dueOn: monitoringCards.dueOn,
    })
    .from(monitoringCards)
    .where(eq(monitoringCards.clockId, clockId))
    .orderBy(asc(monitoringCards.id));

/** A card's history as `kind:level:day` lines, oldest first. */
export async function cardHistory(db: Db, cardId: number): Promise<string[]> {
  const events = await db
    .select({ kind: monitoringCardEvents.kind, level: monitoringCardEvents.level, on: monitoringCardEvents.on })
    .from(monitoringCardEvents)
    .where(eq(monitoringCardEvents.cardId, cardId))
    .orderBy(asc(monitoringCardEvents.id));
  return events.map((e) => `${e.kind}:${e.level}:${e.on}`);
}

/** The 督办 order a red card raised (none or one). */
export const ordersOfCard = (db: Db, cardId: number) =>
  db
    .select({ departmentId: monitoringOrders.departmentId, kind: monitoringOrders.kind })
    .from(monitoringOrders)
    .where(eq(monitoringOrders.cardId, cardId));
