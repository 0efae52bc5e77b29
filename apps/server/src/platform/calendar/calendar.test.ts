import { isWorkday as packageIsWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { createCalendar, type Calendar } from './calendar';
import { formatDayNumber, parseIsoDate } from './calendar.dates';
import type { CalendarYearOverride } from '@yici/contracts';

// Every expected date below was checked against chinese-days 1.5.7 (dist/chinese-days.json) and the
// State Council notices its source cites.
const calendar = createCalendar({ overrides: [] });

/** Illustrative arrangement for tests, not the published 2027 notice. */
const illustrative2027: CalendarYearOverride = {
  year: 2027,
  holidays: [
    ...['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({ date, name: '元旦' })),
    ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map(
      (date) => ({ date, name: '春节' }),
    ),
  ],
  workdays: [{ date: '2027-02-20', name: '春节' }],
};

function thrownBy(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** Every date from `from` to `to`, both included. */
function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = parseIsoDate(from)!.dayNumber; day <= parseIsoDate(to)!.dayNumber; day++) {
    dates.push(formatDayNumber(day));
  }
  return dates;
}

function expectDaysOff(cal: Calendar, dates: string[]) {
  for (const date of dates) expect(cal.isWorkday(date), `${date} should be a day off`).toBe(false);
}

function expectWorkdays(cal: Calendar, dates: string[]) {
  for (const date of dates) expect(cal.isWorkday(date), `${date} should be a working day`).toBe(true);
}

describe('years the calendar knows', () => {
  it('has official data for exactly 2004 to 2026, the years chinese-days 1.5.7 publishes', () => {
    expect(calendar.coveredYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(calendar.isYearOfficial(2004)).toBe(true);
    expect(calendar.isYearOfficial(2026)).toBe(true);
    expect(calendar.isYearOfficial(2003)).toBe(false);
    expect(calendar.isYearOfficial(2027)).toBe(false);
  });

  it('answers a year without a notice from the law, marked provisional, instead of refusing it', () => {
    expect(calendar.isWorkday('2030-03-06')).toBe(true);
    expect(calendar.getYearArrangement(2030).source).toBe('provisional');
    expect(calendar.isProvisionalBetween('2026-12-28', '2027-01-05')).toBe(true);
    expect(calendar.isProvisionalBetween('2027-01-05', '2026-12-28')).toBe(true);
    expect(calendar.isProvisionalBetween('2025-12-28', '2026-12-31')).toBe(false);
  });

  it('counts working days into a year without a notice: weekends and the statutory days of 2027', () => {
    // Monday 28 December 2026 is followed by three working days before the year ends; 元旦 2027
    // is a Friday, so the fourth is Monday 4 January.
    expect(calendar.addWorkdays('2026-12-28', 3)).toBe('2026-12-31');
    expect(calendar.addWorkdays('2026-12-28', 4)).toBe('2027-01-04');
    expect(calendar.workdaysBetween('2026-12-31', '2027-01-08')).toBe(5);
    expect(calendar.nextWorkday('2030-01-01')).toBe('2030-01-02');
  });

  it('refuses only a year outside 2000–2100, naming it', () => {
    const error = thrownBy(() => calendar.isWorkday('2101-03-02'));
    expect(error.kind).toBe('unprocessable');
    expect(error.code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
    expect(error.detail).toContain('2101');
    expect(thrownBy(() => calendar.isWorkday('1999-06-04')).code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
  });
});

describe('isWorkday', () => {
  it('counts Monday to Friday as working days and Saturday and Sunday as days off outside holiday periods', () => {
    expectWorkdays(calendar, datesFrom('2024-03-04', '2024-03-08'));
    expectDaysOff(calendar, ['2024-03-09', '2024-03-10']);
  });

  it('2018 Spring Festival: 15–21 February off, Sunday 11 and Saturday 24 February worked', () => {
    expectDaysOff(calendar, datesFrom('2018-02-15', '2018-02-21'));
    expectWorkdays(calendar, ['2018-02-11', '2018-02-24', '2018-02-22', '2018-02-23']);
  });

  it('2019 Labour Day: 1–4 May off, Sundays 28 April and 5 May worked', () => {
    expectDaysOff(calendar, datesFrom('2019-05-01', '2019-05-04'));
    expectWorkdays(calendar, ['2019-04-28', '2019-05-05', '2019-05-06']);
  });

  it('2020 Spring Festival, extended: 24 January – 2 February off (make-up Saturday 1 February cancelled), Sunday 19 January worked', () => {
    expectDaysOff(calendar, datesFrom('2020-01-24', '2020-02-02'));
    expectWorkdays(calendar, ['2020-01-19', '2020-02-03']);
  });

  it('2024 Spring Festival: 10–17 February off, Sundays 4 and 18 February worked', () => {
    expectDaysOff(calendar, datesFrom('2024-02-10', '2024-02-17'));
    expectWorkdays(calendar, ['2024-02-04', '2024-02-18']);
  });

  it('2025 National Day with Mid-autumn: 1–8 October off, Sunday 28 September and Saturday 11 October worked', () => {
    expectDaysOff(calendar, datesFrom('2025-10-01', '2025-10-08'));
    expectWorkdays(calendar, ['2025-09-28', '2025-09-30', '2025-10-09', '2025-10-11']);
  });

  it('2026 follows the published notice: every holiday period off and every make-up day worked', () => {
    expectDaysOff(calendar, [
      ...datesFrom('2026-01-01', '2026-01-03'),
      ...datesFrom('2026-02-15', '2026-02-23'),
      ...datesFrom('2026-04-04', '2026-04-06'),
      ...datesFrom('2026-05-01', '2026-05-05'),
      ...datesFrom('2026-06-19', '2026-06-21'),
      ...datesFrom('2026-09-25', '2026-09-27'),
      ...datesFrom('2026-10-01', '2026-10-07'),
    ]);
    expectWorkdays(calendar, ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('keeps December days the next New Year notice arranges: 29 December 2018 worked, 30 December – 1 January off', () => {
    expect(calendar.isWorkday('2018-12-29')).toBe(true);
    expectDaysOff(calendar, datesFrom('2018-12-30', '2019-01-01'));
  });

  it.each(['2024-2-4', '2024-02-30', '2023-02-29', '2024-02-04T00:00', '', '20240204'])(
    'rejects %j, which is not an exact YYYY-MM-DD calendar date',
    (text) => {
      const error = thrownBy(() => calendar.isWorkday(text));
      expect(error.code).toBe('CALENDAR_DATE_INVALID');
      expect(error.fields.map((field) => field.path)).toEqual(['date']);
    },
  );

  it('gives the same answers whatever time zone the server runs in', () => {
    const original = process.env.TZ;
    try {
      for (const [zone, offsetMinutes] of [
        ['America/Los_Angeles', 480],
        ['Pacific/Kiritimati', -840],
        ['Asia/Shanghai', -480],
      ] as const) {
        process.env.TZ = zone;
        expect(new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset()).toBe(offsetMinutes);
        const local = createCalendar({ overrides: [] });
        expect(local.isWorkday('2024-02-17')).toBe(false);
        expect(local.isWorkday('2024-02-18')).toBe(true);
        expect(local.addWorkdays('2025-09-30', 3)).toBe('2025-10-11');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  // chinese-days' own functions build their tables at import in the process's time zone (west of
  // UTC every date is off by one); the unit project runs in China's time zone, as the package assumes.
  it('agrees with chinese-days on every day of every year it covers', () => {
    for (const year of calendar.coveredYears()) {
      for (const date of datesFrom(`${year}-01-01`, `${year}-12-31`)) {
        const { month, day } = parseIsoDate(date)!;
        expect(calendar.isWorkday(date), date).toBe(packageIsWorkday(new Date(year, month - 1, day)));
      }
    }
  });
});

describe('nextWorkday', () => {
  it('returns the first working day strictly after the date, even when the date is itself a working day', () => {
    expect(calendar.nextWorkday('2025-09-26')).toBe('2025-09-28');
    expect(calendar.nextWorkday('2024-03-04')).toBe('2024-03-05');
  });

  it('skips a whole holiday period', () => {
    expect(calendar.nextWorkday('2025-09-30')).toBe('2025-10-09');
    expect(calendar.nextWorkday('2024-02-09')).toBe('2024-02-18');
  });
});

describe('addWorkdays', () => {
  it('counts from the first working day after acceptance: 3 days from 30 September 2025 end on make-up Saturday 11 October', () => {
    expect(calendar.addWorkdays('2025-09-30', 1)).toBe('2025-10-09');
    expect(calendar.addWorkdays('2025-09-30', 3)).toBe('2025-10-11');
    expect(calendar.addWorkdays('2025-09-30', 4)).toBe('2025-10-13');
  });

  it('counts a make-up Sunday before National Day as a working day', () => {
    expect(calendar.addWorkdays('2025-09-26', 3)).toBe('2025-09-30');
  });

  it('starts from the first working day after a case accepted during a holiday', () => {
    expect(calendar.addWorkdays('2025-10-03', 1)).toBe('2025-10-09');
  });

  it('returns the date itself for 0 working days, even on a holiday, so that workdaysBetween stays its inverse', () => {
    expect(calendar.addWorkdays('2025-10-03', 0)).toBe('2025-10-03');
    expect(calendar.addWorkdays('2025-10-09', 0)).toBe('2025-10-09');
    expect(thrownBy(() => calendar.addWorkdays('2101-01-03', 0)).code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
  });

  it('crosses a year end through the make-up Saturday and the New Year holiday', () => {
    expect(calendar.addWorkdays('2018-12-28', 1)).toBe('2018-12-29');
    expect(calendar.addWorkdays('2018-12-28', 2)).toBe('2019-01-02');
  });

  it('lands on the same day as stepping through the calendar one day at a time, over hundreds of days', () => {
    for (const start of ['2018-01-01', '2019-12-20', '2023-06-15', '2025-01-27']) {
      for (const count of [1, 2, 3, 5, 20, 45, 100, 250, 400]) {
        let day = parseIsoDate(start)!.dayNumber;
        for (let left = count; left > 0;) if (calendar.isWorkday(formatDayNumber(++day))) left--;
        expect(calendar.addWorkdays(start, count), `${start} + ${count}`).toBe(formatDayNumber(day));
      }
    }
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s working days', (count) => {
    const error = thrownBy(() => calendar.addWorkdays('2025-09-30', count));
    expect(error.code).toBe('CALENDAR_WORKDAY_COUNT_INVALID');
    expect(error.kind).toBe('invalid');
  });
});

describe('workdaysBetween', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    expect(calendar.workdaysBetween('2024-03-04', '2024-03-08')).toBe(4);
    expect(calendar.workdaysBetween('2024-03-03', '2024-03-08')).toBe(5);
    expect(calendar.workdaysBetween('2024-03-08', '2024-03-08')).toBe(0);
  });

  it('counts across a year end with its New Year holiday and make-up Sunday', () => {
    // 29–31 December 2025, make-up Sunday 4 January 2026, then 5–9 January.
    expect(calendar.workdaysBetween('2025-12-26', '2026-01-09')).toBe(9);
  });

  it('is negative when `to` comes before `from`', () => {
    expect(calendar.workdaysBetween('2026-01-09', '2025-12-26')).toBe(-9);
  });

  it('skips a whole National Day holiday period', () => {
    expect(calendar.workdaysBetween('2025-09-30', '2025-10-08')).toBe(0);
    expect(calendar.workdaysBetween('2025-09-30', '2025-10-11')).toBe(3);
  });

  it('undoes addWorkdays: workdaysBetween(d, addWorkdays(d, n)) is n for every day of 2018–2026', () => {
    for (const date of datesFrom('2018-01-01', '2026-09-30')) {
      for (const count of [0, 1, 3, 5, 20, 45]) {
        expect(calendar.workdaysBetween(date, calendar.addWorkdays(date, count)), `${date} + ${count}`).toBe(count);
      }
    }
  });

  it('matches counting day by day over spans of several years', () => {
    const from = '2019-11-20';
    let count = 0;
    for (const date of datesFrom('2019-11-21', '2023-02-14')) {
      if (calendar.isWorkday(date)) count++;
    }
    expect(calendar.workdaysBetween(from, '2023-02-14')).toBe(count);
  });

  it('names which argument is malformed', () => {
    expect(thrownBy(() => calendar.workdaysBetween('2024-03-04', '2024/03/08')).fields[0]?.path).toBe('to');
    expect(thrownBy(() => calendar.workdaysBetween('4 March', '2024-03-08')).fields[0]?.path).toBe('from');
  });
});

describe('year overrides', () => {
  it('makes a year the package does not cover official, from the date the administrator enters it', () => {
    const withOverride = createCalendar({ overrides: [illustrative2027] });
    expect(withOverride.isYearOfficial(2027)).toBe(true);
    expect(withOverride.isProvisionalBetween('2026-12-28', '2027-12-31')).toBe(false);
    expect(withOverride.coveredYears().at(-1)).toBe(2027);
    expectDaysOff(withOverride, datesFrom('2027-02-05', '2027-02-11'));
    expectWorkdays(withOverride, ['2027-02-20', '2027-02-12', '2027-03-03']);
    expect(withOverride.addWorkdays('2026-12-30', 3)).toBe('2027-01-05');
    expect(withOverride.workdaysBetween('2026-12-30', '2027-01-05')).toBe(3);
    expect(withOverride.getYearArrangement(2028).source).toBe('provisional');
  });

  it('replaces the package data for its year entirely rather than merging with it', () => {
    const corrected = createCalendar({
      overrides: [{ year: 2026, holidays: [{ date: '2026-01-01', name: '元旦' }], workdays: [] }],
    });
    expect(corrected.isWorkday('2026-01-01')).toBe(false);
    expect(corrected.isWorkday('2026-01-02')).toBe(true);
    expect(corrected.isWorkday('2026-02-16')).toBe(true);
    expect(corrected.isWorkday('2026-01-04')).toBe(false);
    expect(corrected.isWorkday('2025-10-08')).toBe(false);
    expect(corrected.getYearArrangement(2026).source).toBe('override');
  });

  it('shows the arrangement in force for a known year, with Chinese festival names', () => {
    const year = calendar.getYearArrangement(2024);
    expect(year.source).toBe('chinese-days');
    expect(year.holidays).toContainEqual({ date: '2024-02-10', name: '春节' });
    expect(year.workdays.map((entry) => entry.date)).toEqual([
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ]);
    year.holidays.length = 0;
    expect(calendar.isWorkday('2024-02-12')).toBe(false);
    expect(calendar.getYearArrangement(2024).holidays).not.toHaveLength(0);
  });

  it('rejects a contradictory override and names the entry as overrides[i]…', () => {
    const contradictory = { ...illustrative2027, workdays: [{ date: '2027-02-17', name: '春节' }] };
    const error = thrownBy(() => createCalendar({ overrides: [illustrative2027, contradictory] }));
    expect(error.code).toBe('CALENDAR_OVERRIDE_CONTRADICTION');
    expect(error.fields.map((field) => field.path)).toEqual(['overrides[1].workdays[0].date']);
  });

  it('rejects two overrides for the same year', () => {
    const error = thrownBy(() => createCalendar({ overrides: [illustrative2027, illustrative2027] }));
    expect(error.code).toBe('CALENDAR_OVERRIDE_DUPLICATE_YEAR');
    expect(error.fields.map((field) => field.path)).toEqual(['overrides[1].year']);
  });
});
