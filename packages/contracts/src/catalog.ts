import { z } from 'zod';
import { IsoDateSchema } from './common';
import { DepartmentKindSchema, RegionLevelSchema } from './network';

/** GB/T 39554.1 item types (two digits in the basic code). */
export const ITEM_TYPES = {
  '01': '行政许可',
  '02': '行政处罚',
  '03': '行政强制',
  '04': '行政征收',
  '05': '行政给付',
  '06': '行政检查',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
} as const;
export const ItemTypeSchema = z.enum(Object.keys(ITEM_TYPES) as [keyof typeof ITEM_TYPES]);

/** GB/T 39046 exercise levels as the digit in the implementation code. */
export const EXERCISE_LEVELS = { '2': 'province', '3': 'city', '4': 'county', '5': 'town', '6': 'village' } as const;
export const ExerciseLevelSchema = z.enum(['province', 'city', 'county', 'town', 'village']);

export const AudienceSchema = z.enum(['person', 'legal_person']).meta({
  description: 'service object: person 自然人, legal_person 企业法人及其他组织',
});
export type Audience = z.infer<typeof AudienceSchema>;

export const HandlingFormSchema = z.enum(['window', 'online', 'mobile', 'mail']);
/** Online depth, GB/T 39046: 1 consult … 4 fully online. */
export const OnlineDepthSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const HandleAnywhereSchema = z.enum(['none', 'city', 'province', 'cross_province']);
export const CaseTypeSchema = z.enum(['immediate', 'promised']);

/** Where a material comes from: the applicant, an e-certificate, or a registry field. */
export const MaterialSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('upload') }).strict(),
  z.object({ kind: z.literal('certificate'), certificateType: z.string().min(1) }).strict(),
  z
    .object({
      kind: z.literal('registry'),
      registry: z.enum(['population', 'legal_entity', 'credit']),
      field: z.string().min(1),
    })
    .strict(),
]);
export type MaterialSource = z.infer<typeof MaterialSourceSchema>;

/** A simple situation rule (情形): the material applies when the application field equals one of the values. */
export const SituationRuleSchema = z
  .object({ field: z.string().min(1), in: z.array(z.string().min(1)).min(1) })
  .strict();

export const MaterialSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/),
    name: z.string().min(1),
    required: z.boolean(),
    form: z.enum(['original', 'copy', 'original_and_copy', 'electronic']),
    copies: z.number().int().min(0),
    issuingBody: z.string().nullable(),
    source: MaterialSourceSchema,
    deferrable: z.boolean().meta({ description: 'may be supplied later under 容缺受理' }),
    promiseAllowed: z.boolean().meta({ description: '告知承诺: a written promise may replace it' }),
    appliesWhen: SituationRuleSchema.nullable(),
    note: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'Material' });
export type Material = z.infer<typeof MaterialSchema>;

export const FeeSchema = z
  .object({ name: z.string().min(1), amountYuan: z.number().min(0), basis: z.string() })
  .strict();

export const SituationSchema = z
  .object({
    field: z.string().min(1),
    label: z.string().min(1),
    options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) }).strict()).min(2),
  })
  .strict();

/** The elements of an item that users and the case flow rely on (GB/T 39046 subset). */
export const ItemElementsSchema = z
  .object({
    name: z.string().min(1),
    itemType: ItemTypeSchema,
    departmentKind: DepartmentKindSchema,
    handledByApprovalBureau: z.boolean().meta({ description: 'moved to the 行政审批服务局 where one exists' }),
    exerciseLevels: z.array(ExerciseLevelSchema).min(1),
    audiences: z.array(AudienceSchema).min(1),
    themes: z.array(z.string().min(1)),
    keywords: z.array(z.string().min(1)),
    legalBasis: z.array(z.string().min(1)),
    acceptanceConditions: z.array(z.string().min(1)),
    situations: z.array(SituationSchema),
    materials: z.array(MaterialSchema),
    statutoryLimitDays: z.number().int().min(0),
    promisedLimitDays: z.number().int().min(0),
    caseType: CaseTypeSchema,
    handlingForms: z.array(HandlingFormSchema).min(1),
    onlineDepth: OnlineDepthSchema,
    visits: z.number().int().min(0),
    visitReason: z.string().nullable(),
    handleAnywhere: HandleAnywhereSchema,
    fees: z.array(FeeSchema),
    resultCertificateType: z.string().nullable(),
    resultName: z.string().nullable(),
    oneVisit: z.boolean().meta({ description: '一次办好 flag' }),
    consultationPhone: z.string().nullable(),
    complaintPhone: z.string().nullable(),
    flow: z.array(z.string().min(1)).meta({ description: 'handling steps in order' }),
  })
  .strict();
export type ItemElements = z.infer<typeof ItemElementsSchema>;

export const ServiceItemSchema = ItemElementsSchema.extend({
  basicCode: z.string(),
  version: z.number().int(),
  batch: z.object({ id: z.string(), name: z.string(), publishedOn: IsoDateSchema }),
  itemTypeName: z.string(),
}).meta({ id: 'ServiceItem' });
export type ServiceItem = z.infer<typeof ServiceItemSchema>;

export const ItemImplementationSchema = ItemElementsSchema.extend({
  implementationCode: z.string(),
  basicCode: z.string(),
  version: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  exerciseLevel: ExerciseLevelSchema,
  implementingBody: z.object({ uscc: z.string(), name: z.string() }),
  deviations: z.array(z.string()).meta({ description: 'names of the elements that differ from the standard' }),
  batch: z.object({ id: z.string(), name: z.string(), publishedOn: IsoDateSchema }),
  itemTypeName: z.string(),
}).meta({ id: 'ItemImplementation' });
export type ItemImplementation = z.infer<typeof ItemImplementationSchema>;

export const ItemSummarySchema = z
  .object({
    code: z.string().meta({ description: 'implementation code when a region was given, else basic code' }),
    basicCode: z.string(),
    name: z.string(),
    itemTypeName: z.string(),
    departmentKind: DepartmentKindSchema,
    departmentName: z.string(),
    regionCode: z.string().nullable(),
    audiences: z.array(AudienceSchema),
    themes: z.array(z.string()),
    promisedLimitDays: z.number().int(),
    visits: z.number().int(),
    onlineDepth: z.number().int(),
    oneVisit: z.boolean(),
    implementedAt: z
      .array(
        z.object({
          code: z.string(),
          regionCode: z.string(),
          regionName: z.string(),
          level: RegionLevelSchema,
        }),
      )
      .meta({
        description:
          'when a region was given: the levels that implement the item there, province first (the item is listed once, as its most local implementation)',
      }),
  })
  .meta({ id: 'ItemSummary' });
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ItemQuerySchema = z
  .object({
    region: z.string().optional().meta({ description: 'region code: items implemented there' }),
    q: z.string().max(50, { message: '检索词最多 50 个字' }).optional(),
    department: DepartmentKindSchema.optional(),
    audience: AudienceSchema.optional(),
    theme: z.string().max(30).optional(),
    oneVisit: booleanQuery.optional(),
    online: booleanQuery.optional().meta({ description: 'true: can be done fully online (depth 4)' }),
    asOf: IsoDateSchema.optional().meta({ description: 'published as of this date; default today' }),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100, { message: '每页最多 100 条' }).default(20),
  })
  .strict();
export type ItemQuery = z.infer<typeof ItemQuerySchema>;

export const ItemDetailSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('standard'), item: ServiceItemSchema, implementationCount: z.number().int() }),
  z.object({ kind: z.literal('implementation'), item: ItemImplementationSchema, standard: ServiceItemSchema }),
]);
export type ItemDetail = z.infer<typeof ItemDetailSchema>;

export const BundleStepSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/),
    basicCode: z.string(),
    name: z.string(),
    stage: z.string().nullable(),
    dependsOn: z.array(z.string()),
    jointDepartments: z
      .array(DepartmentKindSchema)
      .meta({ description: 'several departments give opinions on this one step (多评合一, 多图联审)' }),
    produces: z
      .array(z.string().regex(/^[a-z][a-z0-9_]*$/))
      .default([])
      .meta({
        description:
          'material keys this step makes inside the bundle (the seal step makes the seal impressions): never asked of the applicant',
      }),
  })
  .strict();
export type BundleStep = z.infer<typeof BundleStepSchema>;

export const BundleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    audience: AudienceSchema,
    description: z.string(),
    targetDays: z.number().int().min(1),
    onDenial: z.enum(['deny_all', 'continue_others']),
    themes: z.array(z.string()),
    steps: z.array(BundleStepSchema).min(1),
  })
  .meta({ id: 'Bundle' });
export type Bundle = z.infer<typeof BundleSchema>;

export const BundleSummarySchema = BundleSchema.pick({
  id: true,
  name: true,
  audience: true,
  description: true,
  targetDays: true,
  themes: true,
}).extend({ stepCount: z.number().int() });

export const BundleQuerySchema = z
  .object({
    q: z
      .string()
      .max(50, { message: '检索词最多 50 个字' })
      .optional()
      .meta({ description: 'find bundles by everyday words (开公司, 卖房) as well as their names' }),
  })
  .strict();

export const DeviationSchema = z
  .object({
    implementationCode: z.string(),
    basicCode: z.string(),
    itemName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    element: z.string(),
    kind: z.enum(['different', 'extra', 'missing', 'looser', 'stricter']),
    standard: z.unknown(),
    actual: z.unknown(),
    message: z.string(),
  })
  .meta({ id: 'Deviation' });

export const QaFindingSchema = z
  .object({
    basicCode: z.string(),
    itemName: z.string(),
    implementationCode: z.string().nullable(),
    rule: z.string(),
    message: z.string(),
  })
  .meta({ id: 'QaFinding' });

export const ConsistencyReportSchema = z
  .object({
    asOf: IsoDateSchema,
    itemCount: z.number().int(),
    implementationCount: z.number().int(),
    deviatingImplementationCount: z.number().int(),
    deviations: z.array(DeviationSchema),
    qaFindings: z.array(QaFindingSchema),
  })
  .meta({ id: 'ConsistencyReport' });
export type ConsistencyReport = z.infer<typeof ConsistencyReportSchema>;

export const ConsistencyQuerySchema = z
  .object({ region: z.string().optional(), asOf: IsoDateSchema.optional() })
  .strict();

export const BatchSchema = z
  .object({ id: z.string(), name: z.string(), publishedOn: IsoDateSchema, itemCount: z.number().int() })
  .meta({ id: 'Batch' });
