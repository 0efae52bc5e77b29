import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 好差评 ratings. A rating is tied to its case (or hotline ticket) and is never edited: an upheld
 * appeal sets `excluded` with the reason on the appeal, so the rating stays and only leaves the
 * figures. One rating per service and rater (一事一评): the unique index below.
 */
export const ratings = pgTable(
  'ratings',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id'),
    ticketId: text('ticket_id'),
    channel: text('channel', { enum: ['online', 'sms', 'hall', 'hotline'] }).notNull(),
    level: integer('level').notNull(),
    reasons: text('reasons').array().notNull(),
    comment: text('comment').notNull(),
    regionCode: text('region_code').notNull(),
    departmentId: text('department_id'),
    departmentName: text('department_name'),
    servicePointId: text('service_point_id'),
    servicePointName: text('service_point_name'),
    window: text('window'),
    /** Who rated: the account (a real name) or, for a hotline revisit, the caller's phone. */
    raterKey: text('rater_key').notNull(),
    raterAccountId: text('rater_account_id'),
    raterPhone: text('rater_phone'),
    realName: boolean('real_name').notNull(),
    excluded: boolean('excluded').notNull().default(false),
    /** The 12345 ticket opened when the rater asked for follow-up (channel "rating"). */
    followUpTicketId: text('follow_up_ticket_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('ratings_case_rater_idx')
      .on(t.caseId, t.raterKey)
      .where(sql`case_id is not null`),
    uniqueIndex('ratings_ticket_rater_idx')
      .on(t.ticketId, t.raterKey)
      .where(sql`ticket_id is not null`),
    index('ratings_region_month_idx').on(t.regionCode, t.createdOn),
    // The bad-rating list (`listRatings`): a region's page walks the key order; its count reads
    // the region's entries alone (`like` a prefix is a range only under text_pattern_ops: at 300,000
    // bad ratings a district's count took 440 ms through the key order's index, 5 ms here).
    index('ratings_bad_idx')
      .on(t.createdAt, t.id)
      .where(sql`level >= 4`),
    index('ratings_bad_region_idx')
      .on(t.regionCode.op('text_pattern_ops'), t.createdAt, t.id)
      .where(sql`level >= 4`),
    index('ratings_bad_department_idx')
      .on(t.departmentId, t.createdAt, t.id)
      .where(sql`level >= 4`),
  ],
);

/** 差评整改: call-back, fix with evidence, verification by the rating desk, the rater's confirmation. */
export const ratingRectifications = pgTable(
  'rating_rectifications',
  {
    id: text('id').primaryKey(),
    ratingId: text('rating_id').notNull().unique(),
    regionCode: text('region_code').notNull(),
    departmentId: text('department_id'),
    status: text('status').notNull(),
    callbackNote: text('callback_note'),
    evidence: text('evidence'),
    verificationNote: text('verification_note'),
    raterConfirmed: boolean('rater_confirmed'),
    /** Set when the desk verifies: whether the fix came within the rectification clock. */
    onTime: boolean('on_time'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('rating_rectifications_department_idx').on(t.departmentId, t.status),
    // The open list starts from the unfinished rectifications, few beside the confirmed ones.
    index('rating_rectifications_open_idx')
      .on(t.ratingId)
      .where(sql`status <> 'confirmed'`),
  ],
);

/** Appeals against malicious ratings: reviewed with reasons; the rating itself is never removed. */
export const ratingAppeals = pgTable(
  'rating_appeals',
  {
    id: text('id').primaryKey(),
    ratingId: text('rating_id').notNull(),
    departmentId: text('department_id').notNull(),
    status: text('status', { enum: ['pending', 'upheld', 'rejected'] }).notNull(),
    reason: text('reason').notNull(),
    filedBy: text('filed_by').notNull(),
    reviewReason: text('review_reason'),
    reviewedBy: text('reviewed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('rating_appeals_rating_idx').on(t.ratingId),
    index('rating_appeals_pending_idx')
      .on(t.ratingId)
      .where(sql`status = 'pending'`),
  ],
);
