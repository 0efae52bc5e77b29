import { DomainError, invalid } from '../errors';
import { dayNumberOf, daysInYear, formatDayNumber, isWeekend, parseIsoDate, type LocalDate } from './calendar.dates';
import {
  CALENDAR_ERROR_CODES,
  dateInvalidError,
  workdayCountInvalidError,
  yearOutOfRangeError,
} from './calendar.errors';
import { PACKAGE_YEARS } from './calendar.package-data';
import { PROVISIONAL_MAX_YEAR, PROVISIONAL_MIN_YEAR, provisionalArrangement } from './calendar.provisional';
import type { CalendarYearOverride } from '@yici/contracts';
import { validateYearOverride } from './calendar.validation';

/** Official (the package's data or an administrator's entry of the notice) or computed from the law. */
export type CalendarYearSource = 'chinese-days' | 'override' | 'provisional';

/** A year's arrangement as the calendar uses it, and where it came from. */
export type CalendarYear = CalendarYearOverride & { source: CalendarYearSource };

/**
 * Working days of mainland China (docs/DOMAIN.md §4): Monday to Friday, minus statutory holidays, plus
 * make-up workdays (调休上班). Dates are ISO local dates, 'YYYY-MM-DD'. A year without an official
 * arrangement is answered from the law (calendar.provisional.ts) and is `provisional`: whoever shows
 * a day or a due date that depends on such a year says so ("预计"). No read fails for want of a
 * year's notice; CALENDAR_YEAR_OUT_OF_RANGE only for a year outside 2000–2100, and
 * CALENDAR_DATE_INVALID for a date that is not exactly 'YYYY-MM-DD'.
 */
export type Calendar = {
  isWorkday(date: string): boolean;
  /** The first working day strictly after `date`. */
  nextWorkday(date: string): string;
  /**
   * The n-th working day strictly after `date`, so `addWorkdays(acceptedOn, 3)` is the third working
   * day after the day of acceptance. n = 0 returns `date` itself, workday or not, so that
   * `workdaysBetween(d, addWorkdays(d, n)) === n` holds for every n ≥ 0.
   */
  addWorkdays(date: string, workdays: number): string;
  /**
   * Working days in the half-open interval (from, to]: `from` is not counted, `to` is. Negative
   * when `to` is before `from` (then it is minus the count in (to, from]), zero when they are equal.
   */
  workdaysBetween(from: string, to: string): number;
  /** Years with an official arrangement, ascending: those chinese-days covers plus those given by override. */
  coveredYears(): number[];
  /** The year has an official arrangement (not computed from the law). */
  isYearOfficial(year: number): boolean;
  /**
   * Some year from the earlier to the later of the dates (either order) is provisional, so an answer
   * computed over that span may move when the notice is entered.
   */
  isProvisionalBetween(from: string, to: string): boolean;
  /** The arrangement in force for a year: official, or computed from the law (source 'provisional'). */
  getYearArrangement(year: number): CalendarYear;
};

/** One year, precomputed so that every question is an array lookup. */
type YearTable = {
  year: number;
  firstDay: number;
  /** By day of year (0-based): 1 for a working day. */
  isWorkday: Uint8Array;
  /** [i] = working days among days 0 … i−1 of the year; the last entry is the year's total. */
  workdaysBefore: Uint16Array;
  total: number;
  arrangement: CalendarYear;
};

/**
 * Builds the calendar from chinese-days' data and the administrator's overrides. An override for a
 * year replaces the package's data for that year entirely (it is never merged day by day), so a
 * correction must restate the whole year as the notice publishes it.
 */
export function createCalendar({ overrides }: { overrides: CalendarYearOverride[] }): Calendar {
  const arrangements = new Map<number, CalendarYear>();
  for (const [year, arrangement] of PACKAGE_YEARS) arrangements.set(year, { ...arrangement, source: 'chinese-days' });
  for (const [year, override] of checkOverrides(overrides)) arrangements.set(year, { ...override, source: 'override' });

  const tables = new Map<number, YearTable>();
  for (const [year, arrangement] of arrangements) tables.set(year, buildYearTable(arrangement));
  const years = [...tables.keys()].sort((a, b) => a - b);

  // Provisional years are computed when first asked for and kept: the calendar is rebuilt whenever
  // an official year is entered, so a kept provisional year never hides a notice.
  const tableFor = (year: number): YearTable => {
    const table = tables.get(year);
    if (table) return table;
    if (!Number.isInteger(year) || year < PROVISIONAL_MIN_YEAR || year > PROVISIONAL_MAX_YEAR)
      throw yearOutOfRangeError(year);
    const computed = buildYearTable({ ...provisionalArrangement(year), source: 'provisional' });
    tables.set(year, computed);
    return computed;
  };
  const isOfficial = (year: number): boolean => arrangements.has(year);
  /** Working days from 1 January of the date's year through the date itself. */
  const workdaysThrough = (date: LocalDate): number => {
    const table = tableFor(date.year);
    return table.workdaysBefore[date.dayNumber - table.firstDay + 1]!;
  };
  const countAfter = (from: LocalDate, to: LocalDate): number => {
    let count = 0;
    for (let year = from.year; year < to.year; year++) count += tableFor(year).total;
    return count + workdaysThrough(to) - workdaysThrough(from);
  };

  const addWorkdays = (date: string, workdays: number): string => {
    if (!Number.isInteger(workdays) || workdays < 0) throw workdayCountInvalidError(workdays);
    const start = toLocalDate(date, 'date');
    let table = tableFor(start.year); // refused even for n = 0 when the year is out of range
    if (workdays === 0) return date;
    // The day sought, as a count of working days from 1 January of `table.year`.
    let target = table.workdaysBefore[start.dayNumber - table.firstDay + 1]! + workdays;
    while (target > table.total) {
      target -= table.total;
      table = tableFor(table.year + 1);
    }
    return formatDayNumber(table.firstDay + firstIndexReaching(table.workdaysBefore, target) - 1);
  };

  return Object.freeze({
    isWorkday(date: string): boolean {
      const day = toLocalDate(date, 'date');
      const table = tableFor(day.year);
      return table.isWorkday[day.dayNumber - table.firstDay] === 1;
    },
    nextWorkday: (date: string): string => addWorkdays(date, 1),
    addWorkdays,
    workdaysBetween(from: string, to: string): number {
      const start = toLocalDate(from, 'from');
      const end = toLocalDate(to, 'to');
      return end.dayNumber < start.dayNumber ? -countAfter(end, start) : countAfter(start, end);
    },
    coveredYears: (): number[] => [...years],
    isYearOfficial: isOfficial,
    isProvisionalBetween(from: string, to: string): boolean {
      const a = toLocalDate(from, 'from').year;
      const b = toLocalDate(to, 'to').year;
      for (let year = Math.min(a, b); year <= Math.max(a, b); year++) if (!isOfficial(year)) return true;
      return false;
    },
    getYearArrangement(year: number): CalendarYear {
      const { arrangement } = tableFor(year);
      return {
        ...arrangement,
        holidays: arrangement.holidays.map((entry) => ({ ...entry })),
        workdays: arrangement.workdays.map((entry) => ({ ...entry })),
      };
    },
  });
}

/** Validates every override, naming the field as `overrides[i]…`, and refuses two for one year. */
function checkOverrides(overrides: CalendarYearOverride[]): Map<number, CalendarYearOverride> {
  const byYear = new Map<number, CalendarYearOverride>();
  overrides.forEach((candidate, index) => {
    let override: CalendarYearOverride;
    try {
      override = validateYearOverride(candidate);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const fields = error.fields.map((field) => ({
        path: field.path === '' ? `overrides[${index}]` : `overrides[${index}].${field.path}`,
        message: field.message,
      }));
      throw invalid(error.code, error.title, fields, error.detail);
    }
    if (byYear.has(override.year)) {
      throw invalid(CALENDAR_ERROR_CODES.overrideDuplicateYear, '同一年度的节假日安排重复', [
        { path: `overrides[${index}].year`, message: `${override.year} 年的安排已经给出过一次` },
      ]);
    }
    byYear.set(override.year, override);
  });
  return byYear;
}

function buildYearTable(arrangement: CalendarYear): YearTable {
  const { year } = arrangement;
  const firstDay = dayNumberOf(year, 1, 1);
  const length = daysInYear(year);
  const isWorkday = new Uint8Array(length);
  for (let index = 0; index < length; index++) isWorkday[index] = isWeekend(firstDay + index) ? 0 : 1;
  // Both lists hold dates of this year only (validated for overrides, grouped by year for the package).
  for (const entry of arrangement.holidays) isWorkday[parseIsoDate(entry.date)!.dayNumber - firstDay] = 0;
  for (const entry of arrangement.workdays) isWorkday[parseIsoDate(entry.date)!.dayNumber - firstDay] = 1;

  const workdaysBefore = new Uint16Array(length + 1);
  for (let index = 0; index < length; index++) workdaysBefore[index + 1] = workdaysBefore[index]! + isWorkday[index]!;
  return { year, firstDay, isWorkday, workdaysBefore, total: workdaysBefore[length]!, arrangement };
}

/** The smallest k with counts[k] ≥ target (binary search; counts never decrease). */
function firstIndexReaching(counts: Uint16Array, target: number): number {
  let low = 0;
  let high = counts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (counts[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toLocalDate(text: string, path: string): LocalDate {
  const date = parseIsoDate(text);
  if (!date) throw dateInvalidError(path, text);
  return date;
}
