import { describe, expect, it } from 'vitest';
import { fixedClock } from './clock';
import { randomIds, seededIds, timeOrderedUuid } from './ids';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids', () => {
  it('the platform draws random UUIDs', () => {
    expect(randomIds.uuid()).toMatch(UUID);
    expect(randomIds.uuid()).not.toBe(randomIds.uuid());
  });

  it('a seed draws the same ids in the same order, another seed others', () => {
    const draw = (seed: number) => {
      const ids = seededIds(seed, fixedClock(new Date('2018-10-09T02:00:00Z')));
      return [ids.uuid(), ids.uuid(), ids.int(10 ** 8), ids.uuid()];
    };
    const first = draw(42);
    expect(draw(42)).toEqual(first);
    expect(draw(7)).not.toEqual(first);
    expect(new Set(first).size).toBe(4);
    expect(first[0]).toMatch(UUID);
    expect(first[2]).toBeGreaterThanOrEqual(0);
    expect(first[2]).toBeLessThan(10 ** 8);
  });

  it('starts each simulated day afresh, so a run resumed on a later day draws what an uninterrupted one did', () => {
    const clock = fixedClock(new Date('2018-10-09T02:00:00Z'));
    const whole = seededIds(42, clock);
    whole.uuid();
    whole.uuid();
    clock.set(new Date('2018-10-10T02:00:00Z'));
    const secondDay = [whole.uuid(), whole.uuid()];
    const resumed = seededIds(42, fixedClock(new Date('2018-10-10T02:00:00Z')));
    expect([resumed.uuid(), resumed.uuid()]).toEqual(secondDay);
  });

  it('a time-ordered id carries its instant in its first 48 bits, version 7, and sorts as its instants do', () => {
    const at = new Date('2026-12-05T03:30:00.123Z');
    const id = timeOrderedUuid(at, Buffer.alloc(16, 0xff));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at.getTime());
    expect(id).toBe(
      `${at
        .getTime()
        .toString(16)
        .padStart(12, '0')
        .replace(/^(.{8})/, '$1-')}-7fff-bfff-ffffffffffff`,
    );
    const instants = [0, 1, 255, 256, 1_700_000_000_000, at.getTime(), at.getTime() + 1];
    const ids = instants.map((ms) => timeOrderedUuid(new Date(ms)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 100 }, () => timeOrderedUuid(at))).size).toBe(100);
  });
});
