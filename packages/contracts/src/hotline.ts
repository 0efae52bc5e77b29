import { z } from 'zod';
import { IsoDateSchema } from './common';
import { cursorPageOf, CursorQuerySchema } from './keyset';
import { ClockViewSchema, CaseSummarySchema } from './cases';

/** How a ticket reached the hotline: a call an operator enters, the web or app form, a rating asking for follow-up. */
export const TicketChannelSchema = z.enum(['phone', 'web', 'app', 'rating']);
export type TicketChannel = z.infer<typeof TicketChannelSchema>;

/** 咨询, 求助, 投诉, 举报, 建议, 表扬. */
export const TicketKindSchema = z.enum(['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise']);
export type TicketKind = z.infer<typeof TicketKindSchema>;

/** The dispatch catalogue's categories (region × category → department). */
export const TicketCategorySchema = z.enum([
  'enterprise_services',
  'market_and_food',
  'household_and_security',
  'tax',
  'employment_social_security',
  'housing_property',
  'environment',
  'medical',
  'transport',
  'utilities',
  'government_services',
]);
export type TicketCategory = z.infer<typeof TicketCategorySchema>;

export const TicketStatusSchema = z.enum([
  'registered', // filed, not yet dispatched (web and app tickets wait here for the centre)
  'answered_on_spot', // 直接办结: the operator answered from the knowledge base
  'dispatched', // waiting for the department to sign
  'signed', // the department works on it
  'returned', // the department sent it back as misrouted; the centre decides
  'replied', // waiting for the revisit
  'closed', // revisited, satisfied (or no revisit possible)
  'merged', // a repeat of another ticket, followed there
]);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '请填写 11 位手机号或带区号的固定电话' });

export const AnswerOnSpotSchema = z.object({ articleId: z.string().min(1).max(80), answer: text(2000) }).strict();

export const DispatchSchema = z
  .object({
    departmentId: z.string().min(1).max(64).optional().meta({ description: 'omit: the catalogue decides' }),
    overrideReason: z.string().trim().max(500).optional(),
  })
  .strict();

export const TicketIntakeSchema = z
  .object({
    channel: z.enum(['phone', 'web', 'app']).default('phone'),
    kind: TicketKindSchema,
    category: TicketCategorySchema,
    regionCode: z.string().regex(/^37\d{0,10}$/, { message: '应为山东省内的行政区划代码' }),
    callerName: text(30),
    callerPhone: phone,
    text: text(2000),
    anonymous: z.boolean().default(false).meta({ description: '对承办部门隐去来电人身份' }),
    contactConsent: z.boolean().default(false).meta({ description: '来电人同意承办部门联系本人' }),
    caseId: z.string().max(64).optional(),
    itemCode: z.string().max(40).optional(),
    servicePointId: z.string().max(64).optional(),
    departmentId: z.string().max(64).optional(),
    answer: AnswerOnSpotSchema.optional().meta({ description: '咨询 answered on the spot from the knowledge base' }),
    dispatch: DispatchSchema.optional().meta({ description: 'dispatched in the same step' }),
  })
  .strict();
export type TicketIntake = z.input<typeof TicketIntakeSchema>;

/** A resident files through the portal: their own name and phone, no operator. */
export const OwnTicketSchema = TicketIntakeSchema.omit({
  callerName: true,
  callerPhone: true,
  channel: true,
  answer: true,
  dispatch: true,
})
  .extend({ channel: z.enum(['web', 'app']).default('web') })
  .strict();

export const TicketReplySchema = z.object({ reply: text(4000) }).strict();
export const TicketReturnSchema = z
  .object({ reasons: z.array(text(200)).min(1).max(5), suggestedDepartmentId: z.string().max(64).optional() })
  .strict();
export const ReturnDecisionSchema = z
  .object({
    decision: z.enum(['accept', 'reject']),
    reason: text(500),
    departmentId: z.string().max(64).optional().meta({ description: 'accept: the department it goes to' }),
  })
  .strict();
export const ExtensionRequestSchema = z.object({ days: z.number().int().min(1).max(10), reason: text(500) }).strict();
export const ExtensionDecisionSchema = z.object({ approve: z.boolean(), reason: text(500) }).strict();
export const RevisitSchema = z
  .object({
    solved: z.boolean(),
    satisfied: z.boolean(),
    note: z.string().trim().max(1000).default(''),
    reopenDepartmentId: z
      .string()
      .max(64)
      .optional()
      .meta({ description: 'unsatisfied: same (default) or higher department' }),
  })
  .strict();
export const MergeSchema = z.object({ intoTicketId: z.string().min(1).max(64), reason: text(500) }).strict();

export const TicketEventSchema = z.object({
  at: z.string(),
  kind: z.string(),
  actorLabel: z.string(),
  note: z.string().nullable(),
});

export const TicketSchema = z
  .object({
    id: z.string(),
    ticketNumber: z.string(),
    channel: TicketChannelSchema,
    kind: TicketKindSchema,
    category: TicketCategorySchema,
    regionCode: z.string(),
    status: TicketStatusSchema,
    text: z.string(),
    caller: z.object({ name: z.string().nullable(), phone: z.string().nullable(), hasAccount: z.boolean() }).meta({
      description: 'a department sees the name unless the caller is anonymous, the phone only with consent',
    }),
    anonymous: z.boolean(),
    contactConsent: z.boolean(),
    links: z.object({
      caseId: z.string().nullable(),
      itemCode: z.string().nullable(),
      servicePointId: z.string().nullable(),
      departmentId: z.string().nullable(),
    }),
    department: z.object({ id: z.string(), name: z.string() }).nullable(),
    dispatchOverrideReason: z.string().nullable(),
    reply: z.string().nullable(),
    returnReasons: z.array(z.string()),
    returnFinal: z.boolean().meta({ description: 'the centre refused a return: its decision is final' }),
    extension: z
      .object({ days: z.number().int(), reason: z.string(), status: z.enum(['requested', 'approved', 'rejected']) })
      .nullable(),
    revisit: z.object({ solved: z.boolean(), satisfied: z.boolean(), note: z.string() }).nullable(),
    reopenCount: z.number().int(),
    mergedInto: z.string().nullable(),
    mergedCount: z.number().int(),
    clocks: z.object({
      sign: ClockViewSchema.nullable(),
      reply: ClockViewSchema.nullable(),
      return: ClockViewSchema.nullable(),
    }),
    events: z.array(TicketEventSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof TicketSchema>;

export const TicketSummarySchema = TicketSchema.pick({
  id: true,
  ticketNumber: true,
  channel: true,
  kind: true,
  category: true,
  status: true,
  regionCode: true,
  department: true,
  createdAt: true,
}).extend({ excerpt: z.string() });
export type TicketSummary = z.infer<typeof TicketSummarySchema>;
export const TicketPageSchema = cursorPageOf(TicketSummarySchema).meta({ id: 'TicketPage' });

/**
 * The ticket list's filters. The supervision dashboards link a figure to the tickets behind it
 * with `region` (that region and everything under it), the period `from`/`to` (China dates,
 * inclusive, on the day the ticket was created), `departmentId` and `merged=exclude` (the figures
 * count a matter once, so a repeat call merged into another ticket is not behind a figure); filters
 * only narrow the viewer's own scope.
 */
export const TicketQuerySchema = CursorQuerySchema.extend({
  status: TicketStatusSchema.optional(),
  caseId: z.string().max(64).optional(),
  region: z
    .string()
    .regex(/^37\d{0,10}$/, '区划代码应为山东省内的代码（37 开头）')
    .optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  departmentId: z.string().min(1).max(64).optional(),
  /** `exclude`: leave out tickets merged into another (the figures count each matter once). */
  merged: z.enum(['include', 'exclude']).optional(),
})
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type TicketQuery = z.infer<typeof TicketQuerySchema>;

export const CallerLookupSchema = z.object({ phone }).strict();
export const CallerHistorySchema = z
  .object({
    hasAccount: z.boolean(),
    name: z.string().nullable(),
    tickets: z.array(TicketSummarySchema),
    cases: z.array(CaseSummarySchema),
  })
  .meta({ id: 'CallerHistory' });
export type CallerHistory = z.infer<typeof CallerHistorySchema>;

export const DispatchRuleSchema = z.object({
  regionCode: z.string(),
  category: TicketCategorySchema,
  departmentId: z.string(),
  departmentName: z.string(),
});
export type DispatchRule = z.infer<typeof DispatchRuleSchema>;
/** An administrator sets (or, with departmentId null, removes) one rule of the catalogue, with a reason. */
export const DispatchRuleChangeInputSchema = z
  .object({
    regionCode: z.string().regex(/^37\d{0,10}$/),
    category: TicketCategorySchema,
    departmentId: z.string().min(1).max(64).nullable(),
    reason: z.string().trim().min(2).max(200),
  })
  .strict();
export const DispatchRuleChangeSchema = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  category: TicketCategorySchema,
  fromDepartmentName: z.string().nullable(),
  toDepartmentName: z.string().nullable(),
  reason: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
});
export type DispatchRuleChange = z.infer<typeof DispatchRuleChangeSchema>;
export const DispatchRuleQuerySchema = z
  .object({ region: z.string().regex(/^37\d{0,10}$/), category: TicketCategorySchema.optional() })
  .strict();

export const ArticleSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    source: z.enum(['catalog', 'curated']),
    title: z.string(),
    body: z.string(),
    basicCode: z.string().nullable(),
    owner: z.string(),
    reviewOn: IsoDateSchema,
  })
  .meta({ id: 'KnowledgeArticle' });
export type Article = z.infer<typeof ArticleSchema>;
export const ArticleHitSchema = ArticleSchema.pick({ id: true, version: true, source: true, title: true }).extend({
  excerpt: z.string(),
});
export type ArticleHit = z.infer<typeof ArticleHitSchema>;
export const ArticleQuerySchema = z
  .object({
    q: z.string().max(100, { message: '检索词最多 100 个字' }),
    limit: z.coerce.number().int().min(1).max(20).default(8),
  })
  .strict();
export const ArticleInputSchema = z
  .object({ title: text(100), body: text(8000), owner: text(60), reviewOn: IsoDateSchema })
  .strict();

export const HotlineFiguresQuerySchema = z
  .object({
    region: z
      .string()
      .regex(/^37\d{0,10}$/)
      .optional(),
    from: IsoDateSchema,
    to: IsoDateSchema,
  })
  .strict();
export const HotlineFigureRowSchema = z.object({
  regionCode: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  tickets: z.number().int(),
  onSpotRate: z.number().nullable(),
  signOnTimeRate: z.number().nullable(),
  replyOnTimeRate: z.number().nullable(),
  returnRate: z.number().nullable(),
  reopenRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
});
export type HotlineFigureRow = z.infer<typeof HotlineFigureRowSchema>;
export const HotlineFiguresSchema = z
  .object({ byRegion: z.array(HotlineFigureRowSchema), byDepartment: z.array(HotlineFigureRowSchema) })
  .meta({ id: 'HotlineFigures' });
export type HotlineFigures = z.infer<typeof HotlineFiguresSchema>;
