import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { ratingRectifications, ratings } from './ratings.tables';

/** The ratings of a 12345 ticket (its revisits), oldest first, read for other domains' tests. */
export const ratingsOfTicket = (db: Db, ticketId: string) =>
  db
    .select({
      id: ratings.id,
      channel: ratings.channel,
      level: ratings.level,
      realName: ratings.realName,
      departmentId: ratings.departmentId,
    })
    .from(ratings)
    .where(eq(ratings.ticketId, ticketId))
    .orderBy(asc(ratings.createdAt));

/** The rectification a bad rating opened (none or one). */
export const rectificationsOfRating = (db: Db, ratingId: string) =>
  db
    .select({
      id: ratingRectifications.id,
      departmentId: ratingRectifications.departmentId,
      status: ratingRectifications.status,
    })
    .from(ratingRectifications)
    .where(eq(ratingRectifications.ratingId, ratingId));
