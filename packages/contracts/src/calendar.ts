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

export const CalendarYearSourceSchema = z.enum(['chinese-days', 'override', 'provisional']).meta({
  description:
    'package data, an administrator override (both official), or provisional: computed from the law until the notice is entered',
});

export const CalendarYearSchema = CalendarYearOverrideSchema.extend({
  source: CalendarYearSourceSchema,
}).meta({ id: 'CalendarYear' });

export const CalendarYearsSchema = z
  .object({ years: z.array(z.object({ year: z.number().int(), source: CalendarYearSourceSchema })) })
  .meta({ id: 'CalendarYears' });

/** What entering a year did to the clocks that run through it. */
export const CalendarYearEntrySchema = CalendarYearSchema.extend({
  clocksRederived: z.number().int().meta({ description: 'running clocks whose due day was computed again' }),
  dueDaysMoved: z.number().int().meta({ description: 'of those, clocks whose due day changed' }),
}).meta({ id: 'CalendarYearEntry' });

/**
 * The calendar's state for the workbench: from 1 November (China date) administrators are warned
 * while next year has no official arrangement.
 */
export const CalendarStatusSchema = z
  .object({
    today: z.iso.date(),
    currentYear: z.object({ year: z.number().int(), provisional: z.boolean() }),
    nextYear: z.object({ year: z.number().int(), provisional: z.boolean() }),
    warning: z
      .object({ year: z.number().int(), message: z.string() })
      .nullable()
      .meta({ description: 'set from 1 November while next year is provisional' }),
  })
  .meta({ id: 'CalendarStatus' });
export type CalendarStatus = z.infer<typeof CalendarStatusSchema>;

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
    provisional: z.boolean().meta({
      description: 'some answer depends on a year computed from the law, not yet on its notice (预计)',
    }),
  })
  .meta({ id: 'WorkdayAnswer' });
