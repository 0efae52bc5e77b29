import { z } from 'zod';
import { IsoDateSchema } from './common';

export const RegionLevelSchema = z.enum(['province', 'city', 'county', 'town', 'village']);
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/** Region codes by level: 2 (province), 4 (city), 6 (county), 9 (town), 12 (village) digits. */
export const RegionCodeSchema = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, {
  message: '区划代码应为 2、4、6、9 或 12 位数字',
});

export const RegionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: RegionLevelSchema,
    parentCode: z.string().nullable(),
    validFrom: IsoDateSchema.nullable(),
    validTo: IsoDateSchema.nullable().meta({ description: 'exclusive end date' }),
    hasChildren: z.boolean(),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof RegionSchema>;

export const RegionQuerySchema = z
  .object({
    parent: RegionCodeSchema.optional().meta({
      description: 'parent region code; omitted → the top level (the province)',
    }),
    asOf: IsoDateSchema.optional().meta({ description: 'the date the division is valid on; default today' }),
  })
  .strict();

export const DepartmentKindSchema = z.enum([
  'approval_bureau',
  'market_regulation',
  'public_security',
  'taxation',
  'human_resources',
  'natural_resources',
  'housing_construction',
  'development_reform',
  'ecology_environment',
  'civil_affairs',
  'health',
  'medical_insurance',
  'housing_fund',
  'transport',
  'civil_air_defence',
  'water_utility',
  'power_utility',
  'gas_utility',
  'heating_utility',
  'government_services',
]);
export type DepartmentKind = z.infer<typeof DepartmentKindSchema>;

export const DepartmentSchema = z
  .object({
    id: z.string(),
    uscc: z.string(),
    name: z.string(),
    kind: DepartmentKindSchema,
    level: z.enum(['province', 'city', 'county']),
    regionCode: z.string(),
  })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof DepartmentSchema>;

export const RegionDetailSchema = RegionSchema.extend({
  path: z.array(z.object({ code: z.string(), name: z.string() })).meta({ description: 'province first' }),
}).meta({ id: 'RegionDetail' });

export const DepartmentQuerySchema = z
  .object({ region: RegionCodeSchema.optional(), kind: DepartmentKindSchema.optional() })
  .strict();

export const ServicePointKindSchema = z.enum(['hall', 'centre', 'station', 'kiosk']);
export type ServicePointKind = z.infer<typeof ServicePointKindSchema>;

export const ServicePointSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: ServicePointKindSchema,
    level: RegionLevelSchema,
    regionCode: z.string(),
    address: z.string(),
    openingHours: z.string(),
    phone: z.string(),
    is24Hours: z.boolean(),
    intake: z
      .enum(['all', 'listed'])
      .meta({ description: 'all: every item of its region level and below; listed: only itemCodes' }),
    itemCodes: z.array(z.string()),
  })
  .meta({ id: 'ServicePoint' });
export type ServicePoint = z.infer<typeof ServicePointSchema>;

export const ServicePointQuerySchema = z
  .object({
    region: RegionCodeSchema.meta({ description: 'region code; points in the region and below' }),
    kind: ServicePointKindSchema.optional(),
    q: z
      .string()
      .trim()
      .min(2, { message: '请至少输入 2 个字（网点名称或地址中的字词）' })
      .max(30, { message: '检索词最多 30 个字' })
      .optional()
      .meta({ description: 'words in the service point’s name or address' }),
    asOf: IsoDateSchema.optional().meta({ description: 'the region must exist on this date; default today' }),
    page: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'page number (default 1); for deep pages use `after`' }),
    after: z.string().min(1).max(64).optional().meta({
      description:
        'keyset paging: the id of the last point of the page before (the `next` it returned); not counted; not with `page`',
    }),
    pageSize: z.coerce.number().int().min(1).max(100, { message: '每页最多 100 条' }).default(20),
  })
  .strict();

/** A page of service points: by number (with the total), or after a point's id (uncounted). */
export const ServicePointPageSchema = z
  .object({
    items: z.array(ServicePointSchema),
    total: z.number().int().nullable().meta({ description: 'null on a page asked with `after`' }),
    page: z.number().int().nullable().meta({ description: 'null on a page asked with `after`' }),
    pageSize: z.number().int(),
    next: z
      .string()
      .nullable()
      .meta({ description: 'the id of the last point, to pass as `after`; null on the last page' }),
  })
  .meta({ id: 'ServicePointPage' });

/** Two-digit department codes used in item basic codes (GB/T 39554.1 position 5–6), province-wide. */
export const DEPARTMENT_CODES = {
  government_services: '01',
  development_reform: '02',
  public_security: '03',
  civil_affairs: '04',
  human_resources: '05',
  natural_resources: '06',
  ecology_environment: '07',
  housing_construction: '08',
  transport: '09',
  health: '10',
  medical_insurance: '11',
  taxation: '12',
  market_regulation: '13',
  housing_fund: '14',
  civil_air_defence: '15',
  water_utility: '16',
  power_utility: '17',
  gas_utility: '18',
  heating_utility: '19',
  approval_bureau: '20',
} as const satisfies Record<DepartmentKind, string>;

/** The body's name after the region name, e.g. 济南市 + 市场监督管理局. */
export const DEPARTMENT_NAMES = {
  government_services: '大数据局（政务服务管理办公室）',
  development_reform: '发展和改革委员会',
  public_security: '公安局',
  civil_affairs: '民政局',
  human_resources: '人力资源和社会保障局',
  natural_resources: '自然资源和规划局（不动产登记中心）',
  ecology_environment: '生态环境局',
  housing_construction: '住房和城乡建设局',
  transport: '交通运输局',
  health: '卫生健康委员会',
  medical_insurance: '医疗保障局',
  taxation: '税务局',
  market_regulation: '市场监督管理局',
  housing_fund: '住房公积金管理中心',
  civil_air_defence: '人民防空办公室',
  water_utility: '供水集团有限公司',
  power_utility: '供电公司',
  gas_utility: '燃气集团有限公司',
  heating_utility: '热力集团有限公司',
  approval_bureau: '行政审批服务局',
} as const satisfies Record<DepartmentKind, string>;

const LEVEL_LENGTHS = [2, 4, 6, 9, 12] as const;

/** The codes of a region and all its ancestors, province first: 370102 → [37, 3701, 370102]. */
export function regionLineage(code: string): string[] {
  return LEVEL_LENGTHS.filter((length) => length <= code.length).map((length) => code.slice(0, length));
}

export function regionLevelOf(code: string): RegionLevel | null {
  const index = LEVEL_LENGTHS.indexOf(code.length as (typeof LEVEL_LENGTHS)[number]);
  return index < 0 ? null : RegionLevelSchema.options[index]!;
}
