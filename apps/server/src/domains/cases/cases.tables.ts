import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  boolean,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns';
import type { CaseMaterial, CombinedField } from '@yici/contracts';

/** One item of a case as it was filed: the catalog version and implementation it was filed under. */
export type CaseItemSnapshot = {
  stepKey: string | null;
  basicCode: string;
  version: number;
  implementationCode: string;
  name: string;
  departmentId: string;
  departmentName: string;
  jointDepartments: { id: string; name: string }[];
  dependsOn: string[];
  promisedLimitDays: number;
  resultCertificateType: string | null;
  /**
   * Where the implementation that decided the department sits (cases filed before this was kept
   * lack it): a county's own, or the city's when the county does not implement the item.
   */
  handledAt?: { regionCode: string; regionName: string; bodyName: string };
};

export type DeliveryRecord = {
  method: 'electronic' | 'pickup' | 'mail';
  status: 'not_ready' | 'ready' | 'delivered';
  address: string | null;
  recipient: string | null;
  phone: string | null;
  trackingNumber: string | null;
  deliveredAt: string | null;
};

/** The condition of every secondary index on a table with synthetic rows (the generator's bulk history). */
const real = sql`not synthetic`;

/**
 * Cases (办件). Every case-scoped row carries `region_code` (the deciding region) so that the
 * tables can be distributed by region later; there are no foreign keys across cases.
 * Materials live on the case row as JSON: they are read and written with the case, always whole.
 */
export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    caseNumber: text('case_number'),
    regionCode: text('region_code').notNull(),
    regionName: text('region_name').notNull(),
    implementationCode: text('implementation_code').notNull(),
    bundleId: text('bundle_id'),
    title: text('title').notNull(),
    status: text('status').notNull(),
    channel: text('channel', { enum: ['online', 'window', 'agent'] }).notNull(),
    applicantKind: text('applicant_kind', { enum: ['person', 'legal_person'] }).notNull(),
    applicantId: text('applicant_id').notNull(),
    applicantName: text('applicant_name').notNull(),
    filedByAccountId: text('filed_by_account_id').notNull(),
    filedByKind: text('filed_by_kind', { enum: ['person', 'staff'] }).notNull(),
    filedByName: text('filed_by_name').notNull(),
    mandateId: text('mandate_id'),
    servicePointId: text('service_point_id'),
    servicePointName: text('service_point_name'),
    form: jsonb('form').$type<Record<string, string>>().notNull(),
    fields: jsonb('fields').$type<CombinedField[]>().notNull(),
    items: jsonb('items').$type<CaseItemSnapshot[]>().notNull(),
    materials: jsonb('materials').$type<CaseMaterial[]>().notNull(),
    delivery: jsonb('delivery').$type<DeliveryRecord>().notNull(),
    visits: integer('visits').notNull().default(0),
    outcome: text('outcome', { enum: ['granted', 'partly_granted', 'denied'] }),
    promisedLimitDays: integer('promised_limit_days').notNull(),
    correctionRound: integer('correction_round').notNull().default(0),
    /** The earliest supply date of a deferred material still outstanding (容缺). */
    deferredUntil: date('deferred_until', { mode: 'string' }),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedOn: date('received_on', { mode: 'string' }),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
    /**
     * Written by the bulk history generator (`yici history generate`): statistics only. Never in
     * anyone's lists, search or detail; the secondary indexes leave these rows out, so a bulk load
     * maintains only the primary key.
     */
    synthetic: boolean('synthetic').notNull().default(false),
    /**
     * What staff search finds a case by besides its numbers: the bigrams of the applicant's name
     * and the title (the catalog's method, `catalog.search.ts`), indexed as a 'simple' tsvector.
     */
    searchTerms: text('search_terms'),
  },
  (t) => [
    uniqueIndex('cases_number_idx').on(t.caseNumber).where(real),
    // Staff lists (cases.lists.ts): one index per default list, in the list's key order. A wide
    // scope's list (the province's) reads this one in key order: it carries what such a list
    // filters and a word search tests (status, region, the search terms), so the page and a
    // search's walk through the newest cases read the index alone, not a 5 kB row each.
    index('cases_list_idx')
      .on(t.createdAt, t.id, t.status, t.regionCode, t.searchTerms)
      .where(sql`not synthetic and status <> 'draft'`),
    index('cases_action_idx')
      .on(t.createdAt, t.id)
      .where(sql`not synthetic and status in ('submitted', 'correction_requested')`),
    // A scope's cases (a district among a province's): the region as a prefix range, then the key.
    // Counts over a region and period, and a search's walk through a scope's newest cases, read
    // this index alone: it carries what they test (status, the search columns), so a narrow scope
    // reads its own entries, not the period's rows of every region (see ARCHITECTURE, staff lists).
    index('cases_region_list_idx')
      .on(t.regionCode.op('text_pattern_ops'), t.createdAt, t.id, t.status, t.searchTerms, t.caseNumber, t.applicantId)
      .where(sql`not synthetic and status <> 'draft'`),
    // A clerk's action list (待受理, 补正中) within a district: its own few entries, where
    // cases_region_list_idx would read the district's whole history to drop all but them (status
    // trails there). The statuses are CASE_ACTION_STATUSES, spelled as the list's filter spells them.
    index('cases_region_action_idx')
      .on(t.regionCode.op('text_pattern_ops'), t.createdAt, t.id)
      .where(sql`not synthetic and status in ('submitted', 'correction_requested')`),
    // A number search's prefix, then what its sorted page and its count need (the key, the scope,
    // the status): the matches of a prefix common to tens of thousands of cases are sorted from
    // the index alone, not fetched row by row from the heap (cases.lists.repository.ts).
    index('cases_number_prefix_idx')
      .on(t.caseNumber.op('text_pattern_ops'), t.createdAt, t.id, t.regionCode, t.status)
      .where(real),
    index('cases_applicant_prefix_idx')
      .on(t.applicantId.op('text_pattern_ops'), t.createdAt, t.id, t.regionCode, t.status)
      .where(real),
    index('cases_search_idx')
      .using('gin', sql`to_tsvector('simple'::regconfig, ${t.searchTerms})`)
      .where(sql`not synthetic and search_terms is not null`),
    uniqueIndex('cases_idempotency_idx').on(t.filedByAccountId, t.idempotencyKey).where(real),
    index('cases_applicant_idx').on(t.applicantId, t.createdAt).where(real),
    index('cases_filed_by_idx').on(t.filedByAccountId, t.createdAt).where(real),
    index('cases_region_status_idx').on(t.regionCode, t.status).where(real),
    index('cases_deferred_idx')
      .on(t.deferredUntil)
      .where(sql`deferred_until is not null and not synthetic`),
  ],
);

/** One department task per item of the case (and per joint step); started when its dependencies are granted. */
export const caseTasks = pgTable(
  'case_tasks',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    regionCode: text('region_code').notNull(),
    stepKey: text('step_key'),
    basicCode: text('basic_code').notNull(),
    itemVersion: integer('item_version').notNull(),
    implementationCode: text('implementation_code').notNull(),
    name: text('name').notNull(),
    departmentId: text('department_id').notNull(),
    departmentName: text('department_name').notNull(),
    jointDepartments: jsonb('joint_departments').$type<{ id: string; name: string }[]>().notNull(),
    dependsOn: jsonb('depends_on').$type<string[]>().notNull(),
    status: text('status').notNull(),
    limitDays: integer('limit_days').notNull(),
    claimedByAccountId: text('claimed_by_account_id'),
    claimedByName: text('claimed_by_name'),
    opinions: jsonb('opinions')
      .$type<{ departmentId: string; departmentName: string; by: string; opinion: string; at: string }[]>()
      .notNull(),
    decision: text('decision', { enum: ['grant', 'deny'] }),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByName: text('decided_by_name'),
    specialProcedure: text('special_procedure'),
    /** What the task produced: certificate identifiers and values later steps use (e.g. the new USCC). */
    result: jsonb('result').$type<{ certificates: string[]; values: Record<string, string> }>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    openedOn: date('opened_on', { mode: 'string' }),
    version: integer('version').notNull().default(0),
    /** A task of a synthetic case (see `cases.synthetic`). */
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    index('case_tasks_case_idx').on(t.caseId).where(real),
    index('case_tasks_inbox_idx').on(t.regionCode, t.departmentId, t.status).where(real),
    // The task inbox's default list (active tasks, oldest first), in its key order.
    index('case_tasks_active_idx')
      .on(t.createdAt, t.id)
      .where(sql`not synthetic and status in ('open', 'claimed', 'correction', 'special_procedure')`),
    // Tasks by status (decided ones paged deep), in key order: the scope is checked in the index.
    index('case_tasks_status_idx').on(t.status, t.createdAt, t.id, t.regionCode.op('text_pattern_ops')).where(real),
    // A scope's tasks by status, counted from the index alone.
    index('case_tasks_region_idx').on(t.regionCode.op('text_pattern_ops'), t.status, t.createdAt, t.id).where(real),
    // A department's inbox (cases.lists.repository.ts): the tasks it leads, in key order …
    index('case_tasks_department_idx')
      .on(t.departmentId, t.createdAt, t.id)
      .where(sql`not synthetic and status in ('open', 'claimed', 'correction', 'special_procedure')`),
    // … and the few active tasks with joint departments, read apart and merged.
    index('case_tasks_joint_idx')
      .on(t.createdAt, t.id)
      .where(
        sql`not synthetic and status in ('open', 'claimed', 'correction', 'special_procedure') and joint_departments <> '[]'::jsonb`,
      ),
  ],
);

/** The case timeline: what happened, who did it, when. Append-only by use. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: text('case_id').notNull(),
    regionCode: text('region_code').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    taskId: text('task_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

/** Written notices: the one-time notice (一次性告知书), the refusal (不予受理决定书), acceptance ones. */
export const caseNotices = pgTable(
  'case_notices',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    regionCode: text('region_code').notNull(),
    kind: text('kind', { enum: ['correction', 'refusal', 'deferred_acceptance', 'acceptance'] }).notNull(),
    round: integer('round').notNull(),
    title: text('title').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    pdf: bytea('pdf'),
  },
  (t) => [index('case_notices_case_idx').on(t.caseId)],
);

/** Uploaded material files, stored once by content (SHA-256). */
export const uploads = pgTable('uploads', {
  sha256: text('sha256').primaryKey(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Who uploaded a file: a case may only reference files its filer uploaded. */
export const uploadOwners = pgTable(
  'upload_owners',
  {
    sha256: text('sha256').notNull(),
    accountId: text('account_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.accountId] })],
);

/**
 * Daily serials of case numbers, handed out in blocks: a process takes the next block of
 * `block` serials in a short transaction of its own and numbers from memory, so no submission
 * waits on this row (numbers stay unique; a restart leaves a gap, as a sequence would).
 */
export const caseSerials = pgTable(
  'case_serials',
  {
    implementationCode: text('implementation_code').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    nextSerial: integer('next_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.implementationCode, t.day] })],
);
