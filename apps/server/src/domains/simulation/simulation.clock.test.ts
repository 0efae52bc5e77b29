import { describe, expect, it } from 'vitest';
import { chinaMinute, createSimulatedClock } from './simulation.clock';
import { sameTimeOfDayOn } from './simulation.clock-control';

const START = new Date('2018-09-27T02:00:00Z'); // 10:00 in China

function realTime(startMs = 1_000_000) {
  let ms = startMs;
  return { now: () => ms, pass: (by: number) => (ms += by) };
}

describe('the simulated clock', () => {
  it('without a rate it stands still: real time passing does not move it', () => {
    const real = realTime();
    const clock = createSimulatedClock({ start: START, rate: null, realNow: real.now });
    real.pass(3_600_000);
    expect(clock.now().toISOString()).toBe(START.toISOString());
    expect(clock.today()).toBe('2018-09-27');
  });

  it('at a rate of 60 one real minute is one simulated hour', () => {
    const real = realTime();
    const clock = createSimulatedClock({ start: START, rate: 60, realNow: real.now });
    real.pass(60_000);
    expect(clock.now().toISOString()).toBe('2018-09-27T03:00:00.000Z');
  });

  it('moves forward by hand and refuses to move back', () => {
    const real = realTime();
    const clock = createSimulatedClock({ start: START, rate: null, realNow: real.now });
    expect(clock.advanceTo(new Date('2018-10-08T02:00:00Z'))).toBe(true);
    expect(clock.today()).toBe('2018-10-08');
    expect(clock.advanceTo(new Date('2018-10-01T02:00:00Z'))).toBe(false);
    expect(clock.today()).toBe('2018-10-08');
  });

  it('never reads earlier than before, even when the real clock steps back', () => {
    const real = realTime();
    const clock = createSimulatedClock({ start: START, rate: 10, realNow: real.now });
    real.pass(10_000);
    const before = clock.now().getTime();
    real.pass(-5_000);
    expect(clock.now().getTime()).toBe(before);
  });

  it('adopts another process’s later anchor, never an earlier one', () => {
    const real = realTime();
    const clock = createSimulatedClock({ start: START, rate: null, realNow: real.now });
    clock.adopt({ simulatedAt: Date.parse('2018-09-30T02:00:00Z'), realAt: real.now(), rate: null });
    expect(clock.today()).toBe('2018-09-30');
    clock.adopt({ simulatedAt: START.getTime(), realAt: real.now(), rate: null });
    expect(clock.today()).toBe('2018-09-30');
  });

  it('is read in China wall-clock time, and a working-day move keeps the time of day', () => {
    expect(chinaMinute(START)).toBe('2018-09-27 10:00');
    // 23:30 UTC is already the next day in China.
    expect(sameTimeOfDayOn('2018-10-08', new Date('2018-09-29T23:30:00Z')).toISOString()).toBe(
      '2018-10-07T23:30:00.000Z',
    );
  });
});
