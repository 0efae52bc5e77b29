import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { calendarWarning } from './calendar.warning';

const packageOnly = createCalendar({ overrides: [] });
const with2027 = createCalendar({
  overrides: [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] }],
});

describe('the administrators’ calendar warning', () => {
  it('is silent until 31 October, even when next year is provisional', () => {
    expect(calendarWarning(packageOnly, '2026-10-31')).toMatchObject({
      currentYear: { year: 2026, provisional: false },
      nextYear: { year: 2027, provisional: true },
      warning: null,
    });
  });

  it('warns from 1 November while next year is provisional', () => {
    expect(calendarWarning(packageOnly, '2026-11-01').warning?.year).toBe(2027);
    expect(calendarWarning(packageOnly, '2026-12-31').warning?.message).toContain('PUT /api/calendar/years/2027');
  });

  it('stops once next year is entered', () => {
    expect(calendarWarning(with2027, '2026-12-03').warning).toBeNull();
  });

  it('warns all year while the current year itself is provisional', () => {
    expect(calendarWarning(packageOnly, '2027-03-01').warning?.year).toBe(2027);
    expect(calendarWarning(with2027, '2027-03-01').warning).toBeNull();
  });
});
