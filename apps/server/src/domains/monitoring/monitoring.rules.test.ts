import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../platform/calendar/calendar';
import { chinaDate } from '../../platform/clock';
import {
  cardLevelOf,
  cardThresholds,
  nextRung,
  stepDays,
  type LadderRung,
  type MonitoringRule,
} from './monitoring.rules';

// 2018 National Day: 10-01…10-07 off; Sat 09-29 and Sun 09-30 worked (State Council notice).
const cal = createCalendar({ overrides: [] });
const rules: MonitoringRule[] = [
  { kind: 'case', yellowDays: 1, raisesOrder: true, enabled: true },
  { kind: 'ticket_sign', yellowDays: 0, raisesOrder: true, enabled: true },
  { kind: 'ticket_return', yellowDays: 0, raisesOrder: false, enabled: false },
  { kind: 'task', yellowDays: 2, raisesOrder: true, enabled: true },
];
const ladder: LadderRung[] = [
  { rank: 2, level: 'city', acknowledgeDays: 1, explainDays: 2 },
  { rank: 1, level: 'department', acknowledgeDays: 1, explainDays: 3 },
  { rank: 3, level: 'province', acknowledgeDays: 1, explainDays: 2 },
];

const levelOn = (dueOn: string, today: string, kind = 'case') =>
  cardLevelOf(
    dueOn,
    today,
    cardThresholds(cal, today, rules).find((t) => t.kind === kind)!,
  );

describe('card thresholds', () => {
  it('watches only enabled kinds (a ticket’s return window is never carded)', () => {
    expect(cardThresholds(cal, '2018-09-28', rules).map((t) => t.kind)).toEqual(['case', 'ticket_sign', 'task']);
  });

  it('shows yellow one working day before the due day, counting make-up workdays', () => {
    // Fri 09-28: the next working day is Sat 09-29 (调休).
    expect(levelOn('2018-09-29', '2018-09-28')).toBe('yellow');
    expect(levelOn('2018-09-30', '2018-09-28')).toBeNull();
  });

  it('skips the holiday: on Sun 09-30 a clock due Mon 10-08 is one working day away', () => {
    expect(levelOn('2018-10-08', '2018-09-30')).toBe('yellow');
    expect(levelOn('2018-10-09', '2018-09-30')).toBeNull();
  });

  it('is red from the first day past the due day, working day or not', () => {
    expect(levelOn('2018-09-30', '2018-09-30')).toBe('yellow');
    expect(levelOn('2018-09-30', '2018-10-01')).toBe('red');
  });

  it('takes the yellow days of the kind (data, not code)', () => {
    expect(levelOn('2018-10-09', '2018-09-30', 'task')).toBe('yellow');
    expect(levelOn('2018-10-08', '2018-09-29', 'ticket_sign')).toBeNull();
    expect(levelOn('2018-09-29', '2018-09-29', 'ticket_sign')).toBe('yellow');
  });

  it('counts from the China date: at 23:30 UTC on Sun 09-30 it is already Mon 10-01 in Shandong', () => {
    const today = chinaDate(new Date('2018-09-30T23:30:00Z'));
    expect(today).toBe('2018-10-01');
    expect(levelOn('2018-09-30', today)).toBe('red');
  });
});

describe('the 督办 ladder', () => {
  it('climbs one rung at a time by rank and stops at the top', () => {
    expect(nextRung(ladder, 1)?.level).toBe('city');
    expect(nextRung(ladder, 2)?.level).toBe('province');
    expect(nextRung(ladder, 3)).toBeNull();
  });

  it('gives the rung’s days to the pending step', () => {
    expect(stepDays(ladder[1]!, 'open')).toBe(1);
    expect(stepDays(ladder[1]!, 'acknowledged')).toBe(3);
  });
});
