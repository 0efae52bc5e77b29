import type { ClockView } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { describeClock } from './clock-display';

const running: ClockView = {
  limitDays: 3,
  extendedDays: 0,
  startsOn: '2026-05-06',
  dueOn: '2026-05-08',
  elapsedWorkdays: 1,
  remainingWorkdays: 2,
  pausedWorkdays: 0,
  paused: false,
  stoppedOn: null,
  card: 'green',
  provisional: false,
};

describe('describeClock', () => {
  it('counts the working days left while the clock runs', () => {
    expect(describeClock(running)).toBe('剩余 2 个工作日');
  });

  it('says how many working days a red-carded case is overdue', () => {
    expect(describeClock({ ...running, remainingWorkdays: -2, card: 'red' })).toBe('超期 2 个工作日');
  });

  it('names the pause instead of a count while the applicant corrects materials', () => {
    expect(describeClock({ ...running, paused: true, card: 'paused' })).toBe('暂停计时（已用 1 个工作日）');
  });

  it('gives the day the clock stopped once the case is completed', () => {
    expect(describeClock({ ...running, stoppedOn: '2026-05-07', card: 'stopped' })).toBe('2026-05-07 停止计时');
  });
});
