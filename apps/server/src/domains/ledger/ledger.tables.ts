import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { BulletinContent, EvidenceFile } from '@yici/contracts';
import { bytea } from '../../platform/db/columns';

/**
 * 台账: the reform's tasks (measures, special actions, key points, deliverables from
 * `data/ledger/`, and rectifications opened by inspections), each with the sentence it comes from.
 */
export const ledgerTasks = pgTable(
  'ledger_tasks',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    kind: text('kind', {
      enum: ['measure', 'special_action', 'key_point', 'deliverable', 'rectification'],
    }).notNull(),
    title: text('title').notNull(),
    sourceSentence: text('source_sentence'),
    leaderRole: text('leader_role'),
    leadDepartmentName: text('lead_department_name'),
    leadDepartmentId: text('lead_department_id'),
    workingGroup: text('working_group'),
    responsibleDepartmentIds: text('responsible_department_ids').array().notNull(),
    regionCode: text('region_code').notNull(),
    inspectionId: text('inspection_id'),
    status: text('status', { enum: ['open', 'done'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('ledger_tasks_code_idx').on(t.code)],
);

/** A dated step of a task; its working-day clock (subject `milestone`) is watched like a case's. */
export const ledgerMilestones = pgTable(
  'ledger_milestones',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'reported', 'done'] }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('ledger_milestones_task_idx').on(t.taskId)],
);

/** A responsible department's progress report with its evidence; reviewed once by a supervisor. */
export const ledgerReports = pgTable(
  'ledger_reports',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id').notNull(),
    milestoneId: text('milestone_id').notNull(),
    departmentId: text('department_id').notNull(),
    departmentName: text('department_name').notNull(),
    summary: text('summary').notNull(),
    completesMilestone: boolean('completes_milestone').notNull(),
    evidence: jsonb('evidence').$type<EvidenceFile[]>().notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'sent_back'] }).notNull(),
    reviewReason: text('review_reason'),
    reportedBy: text('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  // The list's key (reported_at, id) after each of its filters, so every page is an index range scan
  // (read backwards for newest first): all reports, by status, a department's own, a task's.
  (t) => [
    index('ledger_reports_list_idx').on(t.reportedAt, t.id),
    index('ledger_reports_status_idx').on(t.status, t.reportedAt, t.id),
    index('ledger_reports_department_idx').on(t.departmentId, t.reportedAt, t.id),
    index('ledger_reports_task_idx').on(t.taskId, t.reportedAt, t.id),
  ],
);

/** Evidence files, stored once by content (SHA-256), with who uploaded them. */
export const ledgerEvidence = pgTable('ledger_evidence', {
  sha256: text('sha256').primaryKey(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: text('uploaded_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** 通报表扬 and 问责, each with its reason; never edited. */
export const ledgerRecords = pgTable(
  'ledger_records',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['commendation', 'accountability'] }).notNull(),
    subjectName: text('subject_name').notNull(),
    departmentId: text('department_id'),
    regionCode: text('region_code'),
    taskId: text('task_id'),
    reason: text('reason').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  // The list's key: records are read newest first, a page at a time.
  (t) => [index('ledger_records_list_idx').on(t.createdAt, t.id)],
);

/** 明察暗访: what an inspection found, and the rectification task it opened. */
export const ledgerInspections = pgTable(
  'ledger_inspections',
  {
    id: text('id').primaryKey(),
    method: text('method', { enum: ['announced', 'unannounced'] }).notNull(),
    regionCode: text('region_code').notNull(),
    regionName: text('region_name').notNull(),
    departmentId: text('department_id'),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    findings: text('findings').notNull(),
    rectificationTaskId: text('rectification_task_id'),
    recordedBy: text('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  // The list's key: inspections are read newest first, a page at a time.
  (t) => [index('ledger_inspections_list_idx').on(t.createdAt, t.id)],
);

/**
 * 通报. A draft is edited by supervisors; publication numbers it, renders its sealed PDF and
 * freezes it: a published bulletin is never updated (a correction is a new bulletin naming it).
 */
export const bulletins = pgTable(
  'bulletins',
  {
    id: text('id').primaryKey(),
    number: text('number'),
    year: integer('year').notNull(),
    serial: integer('serial'),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['draft', 'published', 'archived'] }).notNull(),
    introduction: text('introduction').notNull(),
    content: jsonb('content').$type<BulletinContent>().notNull(),
    correctsId: text('corrects_id'),
    pdf: bytea('pdf'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('bulletins_number_idx').on(t.number),
    index('bulletins_status_idx').on(t.status, t.publishedAt),
    // The staff list's key (every bulletin, newest first) and the public list's (the published and
    // archived ones, newest publication first), each a page at a time.
    index('bulletins_list_idx').on(t.createdAt, t.id),
    index('bulletins_published_list_idx')
      .on(t.publishedAt, t.id)
      .where(sql`status in ('published', 'archived')`),
  ],
);
