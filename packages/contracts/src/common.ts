import { z } from 'zod';

/** An ISO local date (China time), e.g. 2018-07-01. */
// Years outside the platform's records are refused here: year 0000 passes the ISO pattern but no
// database takes it.
export const IsoDateSchema = z.iso
  .date()
  .refine((date) => date >= '1900-01-01' && date <= '2999-12-31', { message: '日期应在 1900 年至 2999 年之间' })
  .meta({ description: 'ISO date, YYYY-MM-DD (China local date), years 1900–2999' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** RFC 9457 problem details, as every error leaves the API. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string().meta({ description: 'readable Chinese summary' }),
    status: z.number().int(),
    code: z.string().meta({ description: 'stable machine-readable code' }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    correlationId: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

export const MAX_PAGE_SIZE = 100;

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE, { message: `每页最多 ${MAX_PAGE_SIZE} 条` })
    .default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgresql']),
    version: z.string(),
    /** True on a simulated platform (模拟环境): its time, and everything it holds, is not real. */
    simulated: z.boolean(),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;

/** The process is up and serving; says nothing about the database (that is /api/health). */
export const LivenessSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
export type Liveness = z.infer<typeof LivenessSchema>;
