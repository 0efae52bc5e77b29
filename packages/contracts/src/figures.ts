import { z } from 'zod';
import { HotlineFigureRowSchema } from './hotline';
import { cursorPageOf, CursorQuerySchema } from './keyset';
import { RatingFigureSchema } from './ratings';

/** A region code at any level, or a hall as `hall:<id>`. */
export const FiguresAreaSchema = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12}|hall:[A-Za-z0-9_.-]{1,64})$/, {
    message: '应为 2、4、6、9 或 12 位区划代码，或 hall:大厅编号',
  })
  .meta({ description: 'region code (province → town) or hall:<service point id>' });

const DayTextSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  .meta({ description: 'China date YYYY-MM-DD (inclusive)' });

export const FiguresChannelSchema = z.enum(['window', 'online', 'agent', 'anywhere']);
export type FiguresChannel = z.infer<typeof FiguresChannelSchema>;

export const FiguresQuerySchema = z
  .object({
    area: FiguresAreaSchema.default('37'),
    from: DayTextSchema.optional().meta({ description: 'default: 1 January of the year of `to`' }),
    to: DayTextSchema.optional().meta({ description: 'default: today (China date)' }),
  })
  .strict();
export type FiguresQuery = z.infer<typeof FiguresQuerySchema>;

const share = z.number().min(0).max(1).nullable();

/** The headline figures of an area and period (shares are null when there is nothing to divide). */
export const FiguresHeadlineSchema = z
  .object({
    cases: z.number().int(),
    completed: z.number().int(),
    onTimeShare: share,
    medianWorkdays: z.number().int().nullable(),
    p90Workdays: z.number().int().nullable(),
    atMostOneVisitShare: share.meta({ description: '一次办好率: completed cases with ≤ 1 visit' }),
    zeroVisitShare: share,
    sharedMaterialsShare: share.meta({ description: '免提交率: materials filled from registries or certificates' }),
    correctionRate: share,
    deferredCount: z.number().int().meta({ description: '容缺受理 cases' }),
    refusalRate: share,
  })
  .meta({ id: 'FiguresHeadline' });
export type FiguresHeadline = z.infer<typeof FiguresHeadlineSchema>;

export const FiguresTargetRowSchema = FiguresHeadlineSchema.extend({
  target: z.string(),
  kind: z.enum(['item', 'bundle']),
  name: z.string(),
  promisedWorkdays: z.number().int().nullable().meta({ description: 'the 3545 promise of a bundle' }),
}).meta({ id: 'FiguresTargetRow' });

export const FiguresAreaRowSchema = FiguresHeadlineSchema.extend({
  area: z.string(),
  name: z.string(),
  kind: z.enum(['region', 'hall']),
  hasChildren: z.boolean(),
}).meta({ id: 'FiguresAreaRow' });

export const FiguresChannelRowSchema = z
  .object({ channel: FiguresChannelSchema, cases: z.number().int(), share })
  .meta({ id: 'FiguresChannelRow' });

export const FiguresWeekRowSchema = z
  .object({
    weekStart: z.string(),
    cases: z.number().int(),
    completed: z.number().int(),
    onTimeShare: share,
    atMostOneVisitShare: share,
  })
  .meta({ id: 'FiguresWeekRow' });

export const Figures3545RowSchema = z
  .object({
    bundleId: z.string(),
    name: z.string(),
    promisedWorkdays: z.number().int(),
    completed: z.number().int(),
    medianWorkdays: z.number().int().nullable(),
    p90Workdays: z.number().int().nullable(),
    onTimeShare: share,
    withinPromiseShare: share.meta({ description: 'completed within the 3545 promise' }),
  })
  .meta({ id: 'Figures3545Row' });

/** 电子监察's cards of a group over the period (from the card records and their history). */
export const FiguresCardRowSchema = z
  .object({
    key: z.string().meta({ description: 'region code, department id or item code ("" when none)' }),
    name: z.string().nullable(),
    yellowRaised: z.number().int(),
    redRaised: z.number().int().meta({ description: 'raised red or escalated to red in the period' }),
    cleared: z.number().int(),
    openYellow: z.number().int().meta({ description: 'open and yellow at the end of the period' }),
    openRed: z.number().int(),
  })
  .meta({ id: 'FiguresCardRow' });
export type FiguresCardRow = z.infer<typeof FiguresCardRowSchema>;

export const FiguresCardsSchema = z
  .object({
    total: FiguresCardRowSchema,
    byArea: z.array(FiguresCardRowSchema),
    byDepartment: z.array(FiguresCardRowSchema),
    byItem: z.array(FiguresCardRowSchema),
  })
  .meta({ id: 'FiguresCards' });
export type FiguresCards = z.infer<typeof FiguresCardsSchema>;

/** 12345 tickets (created in the period) and 好差评 ratings of the area, for the supervision dashboards. */
export const FiguresFeedbackSchema = z
  .object({
    ticketsByRegion: z.array(HotlineFigureRowSchema),
    ticketsByDepartment: z.array(HotlineFigureRowSchema),
    ratingsByDepartment: z.array(RatingFigureSchema),
    ratingsByHall: z.array(RatingFigureSchema),
  })
  .meta({ id: 'FiguresFeedback' });
export type FiguresFeedback = z.infer<typeof FiguresFeedbackSchema>;

export const FiguresOverviewSchema = z
  .object({
    area: z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(['region', 'hall']),
      path: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
    from: z.string(),
    to: z.string(),
    headline: FiguresHeadlineSchema,
    channels: z.array(FiguresChannelRowSchema),
    targets: z.array(FiguresTargetRowSchema),
    children: z.array(FiguresAreaRowSchema),
    weeks: z.array(FiguresWeekRowSchema),
    panel3545: z.array(Figures3545RowSchema),
    zeroVisitItemsShare: share.meta({ description: 'catalog items of the area doable fully online (0 visits)' }),
    ratings: z.object({ ratings: z.number().int(), satisfiedShare: share }).nullable(),
    cards: FiguresCardsSchema.nullable().meta({ description: 'null for a hall: cards name regions, not halls' }),
    feedback: FiguresFeedbackSchema.nullable().meta({ description: 'null for a hall' }),
    lag: z.object({ eventsBehind: z.number().int(), foldedAt: z.string().nullable() }),
  })
  .meta({ id: 'FiguresOverview' });
export type FiguresOverview = z.infer<typeof FiguresOverviewSchema>;

export const FiguresPublicSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    headline: FiguresHeadlineSchema,
    panel3545: z.array(Figures3545RowSchema),
    zeroVisitItemsShare: share,
  })
  .meta({ id: 'FiguresPublic' });
export type FiguresPublic = z.infer<typeof FiguresPublicSchema>;

/** Which cases behind a figure. */
export const FiguresCaseFilterSchema = z.enum([
  'all',
  'completed',
  'on_time',
  'late',
  'refused',
  'corrected',
  'deferred',
  'more_than_one_visit',
]);
export type FiguresCaseFilter = z.infer<typeof FiguresCaseFilterSchema>;

export const FiguresCasesQuerySchema = FiguresQuerySchema.extend({
  filter: FiguresCaseFilterSchema.default('all'),
  channel: FiguresChannelSchema.optional(),
  target: z
    .string()
    .regex(/^(item|bundle):[A-Za-z0-9_-]{1,64}$/, { message: '应为 item:基本编码 或 bundle:一件事编号' })
    .optional(),
})
  .extend(CursorQuerySchema.shape)
  .strict();
export type FiguresCasesQuery = z.infer<typeof FiguresCasesQuerySchema>;

export const FiguresCaseRowSchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string().nullable(),
    title: z.string(),
    status: z.string(),
    regionName: z.string(),
    day: z.string(),
    channel: FiguresChannelSchema,
    applicantName: z.string(),
    workdays: z.number().int().nullable(),
    visits: z.number().int(),
  })
  .meta({ id: 'FiguresCaseRow' });

export const FiguresCasesSchema = cursorPageOf(FiguresCaseRowSchema)
  .extend({ note: z.string().meta({ description: 'synthetic history counts in figures but is never listed' }) })
  .meta({ id: 'FiguresCases' });
export type FiguresCases = z.infer<typeof FiguresCasesSchema>;

export const FiguresTableSchema = z.enum([
  'channels',
  'targets',
  'children',
  'weeks',
  'panel3545',
  'cardsByArea',
  'cardsByDepartment',
  'cardsByItem',
  'ticketsByRegion',
  'ticketsByDepartment',
  'ratingsByDepartment',
  'ratingsByHall',
]);
export type FiguresTable = z.infer<typeof FiguresTableSchema>;

export const FiguresExportQuerySchema = FiguresQuerySchema.extend({
  table: FiguresTableSchema,
  format: z.enum(['csv', 'xlsx']).default('csv'),
}).strict();
export type FiguresExportQuery = z.infer<typeof FiguresExportQuerySchema>;

export const FiguresPublicQuerySchema = z
  .object({ from: DayTextSchema.optional(), to: DayTextSchema.optional() })
  .strict();
