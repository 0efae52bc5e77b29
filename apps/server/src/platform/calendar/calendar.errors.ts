import { DomainError, invalid } from '../errors';

/**
 * Codes the working-day calendar throws (the kind, in brackets, decides the HTTP status).
 */
export const CALENDAR_ERROR_CODES = {
  /**
   * [unprocessable] a date falls outside 2000–2100, the years the calendar answers (officially or
   * computed from the law). Years without a notice are never refused: they are provisional.
   */
  yearOutOfRange: 'CALENDAR_YEAR_OUT_OF_RANGE',
  /** [invalid] a date is not an exact 'YYYY-MM-DD' string naming a real calendar day. */
  dateInvalid: 'CALENDAR_DATE_INVALID',
  /** [invalid] addWorkdays was asked for a count that is not a whole number ≥ 0. */
  workdayCountInvalid: 'CALENDAR_WORKDAY_COUNT_INVALID',
  /** [invalid] a year override is malformed: missing or extra fields, bad date text, year out of range. */
  overrideInvalid: 'CALENDAR_OVERRIDE_INVALID',
  /** [invalid] a year override contradicts itself: repeated dates, off and worked, outside its year, no 元旦. */
  overrideContradiction: 'CALENDAR_OVERRIDE_CONTRADICTION',
  /** [invalid] createCalendar was given two overrides for the same year. */
  overrideDuplicateYear: 'CALENDAR_OVERRIDE_DUPLICATE_YEAR',
} as const;

export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[keyof typeof CALENDAR_ERROR_CODES];

export function yearOutOfRangeError(year: number): DomainError {
  return new DomainError({
    kind: 'unprocessable',
    code: CALENDAR_ERROR_CODES.yearOutOfRange,
    title: '日期超出工作日历的年份范围',
    detail: `${year} 年不在工作日历可计算的范围（2000—2100 年）内。`,
  });
}

export function dateInvalidError(path: string, text: string): DomainError {
  return invalid(CALENDAR_ERROR_CODES.dateInvalid, '日期格式不正确', [
    { path, message: `“${text}”不是有效日期，应为 YYYY-MM-DD` },
  ]);
}

export function workdayCountInvalidError(count: number): DomainError {
  return invalid(CALENDAR_ERROR_CODES.workdayCountInvalid, '工作日天数不正确', [
    { path: 'workdays', message: `工作日天数应为不小于 0 的整数，实际为 ${count}` },
  ]);
}
