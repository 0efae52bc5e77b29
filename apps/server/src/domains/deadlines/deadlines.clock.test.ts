import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../platform/calendar/calendar';
import {
  clockView,
  dueOnOf,
  extendClock,
  notStartedView,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
  type ClockState,
} from './deadlines.clock';

// Expected dates follow the State Council's notices:
// - 2018 Mid-Autumn and National Day: 09-22…09-24 and 10-01…10-07 off; Sat 09-29 and Sun 09-30 worked.
// - 2019 New Year: 2018-12-30…2019-01-01 off; Sat 2018-12-29 worked.
// - 2019 Spring Festival: 02-04…02-10 off; Sat 02-02 and Sun 02-03 worked.
const cal = createCalendar({ overrides: [] });

/** Accepted Fri 2018-09-28 with three days: day 1 Sat 09-29, day 2 Sun 09-30, day 3 Mon 10-08. */
const beforeNationalDay = startClock(3, '2018-09-28');

/**
 * Accepted Mon 2019-01-28 with twenty days: 01-29…02-01 (4), 02-02 and 02-03 (6), 02-11…02-15 (11),
 * 02-18…02-22 (16), 02-25…02-28 (20), so due Thu 2019-02-28.
 */
const overSpringFestival = startClock(20, '2019-01-28');

const viewOn = (s: ClockState, today: string, yellowDays = 1) => clockView(cal, s, today, { yellowDays });

describe('starting a clock', () => {
  it('counts from the first working day after acceptance, over make-up days and National Day 2018', () => {
    expect(viewOn(beforeNationalDay, '2018-09-28')).toEqual({
      limitDays: 3,
      extendedDays: 0,
      startsOn: '2018-09-29',
      dueOn: '2018-10-08',
      elapsedWorkdays: 0,
      remainingWorkdays: 3,
      pausedWorkdays: 0,
      paused: false,
      stoppedOn: null,
      card: 'green',
      provisional: false,
    });
    expect(dueOnOf(cal, beforeNationalDay)).toBe('2018-10-08');
  });

  it('works the Spring Festival 2019 make-up weekend: accepted Fri 02-01 with 5 days is due Wed 02-13', () => {
    // Day 1 Sat 02-02, day 2 Sun 02-03, then 02-11, 02-12, 02-13 after the holiday.
    const clock = startClock(5, '2019-02-01');
    expect(dueOnOf(cal, clock)).toBe('2019-02-13');
    expect(viewOn(clock, '2019-02-01').startsOn).toBe('2019-02-02');
    // On the holiday Tue 02-05 two days have passed (02-02, 02-03) and three remain.
    expect(viewOn(clock, '2019-02-05')).toMatchObject({ elapsedWorkdays: 2, remainingWorkdays: 3, card: 'green' });
  });

  it('crosses New Year 2019: accepted Fri 2018-12-28 with 3 days is due Thu 2019-01-03', () => {
    // Day 1 Sat 2018-12-29 (worked), 12-30…01-01 off, day 2 Wed 01-02, day 3 Thu 01-03.
    expect(dueOnOf(cal, startClock(3, '2018-12-28'))).toBe('2019-01-03');
  });

  it('starts on the first working day after a base day that is itself a holiday', () => {
    // Opened during National Day (Wed 2018-10-03): day 1 Mon 10-08, day 3 Wed 10-10.
    const view = viewOn(startClock(3, '2018-10-03'), '2018-10-03');
    expect(view).toMatchObject({ startsOn: '2018-10-08', dueOn: '2018-10-10', elapsedWorkdays: 0 });
  });

  it('refuses a limit that is not a whole number of days', () => {
    expect(() => startClock(-1, '2018-09-28')).toThrow(Error);
    expect(() => startClock(2.5, '2018-09-28')).toThrow(Error);
  });

  it('shows a case that is not accepted yet as not started, with nothing counted', () => {
    expect(notStartedView(20)).toEqual({
      limitDays: 20,
      extendedDays: 0,
      startsOn: null,
      dueOn: null,
      elapsedWorkdays: 0,
      remainingWorkdays: null,
      pausedWorkdays: 0,
      paused: false,
      stoppedOn: null,
      card: 'not_started',
      provisional: false,
    });
  });
});

describe('cards', () => {
  it('is green two working days before the due day (Sat 2018-09-29, with 09-30 and 10-08 left)', () => {
    expect(viewOn(beforeNationalDay, '2018-09-29')).toMatchObject({ card: 'green', remainingWorkdays: 2 });
  });

  it('turns yellow one working day before the due day, on the make-up Sunday 2018-09-30', () => {
    expect(viewOn(beforeNationalDay, '2018-09-30')).toMatchObject({ card: 'yellow', remainingWorkdays: 1 });
  });

  it('stays yellow through National Day, when only Mon 10-08 is left', () => {
    expect(viewOn(beforeNationalDay, '2018-10-01').card).toBe('yellow');
    expect(viewOn(beforeNationalDay, '2018-10-07')).toMatchObject({ card: 'yellow', remainingWorkdays: 1 });
  });

  it('is yellow, not red, on the due day itself (Mon 2018-10-08)', () => {
    expect(viewOn(beforeNationalDay, '2018-10-08')).toMatchObject({
      card: 'yellow',
      elapsedWorkdays: 3,
      remainingWorkdays: 0,
    });
  });

  it('turns red the day after the due day (Tue 2018-10-09), one working day over', () => {
    expect(viewOn(beforeNationalDay, '2018-10-09')).toMatchObject({
      card: 'red',
      elapsedWorkdays: 4,
      remainingWorkdays: -1,
    });
  });

  it('is red from the first day past the due day even when that day is a weekend', () => {
    // Opened Mon 2018-10-08 with 4 days: due Fri 10-12; Sat 10-13 is already overdue.
    const clock = startClock(4, '2018-10-08');
    expect(viewOn(clock, '2018-10-12').card).toBe('yellow');
    expect(viewOn(clock, '2018-10-13')).toMatchObject({ card: 'red', remainingWorkdays: 0 });
  });

  it('warns earlier when configured: two yellow days make Sat 2018-09-29 yellow', () => {
    expect(viewOn(beforeNationalDay, '2018-09-29', 2).card).toBe('yellow');
    expect(viewOn(beforeNationalDay, '2018-09-28', 2).card).toBe('green');
  });
});

describe('pausing while the applicant corrects materials', () => {
  const paused = pauseClock(cal, overSpringFestival, '2019-01-31');

  it('is due Thu 2019-02-28 before any pause', () => {
    expect(dueOnOf(cal, overSpringFestival)).toBe('2019-02-28');
  });

  it('has no due day while paused and freezes the remaining days at their value on the pause day', () => {
    expect(dueOnOf(cal, paused)).toBeNull();
    const expected = { paused: true, dueOn: null, card: 'paused', elapsedWorkdays: 3, remainingWorkdays: 17 };
    expect(viewOn(paused, '2019-01-31')).toMatchObject(expected);
    expect(viewOn(paused, '2019-02-05')).toMatchObject(expected);
    expect(viewOn(paused, '2019-02-12')).toMatchObject(expected);
  });

  it('adds the working days of a pause over Spring Festival: 01-31 to 02-12 costs 5, due moves to Thu 03-07', () => {
    // (01-31, 02-12] holds Fri 02-01, Sat 02-02, Sun 02-03, Mon 02-11, Tue 02-12.
    const resumed = resumeClock(cal, paused, '2019-02-12');
    expect(resumed.pausedWorkdays).toBe(5);
    expect(resumed.pausedOn).toBeNull();
    // Twenty-five working days after 01-28: 02-28 is the 20th, then 03-01, 03-04…03-07.
    expect(dueOnOf(cal, resumed)).toBe('2019-03-07');
    expect(viewOn(resumed, '2019-02-12')).toMatchObject({ card: 'green', elapsedWorkdays: 3, remainingWorkdays: 17 });
    expect(viewOn(resumed, '2019-02-13')).toMatchObject({ elapsedWorkdays: 4, remainingWorkdays: 16 });
  });

  it('costs nothing when paused and resumed the same day', () => {
    const resumed = resumeClock(cal, pauseClock(cal, overSpringFestival, '2019-01-31'), '2019-01-31');
    expect(resumed.pausedWorkdays).toBe(0);
    expect(dueOnOf(cal, resumed)).toBe('2019-02-28');
  });

  it('costs nothing when the whole pause lies within National Day 2018 (10-01 to 10-07)', () => {
    const resumed = resumeClock(cal, pauseClock(cal, beforeNationalDay, '2018-10-01'), '2018-10-07');
    expect(resumed.pausedWorkdays).toBe(0);
    expect(dueOnOf(cal, resumed)).toBe('2018-10-08');
  });

  it('adds pauses up: a second pause after resuming counts on top of the first', () => {
    const first = resumeClock(cal, paused, '2019-02-12');
    // (02-20, 02-22] holds Thu 02-21 and Fri 02-22.
    const second = resumeClock(cal, pauseClock(cal, first, '2019-02-20'), '2019-02-22');
    expect(second.pausedWorkdays).toBe(7);
    expect(dueOnOf(cal, second)).toBe('2019-03-11');
  });

  it('refuses a second pause of a paused clock and a resume of a running one', () => {
    expect(() => pauseClock(cal, paused, '2019-02-01')).toThrow(/already paused/);
    expect(() => resumeClock(cal, overSpringFestival, '2019-02-01')).toThrow(/not paused/);
  });

  it('refuses to resume before the pause began or to pause before the base day', () => {
    expect(() => resumeClock(cal, paused, '2019-01-30')).toThrow(Error);
    expect(() => pauseClock(cal, overSpringFestival, '2019-01-27')).toThrow(Error);
  });
});

describe('extending', () => {
  const extended = extendClock(cal, beforeNationalDay, 2);

  it('moves the due day by working days: 3 + 2 days from 2018-09-28 is Wed 10-10', () => {
    expect(extended.extendedDays).toBe(2);
    expect(dueOnOf(cal, extended)).toBe('2018-10-10');
  });

  it('is not red on Tue 2018-10-09, when the clock without extension would be', () => {
    expect(viewOn(beforeNationalDay, '2018-10-09').card).toBe('red');
    expect(viewOn(extended, '2018-10-08')).toMatchObject({ card: 'green', remainingWorkdays: 2 });
    expect(viewOn(extended, '2018-10-09')).toMatchObject({ card: 'yellow', remainingWorkdays: 1 });
    expect(viewOn(extended, '2018-10-10').card).toBe('yellow');
  });

  it('turns red only after the extended due day (Thu 2018-10-11)', () => {
    expect(viewOn(extended, '2018-10-11')).toMatchObject({ card: 'red', remainingWorkdays: -1 });
  });

  it('may be granted while paused and counts with the pause after resuming', () => {
    const paused = extendClock(cal, pauseClock(cal, overSpringFestival, '2019-01-31'), 10);
    expect(viewOn(paused, '2019-02-05')).toMatchObject({ card: 'paused', remainingWorkdays: 27 });
    // 20 + 10 + 5 paused = 35 working days after 01-28: 03-07 is the 25th, then 03-08, 03-11…03-15, 03-18…03-21.
    expect(dueOnOf(cal, resumeClock(cal, paused, '2019-02-12'))).toBe('2019-03-21');
  });

  it('refuses an extension of no days or of part of a day', () => {
    expect(() => extendClock(cal, beforeNationalDay, 0)).toThrow(Error);
    expect(() => extendClock(cal, beforeNationalDay, 1.5)).toThrow(Error);
  });
});

describe('stopping at completion', () => {
  it('stores the working days used and shows the due day it had, so on-time completion is visible', () => {
    const stopped = stopClock(cal, beforeNationalDay, '2018-10-08');
    expect(stopped).toMatchObject({ stoppedOn: '2018-10-08', elapsedWorkdays: 3 });
    expect(dueOnOf(cal, stopped)).toBeNull();
    expect(viewOn(stopped, '2019-06-03')).toEqual({
      limitDays: 3,
      extendedDays: 0,
      startsOn: '2018-09-29',
      dueOn: '2018-10-08',
      elapsedWorkdays: 3,
      remainingWorkdays: null,
      pausedWorkdays: 0,
      paused: false,
      stoppedOn: '2018-10-08',
      card: 'stopped',
      provisional: false,
    });
  });

  it('closes an open pause on the stop day first: paused 2019-01-31, stopped 02-12, 3 days used', () => {
    const paused = pauseClock(cal, overSpringFestival, '2019-01-31');
    const stopped = stopClock(cal, paused, '2019-02-12');
    // (01-28, 02-12] holds 8 working days, 5 of them in the pause.
    expect(stopped).toMatchObject({ pausedOn: null, pausedWorkdays: 5, elapsedWorkdays: 3, stoppedOn: '2019-02-12' });
    expect(viewOn(stopped, '2019-02-13')).toMatchObject({ paused: false, card: 'stopped', dueOn: '2019-03-07' });
  });

  it('refuses every change once stopped', () => {
    const stopped = stopClock(cal, beforeNationalDay, '2018-10-08');
    expect(() => pauseClock(cal, stopped, '2018-10-09')).toThrow(/stopped/);
    expect(() => resumeClock(cal, stopped, '2018-10-09')).toThrow(/stopped/);
    expect(() => extendClock(cal, stopped, 1)).toThrow(/stopped/);
    expect(() => stopClock(cal, stopped, '2018-10-09')).toThrow(/stopped/);
  });

  it('refuses a stop before the base day', () => {
    expect(() => stopClock(cal, beforeNationalDay, '2018-09-27')).toThrow(Error);
  });
});

describe('immediate items (limit 0)', () => {
  const immediate = startClock(0, '2018-09-28');

  it('are due on the base day itself and yellow on it', () => {
    expect(dueOnOf(cal, immediate)).toBe('2018-09-28');
    expect(viewOn(immediate, '2018-09-28')).toMatchObject({
      startsOn: '2018-09-29',
      dueOn: '2018-09-28',
      elapsedWorkdays: 0,
      remainingWorkdays: 0,
      card: 'yellow',
    });
  });

  it('are red the next day, here the make-up Saturday 2018-09-29', () => {
    expect(viewOn(immediate, '2018-09-29')).toMatchObject({ card: 'red', elapsedWorkdays: 1, remainingWorkdays: -1 });
  });

  it('use no working day when finished on the spot', () => {
    expect(stopClock(cal, immediate, '2018-09-28').elapsedWorkdays).toBe(0);
  });
});

describe('clocks that run into a year without a notice (provisional)', () => {
  /** Accepted Mon 2026-12-28 with 45 days (工程建设): 3 days in 2026, then 2027 computed from the law. */
  const intoNextYear = startClock(45, '2026-12-28');
  /** Illustrative, not the published notice: 春节 off Fri 02-05…Fri 02-12, made up on Sat 02-20 and Sat 10-09. */
  const with2027 = createCalendar({
    overrides: [
      {
        year: 2027,
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          ...['02-05', '02-06', '02-07', '02-08', '02-09', '02-10', '02-11', '02-12'].map((day) => ({
            date: `2027-${day}`,
            name: '春节',
          })),
        ],
        workdays: [
          { date: '2027-02-20', name: '春节' },
          { date: '2027-10-09', name: '春节' },
        ],
      },
    ],
  });

  it('gets a due day in 2027 marked provisional instead of failing', () => {
    // 3 days in 2026; 01-04…02-04 make 27; 02-05…02-10 off (除夕 to 初三, two weekend days made up
    // on 02-09 and 02-10); 02-11 and 02-12 make 29, then five a week: day 45 is Mon 03-08.
    const view = viewOn(intoNextYear, '2026-12-28');
    expect(view).toMatchObject({ dueOn: '2027-03-08', remainingWorkdays: 45, card: 'green', provisional: true });
  });

  it('is provisional while today lies in the provisional year, even when the due day does not', () => {
    const short = startClock(3, '2026-12-28');
    expect(viewOn(short, '2026-12-28')).toMatchObject({ dueOn: '2026-12-31', provisional: false });
    expect(viewOn(short, '2027-01-04')).toMatchObject({ card: 'red', provisional: true });
  });

  it('is official once the year is entered, and its due day follows the notice and its 调休', () => {
    // Two more days off (02-11, 02-12), one made up before the due day (02-20): one day later.
    expect(clockView(with2027, intoNextYear, '2026-12-28')).toMatchObject({ dueOn: '2027-03-09', provisional: false });
  });
});
