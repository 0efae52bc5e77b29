import { z } from 'zod';
import {
  CalendarStatusSchema,
  CalendarYearEntrySchema,
  CalendarYearSchema,
  CalendarYearsSchema,
  ProblemSchema,
  WorkdayAnswerSchema,
  WorkdayQuerySchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../http/app';
import type { CalendarService } from './calendar.service';

const tags = ['calendar'];
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export function calendarRoutes(calendar: CalendarService): RouteTable {
  return (app) => {
    app.get(
      '/api/calendar/years',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'listCalendarYears',
          tags,
          summary: '已录入节假日安排的年份',
          response: { 200: CalendarYearsSchema },
        },
      },
      async () => ({ years: await calendar.listYears() }),
    );

    app.get(
      '/api/calendar/status',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'getCalendarStatus',
          tags,
          summary: '今年与明年的节假日安排是否已录入（未录入为预计），及对管理员的提醒',
          response: { 200: CalendarStatusSchema, ...commonProblems },
        },
      },
      async () => calendar.status(),
    );

    app.get(
      '/api/calendar/years/:year',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'getCalendarYear',
          tags,
          summary: '某年的节假日与调休上班日（未录入通知的年份按放假办法预计，source 为 provisional）',
          params: YearParams,
          response: { 200: CalendarYearSchema, 422: ProblemSchema, ...commonProblems },
        },
      },
      async (request) => calendar.getYear(request.params.year),
    );

    app.put(
      '/api/calendar/years/:year',
      {
        config: { permission: 'calendar:edit' },
        schema: {
          operationId: 'enterCalendarYear',
          tags,
          summary: '录入或更正某年的节假日安排（管理员）',
          description:
            '整年替换：以国务院办公厅通知为准，录入全部放假日期与调休上班日期。需管理员登录。同一事务中，所有跨该年度运行的计时重新推算到期日，到期日变化的办件通知申请人并记入审计日志。',
          params: YearParams,
          // Validated as a whole by the calendar so that every contradiction is named at once.
          body: z.unknown(),
          response: { 200: CalendarYearEntrySchema, 401: ProblemSchema, 403: ProblemSchema, ...commonProblems },
        },
      },
      async (request) => calendar.putYear(request.ctx, { input: request.body, year: request.params.year }),
    );

    app.get(
      '/api/calendar/workdays',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'countWorkingDays',
          tags,
          summary: '工作日计算：是否工作日、区间内工作日数、第 n 个工作日',
          querystring: WorkdayQuerySchema,
          response: { 200: WorkdayAnswerSchema, 422: ProblemSchema, ...commonProblems },
        },
      },
      async (request) => {
        const cal = await calendar.calendar();
        const { from, to, workdays } = request.query;
        const nextWorkday = cal.nextWorkday(from);
        const deadline = workdays !== undefined ? cal.addWorkdays(from, workdays) : undefined;
        const last = [nextWorkday, to ?? from, deadline ?? from].sort().at(-1)!;
        return {
          from,
          isWorkday: cal.isWorkday(from),
          nextWorkday,
          ...(to ? { to, workdaysBetween: cal.workdaysBetween(from, to) } : {}),
          ...(deadline !== undefined ? { workdays, deadline } : {}),
          provisional: cal.isProvisionalBetween([from, to ?? from].sort()[0]!, last),
        };
      },
    );
  };
}
