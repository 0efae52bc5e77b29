import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { createCalendar } from './calendar';
import type { CalendarYearOverride } from '@yici/contracts';
import { validateYearOverride } from './calendar.validation';

/** Illustrative arrangement for tests, not the published 2027 notice. */
function illustrative2027(): CalendarYearOverride {
  return {
    year: 2027,
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-01-03', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
    ],
    workdays: [{ date: '2027-02-20', name: '春节' }],
  };
}

function rejectionOf(input: unknown): DomainError {
  try {
    validateYearOverride(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the override to be rejected');
}

describe('validateYearOverride', () => {
  it('accepts a consistent year and returns it parsed, names trimmed', () => {
    const input = illustrative2027();
    input.holidays[0]!.name = ' 元旦 ';
    const parsed = validateYearOverride(input);
    expect(parsed.year).toBe(2027);
    expect(parsed.holidays[0]).toEqual({ date: '2027-01-01', name: '元旦' });
  });

  it('allows holidays on Saturdays and Sundays, since a holiday period spans weekends', () => {
    // 2 and 3 January and 6 February 2027 are weekend days.
    expect(() => validateYearOverride(illustrative2027())).not.toThrow();
  });

  it('accepts every year chinese-days publishes, so its data meets the rules an administrator must meet', () => {
    const calendar = createCalendar({ overrides: [] });
    for (const year of calendar.coveredYears()) {
      const { source: _source, ...arrangement } = calendar.getYearArrangement(year);
      expect(() => validateYearOverride(arrangement), String(year)).not.toThrow();
    }
  });

  it('rejects a date listed both as a holiday and as a make-up workday, naming both entries', () => {
    const input = illustrative2027();
    input.workdays.push({ date: '2027-02-06', name: '春节' });
    const error = rejectionOf(input);
    expect(error.kind).toBe('invalid');
    expect(error.code).toBe('CALENDAR_OVERRIDE_CONTRADICTION');
    expect(error.fields.map((field) => field.path)).toEqual(['holidays[4].date', 'workdays[1].date']);
  });

  it('rejects the same date listed twice, naming the repeat', () => {
    const input = illustrative2027();
    input.holidays.push({ date: '2027-01-02', name: '元旦' });
    const error = rejectionOf(input);
    expect(error.code).toBe('CALENDAR_OVERRIDE_CONTRADICTION');
    expect(error.fields).toEqual([{ path: 'holidays[5].date', message: '2027-01-02 与 holidays[1].date 重复' }]);
  });

  it('rejects a date outside the stated year', () => {
    const input = illustrative2027();
    input.workdays.push({ date: '2026-12-27', name: '元旦' });
    const error = rejectionOf(input);
    expect(error.fields).toEqual([{ path: 'workdays[1].date', message: '2026-12-27 不在 2027 年内' }]);
  });

  it('rejects a make-up workday on a Monday to Friday, which is a working day already', () => {
    const input = illustrative2027();
    input.workdays.push({ date: '2027-02-17', name: '春节' });
    const error = rejectionOf(input);
    expect(error.fields.map((field) => field.path)).toEqual(['workdays[1].date']);
    expect(error.fields[0]?.message).toContain('周三');
  });

  it('rejects a year without New Year’s Day among its holidays', () => {
    const input = illustrative2027();
    input.holidays.shift();
    const error = rejectionOf(input);
    expect(error.fields.map((field) => field.path)).toEqual(['holidays']);
  });

  it('reports every contradiction at once', () => {
    const input = illustrative2027();
    input.holidays.push({ date: '2027-02-05', name: '春节' }, { date: '2028-01-01', name: '元旦' });
    input.workdays.push({ date: '2027-03-01', name: '清明' });
    const error = rejectionOf(input);
    expect(error.fields.map((field) => field.path)).toEqual([
      'holidays[5].date',
      'holidays[6].date',
      'workdays[1].date',
    ]);
    expect(error.detail).toContain('3');
  });

  it('rejects a malformed override as invalid, naming every field at fault', () => {
    const error = rejectionOf({
      year: 20277,
      holidays: [
        { date: '2027-02-30', name: '春节' },
        { date: '2027-01-01', name: '  ' },
      ],
      workdays: [{ date: '2027-02-20' }],
      note: 'extra',
    });
    expect(error.code).toBe('CALENDAR_OVERRIDE_INVALID');
    expect(error.fields.map((field) => field.path).sort()).toEqual(
      ['', 'holidays[0].date', 'holidays[1].name', 'workdays[0].name', 'year'].sort(),
    );
    for (const field of error.fields) expect(field.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('rejects a year with no holidays at all', () => {
    const error = rejectionOf({ year: 2027, holidays: [], workdays: [] });
    expect(error.code).toBe('CALENDAR_OVERRIDE_INVALID');
    expect(error.fields.map((field) => field.path)).toEqual(['holidays']);
  });
});
