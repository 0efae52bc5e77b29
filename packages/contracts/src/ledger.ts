import { z } from 'zod';
import { ClockViewSchema } from './cases';
import { IsoDateSchema } from './common';
import { CursorQuerySchema, cursorPageOf } from './keyset';

/** 台账 (DOMAIN.md glossary): the reform's tasks, their milestones, progress reports and reviews. */
export const LedgerTaskKindSchema = z.enum(['measure', 'special_action', 'key_point', 'deliverable', 'rectification']);
export type LedgerTaskKind = z.infer<typeof LedgerTaskKindSchema>;

export const MilestoneStatusSchema = z.enum(['open', 'reported', 'done']);

export const MilestoneSchema = z
  .object({
    id: z.string(),
    taskId: z.string(),
    title: z.string(),
    dueOn: IsoDateSchema,
    status: MilestoneStatusSchema,
    clock: ClockViewSchema.nullable(),
  })
  .meta({ id: 'Milestone' });
export type Milestone = z.infer<typeof MilestoneSchema>;

export const LedgerTaskSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    kind: LedgerTaskKindSchema,
    title: z.string(),
    sourceSentence: z
      .string()
      .nullable()
      .meta({ description: 'the sentence of the reform document the task comes from' }),
    leaderRole: z.string().nullable(),
    leadDepartmentName: z.string().nullable(),
    leadDepartmentId: z.string().nullable(),
    workingGroup: z.string().nullable(),
    responsibleDepartmentIds: z.array(z.string()),
    inspectionId: z.string().nullable(),
    status: z.enum(['open', 'done']),
    milestones: z.array(MilestoneSchema),
  })
  .meta({ id: 'LedgerTask' });
export type LedgerTask = z.infer<typeof LedgerTaskSchema>;

export const LedgerTaskQuerySchema = z
  .object({
    kind: LedgerTaskKindSchema.optional(),
    overdue: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const EvidenceFileSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string(),
  size: z.number().int(),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

export const ProgressReportStatusSchema = z.enum(['pending', 'accepted', 'sent_back']);

export const ProgressReportSchema = z
  .object({
    id: z.string(),
    taskId: z.string(),
    taskCode: z.string(),
    taskTitle: z.string(),
    milestoneId: z.string(),
    milestoneTitle: z.string(),
    departmentId: z.string(),
    departmentName: z.string(),
    summary: z.string(),
    completesMilestone: z.boolean(),
    evidence: z.array(EvidenceFileSchema),
    status: ProgressReportStatusSchema,
    reviewReason: z.string().nullable(),
    reportedAt: z.string(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'ProgressReport' });
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

export const ProgressReportInputSchema = z
  .object({
    milestoneId: z.string().min(1).max(64),
    summary: z.string().trim().min(2).max(4000),
    completesMilestone: z.boolean().default(false),
    evidence: z
      .array(z.string().regex(/^[0-9a-f]{64}$/))
      .min(1)
      .max(10)
      .meta({ description: 'SHA-256 of files uploaded with POST /api/ledger/evidence' }),
  })
  .strict();
export type ProgressReportInput = z.input<typeof ProgressReportInputSchema>;

export const ReportReviewSchema = z
  .object({
    decision: z.enum(['accept', 'send_back']),
    reason: z.string().trim().max(1000).default(''),
  })
  .strict();

/** Progress reports newest first, a page at a time along signed cursors; a task's page shows its own. */
export const ReportQuerySchema = CursorQuerySchema.extend({
  status: ProgressReportStatusSchema.optional(),
  taskId: z.string().min(1).max(64).optional().meta({ description: 'only the reports on this task' }),
}).strict();
export type ReportQuery = z.input<typeof ReportQuerySchema>;

export const ProgressReportPageSchema = cursorPageOf(ProgressReportSchema).meta({ id: 'ProgressReportPage' });
export type ProgressReportPage = z.infer<typeof ProgressReportPageSchema>;

/** 通报表扬 (commendation) and 问责 (accountability), always with a reason. */
export const LedgerRecordSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['commendation', 'accountability']),
    subjectName: z.string(),
    departmentId: z.string().nullable(),
    regionCode: z.string().nullable(),
    taskId: z.string().nullable(),
    reason: z.string(),
    recordedOn: IsoDateSchema,
    recordedByName: z.string(),
  })
  .meta({ id: 'LedgerRecord' });
export type LedgerRecord = z.infer<typeof LedgerRecordSchema>;

/** Records newest first, a page at a time. */
export const LedgerRecordQuerySchema = CursorQuerySchema.strict();
export type LedgerRecordQuery = z.input<typeof LedgerRecordQuerySchema>;
export const LedgerRecordPageSchema = cursorPageOf(LedgerRecordSchema).meta({ id: 'LedgerRecordPage' });
export type LedgerRecordPage = z.infer<typeof LedgerRecordPageSchema>;

export const LedgerRecordInputSchema = z
  .object({
    kind: z.enum(['commendation', 'accountability']),
    departmentId: z.string().max(64).optional(),
    regionCode: z
      .string()
      .regex(/^\d{2,12}$/)
      .optional(),
    taskId: z.string().max(64).optional(),
    reason: z.string().trim().min(4).max(2000),
  })
  .strict();

/** 明察暗访: announced (明察) or unannounced (暗访) inspections. */
export const InspectionSchema = z
  .object({
    id: z.string(),
    method: z.enum(['announced', 'unannounced']),
    regionCode: z.string(),
    regionName: z.string(),
    departmentId: z.string().nullable(),
    visitedOn: IsoDateSchema,
    findings: z.string(),
    rectificationTaskId: z.string().nullable(),
    recordedByName: z.string(),
  })
  .meta({ id: 'Inspection' });
export type Inspection = z.infer<typeof InspectionSchema>;

/** Inspections newest first, a page at a time. */
export const InspectionQuerySchema = CursorQuerySchema.strict();
export type InspectionQuery = z.input<typeof InspectionQuerySchema>;
export const InspectionPageSchema = cursorPageOf(InspectionSchema).meta({ id: 'InspectionPage' });
export type InspectionPage = z.infer<typeof InspectionPageSchema>;

export const InspectionInputSchema = z
  .object({
    method: z.enum(['announced', 'unannounced']),
    regionCode: z.string().regex(/^\d{2,12}$/),
    departmentId: z.string().max(64).optional(),
    visitedOn: IsoDateSchema,
    findings: z.string().trim().min(4).max(4000),
    rectification: z
      .object({
        title: z.string().trim().min(2).max(200),
        departmentId: z.string().min(1).max(64),
        dueOn: IsoDateSchema,
      })
      .strict()
      .optional(),
  })
  .strict();

// ------------------------------------------------------------------ bulletins (通报)

export const BulletinFigureRowSchema = z.object({ key: z.string(), name: z.string(), count: z.number().int() });

export const Bulletin3545RowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  medianWorkdays: z.number(),
  cases: z.number().int(),
});

export const BulletinContentSchema = z
  .object({
    ledger: z.object({
      tasks: z.number().int(),
      tasksDone: z.number().int(),
      milestones: z.number().int(),
      milestonesDone: z.number().int(),
      milestonesOverdue: z.number().int(),
    }),
    overdueTasks: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        milestone: z.string(),
        dueOn: IsoDateSchema,
        leadDepartmentName: z.string().nullable(),
      }),
    ),
    redCardsByCity: z.array(BulletinFigureRowSchema),
    redCardsByDepartment: z.array(BulletinFigureRowSchema),
    figures3545: z.array(
      z.object({
        bundleId: z.string(),
        name: z.string(),
        promisedDays: z.number().int(),
        best: z.array(Bulletin3545RowSchema),
        worst: z.array(Bulletin3545RowSchema),
      }),
    ),
    commendations: z.array(z.object({ subjectName: z.string(), reason: z.string() })),
    accountabilities: z.array(z.object({ subjectName: z.string(), reason: z.string() })),
  })
  .meta({ id: 'BulletinContent' });
export type BulletinContent = z.infer<typeof BulletinContentSchema>;

export const BulletinStatusSchema = z.enum(['draft', 'published', 'archived']);

export const BulletinSchema = z
  .object({
    id: z.string(),
    number: z.string().nullable().meta({ description: 'given at publication, e.g. 鲁一次办好通〔2018〕3号' }),
    title: z.string(),
    periodFrom: IsoDateSchema,
    periodTo: IsoDateSchema,
    status: BulletinStatusSchema,
    introduction: z.string(),
    content: BulletinContentSchema,
    correctsId: z.string().nullable(),
    correctsNumber: z.string().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Bulletin' });
export type Bulletin = z.infer<typeof BulletinSchema>;

/** Every bulletin (drafts included) newest first, a page at a time. */
export const BulletinQuerySchema = CursorQuerySchema.strict();
export type BulletinQuery = z.input<typeof BulletinQuerySchema>;
export const BulletinPageSchema = cursorPageOf(BulletinSchema).meta({ id: 'BulletinPage' });
export type BulletinPage = z.infer<typeof BulletinPageSchema>;

/** What the public sees of a published bulletin: figures and names of bodies only. */
export const PublicBulletinSchema = BulletinSchema.pick({
  id: true,
  number: true,
  title: true,
  periodFrom: true,
  periodTo: true,
  status: true,
  introduction: true,
  content: true,
  correctsNumber: true,
  publishedAt: true,
}).meta({ id: 'PublicBulletin' });
export type PublicBulletin = z.infer<typeof PublicBulletinSchema>;

/** The published bulletins, newest publication first, a page at a time (the same signed cursors). */
export const PublicBulletinQuerySchema = CursorQuerySchema.strict();
export type PublicBulletinQuery = z.input<typeof PublicBulletinQuerySchema>;
export const PublicBulletinPageSchema = cursorPageOf(PublicBulletinSchema).meta({ id: 'PublicBulletinPage' });
export type PublicBulletinPage = z.infer<typeof PublicBulletinPageSchema>;

export const BulletinDraftInputSchema = z
  .object({
    periodFrom: IsoDateSchema,
    periodTo: IsoDateSchema,
    title: z.string().trim().min(2).max(200).optional(),
    correctsId: z
      .string()
      .max(64)
      .optional()
      .meta({ description: 'a correction names the published bulletin it corrects' }),
  })
  .strict();

export const BulletinEditSchema = z
  .object({
    version: z.number().int(),
    title: z.string().trim().min(2).max(200).optional(),
    introduction: z.string().trim().max(4000).optional(),
    recompose: z.boolean().default(false).meta({ description: 'compose the figures again as of now' }),
  })
  .strict();

export const BulletinVersionSchema = z.object({ version: z.number().int() }).strict();
