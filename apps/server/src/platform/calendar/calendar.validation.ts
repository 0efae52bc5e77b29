import { z } from 'zod';
import { invalid, type FieldIssue } from '../errors';
import { isWeekend, parseIsoDate, weekdayName } from './calendar.dates';
import { CALENDAR_ERROR_CODES } from './calendar.errors';
import { CalendarYearOverrideSchema, type CalendarYearOverride } from '@yici/contracts';

const chineseMessages = z.locales.zhCN().localeError;

type ListName = 'holidays' | 'workdays';

/**
 * Parses an administrator's year arrangement and rejects it, naming every offending entry at once,
 * when it is malformed (CALENDAR_OVERRIDE_INVALID) or contradicts itself
 * (CALENDAR_OVERRIDE_CONTRADICTION). Holidays may fall on weekends: a holiday period spans them.
 */
export function validateYearOverride(input: unknown): CalendarYearOverride {
  const parsed = CalendarYearOverrideSchema.safeParse(input, { error: chineseMessages });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    throw invalid(CALENDAR_ERROR_CODES.overrideInvalid, '节假日安排格式不正确', fields);
  }
  const override = parsed.data;
  const fields = findContradictions(override);
  if (fields.length > 0) {
    throw invalid(
      CALENDAR_ERROR_CODES.overrideContradiction,
      '节假日安排前后矛盾',
      fields,
      `${override.year} 年的节假日安排有 ${fields.length} 处问题`,
    );
  }
  return override;
}

function findContradictions(override: CalendarYearOverride): FieldIssue[] {
  const { year } = override;
  const issues: FieldIssue[] = [];
  const firstSeen = new Map<string, { list: ListName; path: string }>();

  const lists: [ListName, CalendarYearOverride['holidays']][] = [
    ['holidays', override.holidays],
    ['workdays', override.workdays],
  ];
  for (const [list, entries] of lists) {
    entries.forEach((entry, index) => {
      const path = `${list}[${index}].date`;
      // The schema has already checked the format, so the date parses.
      const date = parseIsoDate(entry.date)!;
      if (date.year !== year) issues.push({ path, message: `${entry.date} 不在 ${year} 年内` });
      if (list === 'workdays' && !isWeekend(date.dayNumber)) {
        issues.push({
          path,
          message: `${entry.date} 是${weekdayName(date.dayNumber)}，本来就是工作日；调休上班日只能是周六或周日`,
        });
      }
      const earlier = firstSeen.get(entry.date);
      if (!earlier) {
        firstSeen.set(entry.date, { list, path });
      } else if (earlier.list === list) {
        issues.push({ path, message: `${entry.date} 与 ${earlier.path} 重复` });
      } else {
        const message = `${entry.date} 同时列为节假日和调休上班日`;
        issues.push({ path: earlier.path, message }, { path, message });
      }
    });
  }

  // 元旦 is a statutory holiday in every year, so an arrangement without it is incomplete or for the wrong year.
  const newYearsDay = `${year}-01-01`;
  if (!override.holidays.some((entry) => entry.date === newYearsDay)) {
    issues.push({ path: 'holidays', message: `缺少元旦（${newYearsDay}）：每年 1 月 1 日都是法定节假日` });
  }
  return issues;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}
