import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * 12345 tickets (工单). `region_code` is the caller's region (the dispatch catalogue's key), kept on
 * every row so the table can be distributed by region like cases. The caller's contact details
 * stay on the row; what a department sees of them is decided when a ticket is shown.
 */
export const hotlineTickets = pgTable(
  'hotline_tickets',
  {
    id: text('id').primaryKey(),
    ticketNumber: text('ticket_number').notNull().unique(),
    regionCode: text('region_code').notNull(),
    channel: text('channel', { enum: ['phone', 'web', 'app', 'rating'] }).notNull(),
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    status: text('status').notNull(),
    text: text('text').notNull(),
    callerName: text('caller_name').notNull(),
    callerPhone: text('caller_phone').notNull(),
    /** The caller's account and ID number when the phone belongs to one: their data-use log. */
    callerAccountId: text('caller_account_id'),
    callerIdNumber: text('caller_id_number'),
    anonymous: boolean('anonymous').notNull(),
    contactConsent: boolean('contact_consent').notNull(),
    caseId: text('case_id'),
    itemCode: text('item_code'),
    servicePointId: text('service_point_id'),
    linkedDepartmentId: text('linked_department_id'),
    departmentId: text('department_id'),
    departmentName: text('department_name'),
    /** The handling department's region: staff not bound to a department see the tickets of their region's departments. */
    departmentRegionCode: text('department_region_code'),
    dispatchOverrideReason: text('dispatch_override_reason'),
    /** Each dispatch (the first, a re-dispatch after a return, a reopening) is a round with its own clocks. */
    round: integer('round').notNull().default(0),
    dispatchedOn: date('dispatched_on', { mode: 'string' }),
    reply: text('reply'),
    returnReasons: text('return_reasons')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    returnFinal: boolean('return_final').notNull().default(false),
    extension: jsonb('extension').$type<{
      days: number;
      reason: string;
      status: 'requested' | 'approved' | 'rejected';
    } | null>(),
    revisit: jsonb('revisit').$type<{ solved: boolean; satisfied: boolean; note: string } | null>(),
    articleId: text('article_id'),
    reopenCount: integer('reopen_count').notNull().default(0),
    returnCount: integer('return_count').notNull().default(0),
    /** Whether each step met its clock: the figures read these, not the clocks. */
    signedLate: boolean('signed_late'),
    repliedLate: boolean('replied_late'),
    mergedInto: text('merged_into'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('hotline_tickets_region_idx').on(t.regionCode, t.createdOn),
    index('hotline_tickets_department_idx').on(t.departmentId, t.status),
    index('hotline_tickets_caller_idx').on(t.callerPhone),
    index('hotline_tickets_case_idx').on(t.caseId),
    index('hotline_tickets_merged_idx').on(t.mergedInto),
  ],
);

/** What happened to a ticket, in order. */
export const hotlineTicketEvents = pgTable(
  'hotline_ticket_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ticketId: text('ticket_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    actorLabel: text('actor_label').notNull(),
    note: text('note'),
  },
  (t) => [index('hotline_ticket_events_ticket_idx').on(t.ticketId, t.id)],
);

/** The dispatch catalogue (派单目录): which department takes a category of ticket in a region. Data, not code. */
export const hotlineDispatchRules = pgTable(
  'hotline_dispatch_rules',
  {
    regionCode: text('region_code').notNull(),
    category: text('category').notNull(),
    departmentId: text('department_id').notNull(),
    departmentName: text('department_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.category] })],
);

/** Every change of the dispatch catalogue: who moved which region and category from whom to whom, and why. */
export const hotlineDispatchRuleChanges = pgTable(
  'hotline_dispatch_rule_changes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    regionCode: text('region_code').notNull(),
    category: text('category').notNull(),
    fromDepartmentId: text('from_department_id'),
    fromDepartmentName: text('from_department_name'),
    toDepartmentId: text('to_department_id'),
    toDepartmentName: text('to_department_name'),
    reason: text('reason').notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('hotline_dispatch_rule_changes_region_idx').on(t.regionCode, t.id)],
);

/**
 * Knowledge-base articles, every version kept; the current one of each id is searched. The search
 * terms are the catalog's bigrams (catalog.search.ts), so one index serves a query per keystroke.
 */
export const hotlineArticles = pgTable(
  'hotline_articles',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    current: boolean('current').notNull(),
    source: text('source', { enum: ['catalog', 'curated'] }).notNull(),
    basicCode: text('basic_code'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    owner: text('owner').notNull(),
    reviewOn: date('review_on', { mode: 'string' }).notNull(),
    searchTitle: text('search_title').notNull(),
    searchBody: text('search_body').notNull(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_body), 'B')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    index('hotline_articles_search_idx')
      .using('gin', t.searchVector)
      .where(sql`current`),
  ],
);
