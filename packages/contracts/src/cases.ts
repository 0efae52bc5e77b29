import { z } from 'zod';
import { IsoDateSchema } from './common';
import { cursorPageOf, CursorQuerySchema } from './keyset';

/**
 * Cases (办件): one application for an item or a bundle, its materials, acceptance, the
 * department tasks that review it in parallel, the working-day clocks and the delivery.
 */

const key = z.string().regex(/^[a-z][a-z0-9_]*$/, { message: '应为小写字母开头的英文标识' });

// ---------------------------------------------------------------- the combined form

export const FormFieldTypeSchema = z.enum([
  'text',
  'textarea',
  'number',
  'date',
  'choice',
  /** Several of the options (印章类型: a company orders several seals): sent as their values joined by commas. */
  'multi_choice',
  'id_number',
  'uscc',
  'phone',
]);

/** Where a field's value can be prefilled from: a registry record of the applicant, or the account. */
export const PrefillSourceSchema = z
  .object({
    registry: z.enum(['population', 'legal_entity', 'account']),
    field: z.string().min(1),
  })
  .strict();

export const FormFieldSchema = z
  .object({
    key,
    label: z.string().min(1),
    type: FormFieldTypeSchema,
    required: z.boolean(),
    options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    hint: z.string().optional(),
    prefill: PrefillSourceSchema.nullable().optional(),
    /** The field is asked only when another field has one of these values (情形). */
    appliesWhen: z
      .object({ field: z.string(), in: z.array(z.string()).min(1) })
      .nullable()
      .optional(),
  })
  .strict()
  .meta({ id: 'FormField' });
export type FormField = z.infer<typeof FormFieldSchema>;

export const CombinedFieldSchema = FormFieldSchema.extend({
  usedBy: z.array(z.string()).meta({ description: 'basic codes of the items that ask this field' }),
}).meta({ id: 'CombinedFormField' });
export type CombinedField = z.infer<typeof CombinedFieldSchema>;

/** A value the platform filled in, with where it came from and as of when. */
export const PrefilledValueSchema = z
  .object({
    field: z.string(),
    value: z.string(),
    source: z.string().meta({ description: 'e.g. 人口库, 法人库, 账户' }),
    asOf: IsoDateSchema,
  })
  .meta({ id: 'PrefilledValue' });
export type PrefilledValue = z.infer<typeof PrefilledValueSchema>;

export const FormValuesSchema = z.record(z.string(), z.string().max(2000)).meta({
  description:
    'the combined form: field key → value (numbers and dates as text; a multi_choice field as its option values joined by commas, e.g. official,finance)',
});

/**
 * The options chosen in a multi_choice value, in the order given. A value kept from before the
 * field allowed several (one option value, no comma) reads as that one option.
 */
export function choicesOf(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

// ---------------------------------------------------------------- targets and applicants

export const ApplicationTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), implementationCode: z.string().length(31) }).strict(),
  z
    .object({ kind: z.literal('bundle'), bundleId: z.string().min(1).max(64), regionCode: z.string().min(4).max(12) })
    .strict(),
]);
export type ApplicationTarget = z.infer<typeof ApplicationTargetSchema>;

/** Whom the case is for; required when a clerk or an agent files, else the session's person or entity. */
export const ApplicantRefSchema = z
  .object({
    kind: z.enum(['person', 'legal_person']),
    id: z.string().trim().toUpperCase().min(18).max(18).meta({ description: 'ID number or USCC' }),
  })
  .strict();
export type ApplicantRef = z.infer<typeof ApplicantRefSchema>;

export const DeliveryMethodSchema = z.enum(['electronic', 'pickup', 'mail']).meta({
  description: 'electronic 电子送达 · pickup 窗口领取 (a visit) · mail 邮寄',
});
export const DeliveryRequestSchema = z
  .object({
    method: DeliveryMethodSchema,
    address: z.string().trim().min(5).max(200).optional(),
    recipient: z.string().trim().min(2).max(30).optional(),
    phone: z
      .string()
      .regex(/^1[3-9]\d{9}$/, { message: '手机号应为 11 位中国大陆手机号' })
      .optional(),
  })
  .strict();

// ---------------------------------------------------------------- materials

export const MaterialStateSchema = z.enum([
  'missing', // nothing supplied yet
  'uploaded', // a file the applicant uploaded
  'certificate', // an e-certificate the applicant agreed to use
  'registry', // filled from a shared registry
  'form', // generated from the combined form (申请表)
  'bundle_result', // produced by an earlier step of the same bundle
  'promised', // 告知承诺: a signed promise instead of the proof
  'deferred', // 容缺: to be supplied by a date
  'not_applicable', // the situation does not need it
]);
export type MaterialState = z.infer<typeof MaterialStateSchema>;

export const CaseMaterialSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    usedBy: z.array(z.string()),
    required: z.boolean(),
    deferrable: z.boolean(),
    promiseAllowed: z.boolean(),
    sourceKind: z.enum(['upload', 'certificate', 'registry']),
    certificateType: z.string().nullable(),
    state: MaterialStateSchema,
    certificateIdentifier: z.string().nullable(),
    registryValue: PrefilledValueSchema.nullable(),
    file: z
      .object({ sha256: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number().int() })
      .nullable(),
    supplyBy: IsoDateSchema.nullable(),
    promiseText: z.string().nullable(),
    problem: z.string().nullable().meta({ description: 'what the last one-time notice said is wrong' }),
  })
  .meta({ id: 'CaseMaterial' });
export type CaseMaterial = z.infer<typeof CaseMaterialSchema>;

export const UploadResultSchema = z
  .object({ sha256: z.string(), mediaType: z.string(), size: z.number().int() })
  .meta({ id: 'UploadResult' });

/** What the applicant supplies for one material. */
export const MaterialSupplySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('upload'),
      materialKey: key,
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: '应为 64 位十六进制 SHA-256' }),
      fileName: z.string().trim().min(1).max(120),
    })
    .strict(),
  z.object({ kind: z.literal('certificate'), materialKey: key, identifier: z.string().min(10).max(200) }).strict(),
  z
    .object({ kind: z.literal('promise'), materialKey: key, text: z.string().trim().min(10).max(1000) })
    .strict()
    .meta({ description: '告知承诺: only where the catalog allows it' }),
]);
export type MaterialSupply = z.infer<typeof MaterialSupplySchema>;

// ---------------------------------------------------------------- preparing an application

export const PrepareApplicationSchema = z
  .object({
    target: ApplicationTargetSchema,
    applicant: ApplicantRefSchema.optional(),
    form: FormValuesSchema.optional().meta({
      description: 'situation answers so far (the materials list follows them)',
    }),
  })
  .strict()
  .meta({ id: 'PrepareApplicationRequest' });

export const CertificateCandidateSchema = z.object({
  materialKey: z.string(),
  identifier: z.string(),
  typeName: z.string(),
  issuerName: z.string(),
  issuedAt: z.string(),
  validTo: IsoDateSchema.nullable(),
});

export const PreparedItemSchema = z.object({
  stepKey: z.string().nullable(),
  basicCode: z.string(),
  implementationCode: z.string(),
  name: z.string(),
  departmentName: z.string(),
  promisedLimitDays: z.number().int(),
  dependsOn: z.array(z.string()),
  resultName: z.string().nullable().meta({ description: 'what the item gives the applicant (营业执照, 不动产权证书)' }),
});

export const PreparedApplicationSchema = z
  .object({
    target: ApplicationTargetSchema,
    title: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    applicant: z.object({ kind: z.enum(['person', 'legal_person']), id: z.string(), name: z.string() }),
    items: z.array(PreparedItemSchema),
    promisedLimitDays: z.number().int(),
    expectedBy: IsoDateSchema.nullable().meta({
      description:
        'the promised limit counted in working days from today: when the applicant can expect the result if the case is accepted today (null when the calendar cannot say)',
    }),
    fields: z.array(CombinedFieldSchema),
    prefilled: z.array(PrefilledValueSchema),
    materials: z.array(CaseMaterialSchema),
    certificateCandidates: z.array(CertificateCandidateSchema),
    blacklisted: z.boolean().meta({ description: 'on the credit blacklist: 容缺 is not available' }),
  })
  .meta({ id: 'PreparedApplication' });
export type PreparedApplication = z.infer<typeof PreparedApplicationSchema>;

// ---------------------------------------------------------------- applications and cases

export const CaseStatusSchema = z.enum([
  'draft',
  'awaiting_co_applicant', // filed by one party; the other (the buyer) has not joined yet: not received
  'submitted', // received, waiting for acceptance
  'correction_requested', // one-time notice given; the applicant is correcting
  'refused', // 不予受理
  'in_review', // accepted, tasks running
  'completed', // 办结 (granted, partly granted or denied)
  'terminated', // e.g. a deferred material was not supplied in time
  'withdrawn',
]);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

export const CreateApplicationSchema = z
  .object({
    target: ApplicationTargetSchema,
    applicant: ApplicantRefSchema.optional(),
    form: FormValuesSchema,
    materials: z.array(MaterialSupplySchema).max(100).default([]),
    declinedCertificates: z
      .array(key)
      .max(100)
      .default([])
      .meta({ description: 'material keys whose certificate the applicant declined' }),
    delivery: DeliveryRequestSchema.default({ method: 'electronic' }),
    submit: z.boolean().default(true).meta({ description: 'false keeps a draft' }),
    servicePointId: z.string().max(64).optional().meta({ description: 'the hall where a clerk takes it in' }),
  })
  .strict()
  .meta({ id: 'CreateApplicationRequest' });
export type CreateApplication = z.infer<typeof CreateApplicationSchema>;

export const SupplyMaterialsSchema = z
  .object({
    materials: z.array(MaterialSupplySchema).min(1).max(100),
    form: FormValuesSchema.optional().meta({ description: 'corrected form values, merged' }),
    submit: z.boolean().default(false).meta({ description: 'true: submit the draft or hand in the correction' }),
  })
  .strict()
  .meta({ id: 'SupplyMaterialsRequest' });

export const ClockCardSchema = z.enum(['green', 'yellow', 'red', 'paused', 'stopped', 'not_started']);
export type ClockCard = z.infer<typeof ClockCardSchema>;

export const ClockViewSchema = z
  .object({
    limitDays: z.number().int(),
    extendedDays: z.number().int(),
    startsOn: IsoDateSchema.nullable(),
    dueOn: IsoDateSchema.nullable(),
    elapsedWorkdays: z.number().int(),
    remainingWorkdays: z.number().int().nullable(),
    pausedWorkdays: z.number().int(),
    paused: z.boolean(),
    stoppedOn: IsoDateSchema.nullable(),
    card: ClockCardSchema,
    provisional: z.boolean().meta({
      description:
        'the due day (and the days counted) depend on a year whose holidays are computed from the law until the notice is entered: shown as 预计',
    }),
  })
  .meta({ id: 'Clock' });
export type ClockView = z.infer<typeof ClockViewSchema>;

export const TaskStatusSchema = z.enum([
  'waiting', // a task it depends on is not granted yet
  'open', // ready to be claimed
  'claimed',
  'correction', // waiting for the applicant (clock paused)
  'special_procedure', // hearing, testing, expert review (clock paused)
  'granted',
  'denied',
  'cancelled', // the case ended before this task
]);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

export const TaskOpinionSchema = z.object({
  departmentName: z.string(),
  by: z.string(),
  opinion: z.string(),
  at: z.string(),
});

/** Who handles a task and why: the implementation's body, at which level, under which implementation. */
export const TaskHandlingSchema = z
  .object({
    departmentName: z.string(),
    level: z.enum(['province', 'city', 'county']).nullable(),
    levelName: z.string().nullable().meta({ description: '省级、市级 or 县级' }),
    basis: z.string().meta({ description: 'why this department: the implementation and its body, in Chinese' }),
  })
  .meta({ id: 'TaskHandling' });

export const TaskSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseNumber: z.string().nullable(),
    caseTitle: z.string(),
    applicantName: z.string(),
    stepKey: z.string().nullable(),
    basicCode: z.string(),
    implementationCode: z.string(),
    name: z.string(),
    departmentId: z.string(),
    departmentName: z.string(),
    jointDepartments: z.array(z.object({ id: z.string(), name: z.string(), opinionGiven: z.boolean() })),
    dependsOn: z.array(z.string()),
    status: TaskStatusSchema,
    claimedBy: z.string().nullable(),
    opinions: z.array(TaskOpinionSchema),
    decision: z.enum(['grant', 'deny']).nullable(),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    specialProcedure: z.string().nullable(),
    certificateIdentifiers: z.array(z.string()),
    clock: ClockViewSchema,
    version: z.number().int(),
    handling: TaskHandlingSchema,
    viewerAccess: z
      .enum(['handle', 'read', 'none'])
      .meta({ description: 'what the caller may do with the task: work on it (办理), only read it, or neither' }),
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof TaskSchema>;

export const NoticeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['correction', 'refusal', 'deferred_acceptance', 'acceptance']),
    title: z.string(),
    issuedAt: z.string(),
    round: z.number().int(),
  })
  .meta({ id: 'Notice' });

export const DeliverySchema = z
  .object({
    method: DeliveryMethodSchema,
    status: z.enum(['not_ready', 'ready', 'delivered']),
    address: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    deliveredAt: z.string().nullable(),
  })
  .meta({ id: 'Delivery' });

export const CaseSchema = z
  .object({
    id: z.string(),
    caseNumber: z
      .string()
      .nullable()
      .meta({ description: 'GB/T 39554.1: implementation code + yyyyMMdd + serial (43)' }),
    title: z.string(),
    target: ApplicationTargetSchema,
    status: CaseStatusSchema,
    regionCode: z.string(),
    regionName: z.string(),
    channel: z.enum(['online', 'window', 'agent']),
    applicant: z.object({ kind: z.enum(['person', 'legal_person']), id: z.string(), name: z.string() }),
    filedBy: z.object({ kind: z.enum(['person', 'staff']), name: z.string() }),
    servicePoint: z.object({ id: z.string(), name: z.string() }).nullable(),
    form: FormValuesSchema,
    fields: z.array(CombinedFieldSchema),
    materials: z.array(CaseMaterialSchema),
    tasks: z.array(TaskSchema),
    notices: z.array(NoticeSchema),
    delivery: DeliverySchema,
    visits: z.number().int(),
    clock: ClockViewSchema,
    certificateIdentifiers: z.array(z.string()),
    outcome: z.enum(['granted', 'partly_granted', 'denied']).nullable(),
    submittedAt: z.string().nullable(),
    acceptedOn: IsoDateSchema.nullable(),
    completedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });
export type Case = z.infer<typeof CaseSchema>;

export const CaseSummarySchema = CaseSchema.pick({
  id: true,
  caseNumber: true,
  title: true,
  status: true,
  regionCode: true,
  channel: true,
  applicant: true,
  visits: true,
  clock: true,
  submittedAt: true,
  createdAt: true,
  outcome: true,
}).meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/**
 * The staff case list (办件管理). It opens on what needs the window's action (`action`: to accept,
 * being corrected); `history` shows every case created in a period of China dates (at most
 * 366 days, default the last 30). A search (`q`) looks through every case in scope.
 */
export const CaseQuerySchema = CursorQuerySchema.extend({
  view: z
    .enum(['action', 'history'])
    .default('action')
    .meta({ description: 'action (default): submitted or correction_requested; history: created in from–to' }),
  status: CaseStatusSchema.optional(),
  due: z.enum(['soon', 'overdue']).optional(),
  q: z.string().max(60).optional().meta({
    description:
      'case number or ID number (prefix, at least 4 characters), applicant name or title (at least 2 characters); shorter: SEARCH_TERM_TOO_SHORT. A search counts its matches up to 1,000 (past it: count.atLeast)',
  }),
  from: IsoDateSchema.optional().meta({ description: 'history: first China date of the period' }),
  to: IsoDateSchema.optional().meta({
    description: 'history: last China date of the period (default today); longer than 366 days: PERIOD_TOO_LONG',
  }),
}).strict();

export const TimelineEventSchema = z
  .object({
    at: z.string(),
    kind: z.string(),
    label: z.string(),
    actor: z.string().meta({ description: 'staff names are masked for the public' }),
    taskName: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

// ---------------------------------------------------------------- acceptance

export const CorrectionItemSchema = z
  .object({
    materialKey: key.optional(),
    problem: z.string().trim().min(2).max(300),
  })
  .strict();

export const RequestCorrectionSchema = z
  .object({ items: z.array(CorrectionItemSchema).max(100).default([]), note: z.string().trim().max(500).optional() })
  .strict()
  .meta({ id: 'RequestCorrectionRequest' });

export const RefuseSchema = z
  .object({ reasons: z.array(z.string().trim().min(2).max(300)).min(1).max(20) })
  .strict()
  .meta({ id: 'RefuseRequest' });

export const AcceptDeferredSchema = z
  .object({
    materials: z
      .array(z.object({ materialKey: key, supplyBy: IsoDateSchema }).strict())
      .min(1)
      .max(50),
    promise: z.string().trim().min(10).max(1000).meta({ description: 'the applicant’s signed promise (承诺书)' }),
  })
  .strict()
  .meta({ id: 'AcceptDeferredRequest' });

export const AcceptSchema = z.object({ note: z.string().trim().max(500).optional() }).strict();

export const DeliverSchema = z
  .object({ trackingNumber: z.string().trim().min(6).max(40).optional() })
  .strict()
  .meta({ id: 'DeliverRequest' });

// ---------------------------------------------------------------- tasks

export const TaskQuerySchema = CursorQuerySchema.extend({
  status: TaskStatusSchema.optional(),
  mine: z.enum(['true', 'false']).optional().meta({ description: 'true: claimed by me' }),
  due: z.enum(['soon', 'overdue']).optional(),
  caseId: z.string().max(64).optional(),
}).strict();

export const TaskPageSchema = cursorPageOf(TaskSchema).meta({ id: 'TaskPage' });

/**
 * Why an inbox may be empty: active tasks in the caller's region that other departments handle,
 * counted by department (no case, applicant or task is named).
 */
export const TasksElsewhereSchema = z
  .object({
    departments: z.array(z.object({ departmentId: z.string(), departmentName: z.string(), active: z.number().int() })),
  })
  .meta({ id: 'TasksElsewhere' });
export type TasksElsewhere = z.infer<typeof TasksElsewhereSchema>;
/** 我的办件: one's own cases, newest first, read by cursor as the staff lists are. */
export const OwnCasePageSchema = cursorPageOf(CaseSummarySchema).meta({ id: 'OwnCasePage' });
export type OwnCasePage = z.infer<typeof OwnCasePageSchema>;
/** The staff case list: keyset pages (see keyset.ts). */
export const StaffCasePageSchema = cursorPageOf(CaseSummarySchema).meta({ id: 'StaffCasePage' });

export const TaskVersionSchema = z.object({ version: z.number().int().min(0).optional() }).strict();

export const OpinionSchema = z
  .object({
    opinion: z.string().trim().min(2).max(2000),
    departmentId: z.string().max(64).optional().meta({ description: 'for joint steps: the department giving it' }),
  })
  .strict();

export const DecideSchema = z
  .object({
    decision: z.enum(['grant', 'deny']),
    reason: z.string().trim().min(2).max(2000),
    resultData: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'certificate fields that the form does not give (overrides)' }),
    version: z.number().int().min(0).optional(),
  })
  .strict()
  .meta({ id: 'DecideRequest' });

export const TaskCorrectionSchema = z
  .object({ items: z.array(CorrectionItemSchema).min(1).max(50) })
  .strict()
  .meta({ id: 'TaskCorrectionRequest' });

export const SpecialProcedureSchema = z
  .object({
    kind: z.enum(['hearing', 'testing', 'expert_review', 'on_site_inspection', 'public_notice']),
    reason: z.string().trim().min(2).max(500),
  })
  .strict();

export const ExtendSchema = z
  .object({
    days: z.number().int().min(1).max(15),
    reason: z.string().trim().min(2).max(500),
  })
  .strict()
  .meta({ id: 'ExtendRequest' });

export const SPECIAL_PROCEDURES = {
  hearing: '听证',
  testing: '检验检测',
  expert_review: '专家评审',
  on_site_inspection: '现场勘验',
  public_notice: '公示',
} as const;

/** An application waiting for the signed-in person to join it as the other party (共同申请). */
export const CoApplicationSchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string().nullable(),
    title: z.string(),
    role: z.string().meta({ description: 'the part the person takes, e.g. 买受人' }),
    basis: z.string().meta({ description: 'the regulation that makes both parties apply' }),
    filedByName: z.string(),
    filedAt: z.string(),
    propertyLocation: z.string().nullable(),
    transactionPrice: z.string().nullable(),
  })
  .meta({ id: 'CoApplication' });
export type CoApplication = z.infer<typeof CoApplicationSchema>;

/** A clerk records the co-applicant's confirmation made in person at the window (identity checked there). */
export const CoApplicantAtWindowSchema = z
  .object({
    name: z.string().trim().min(1, { message: '请填写买受人姓名' }).max(50),
    idNumber: z
      .string()
      .trim()
      .regex(/^\d{17}[\dXx]$/, { message: '应为 18 位公民身份号码' }),
  })
  .strict()
  .meta({ id: 'CoApplicantAtWindow' });

export const WithdrawCaseSchema = z
  .object({ reason: z.string().trim().min(1, { message: '请填写撤回原因' }).max(200) })
  .strict()
  .meta({ id: 'WithdrawCase' });
