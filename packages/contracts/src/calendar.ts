import { z } from 'zod';

/** Years an administrator may enter; wider than any notice the platform will meet, narrow enough to catch typos. */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;

export const CalendarEntrySchema = z
  .object({
    date: z.iso.date({ error: '日期应为 YYYY-MM-DD 格式的有效日期' }),
    name: z.string().trim().min(1, { error: '名称不能为空' }).max(60, { error: '名称最多 60 个字' }),
  })
  .strict()
  .meta({ description: 'One day of a year arrangement and the festival it belongs to, e.g. 春节' });
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

/**
 * A whole year's arrangement as the State Council's notice publishes it: the days off (statutory
 * holidays, including weekend days inside a holiday period) and the make-up workdays (调休上班,
 * always a Saturday or Sunday). Every other day follows the weekday rule. An override replaces the
 * package data for its year entirely; all its dates lie in that year.
 */
export const CalendarYearOverrideSchema = z
  .object({
    year: z
      .number()
      .int({ error: '年份应为整数' })
      .min(CALENDAR_MIN_YEAR, { error: `年份不能早于 ${CALENDAR_MIN_YEAR}` })
      .max(CALENDAR_MAX_YEAR, { error: `年份不能晚于 ${CALENDAR_MAX_YEAR}` }),
    holidays: z.array(CalendarEntrySchema).min(1, { error: '至少应有一个节假日（元旦）' }).max(366),
    workdays: z.array(CalendarEntrySchema).max(366),
  })
  .strict()
  .meta({ description: "One year's holiday arrangement entered by an administrator" });
export type CalendarYearOverride = z.infer<typeof CalendarYearOverrideSchema>;

export const CalendarYearSchema = CalendarYearOverrideSchema.extend({
  source: z.enum(['chinese-days', 'override']).meta({ description: 'package data or an administrator override' }),
}).meta({ id: 'CalendarYear' });

export const CalendarYearsSchema = z
  .object({ years: z.array(z.object({ year: z.number().int(), source: z.enum(['chinese-days', 'override']) })) })
  .meta({ id: 'CalendarYears' });

export const WorkdayQuerySchema = z
  .object({
    from: z.iso.date(),
    to: z.iso.date().optional().meta({ description: 'count working days in (from, to]' }),
    workdays: z.coerce
      .number()
      .int()
      .min(0)
      .max(1000)
      .optional()
      .meta({ description: 'the n-th working day after from' }),
  })
  .strict();

export const WorkdayAnswerSchema = z
  .object({
    from: z.string(),
    isWorkday: z.boolean(),
    nextWorkday: z.string(),
    to: z.string().optional(),
    workdaysBetween: z.number().int().optional(),
    workdays: z.number().int().optional(),
    deadline: z.string().optional(),
  })
  .meta({ id: 'WorkdayAnswer' });
