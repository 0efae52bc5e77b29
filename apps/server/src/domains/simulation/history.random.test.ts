import { describe, expect, it } from 'vitest';
import { apportion, seededRandom, weightedPicker } from './history.random';

describe('the generator’s random source', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw('42')).toEqual(draw('42'));
    expect(draw('42')).not.toEqual(draw('43'));
    expect(draw('42').every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('picks by weight and never what weighs nothing', () => {
    const pick = weightedPicker([
      { value: 'a', weight: 3 },
      { value: 'b', weight: 1 },
      { value: 'none', weight: 0 },
    ]);
    const random = seededRandom('weights');
    const counts = { a: 0, b: 0, none: 0 };
    for (let i = 0; i < 4_000; i++) counts[pick(random) as keyof typeof counts] += 1;
    expect(counts.none).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('apportions a total over weights exactly, by largest remainders', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportion(1_000_003, [0.1, 0.7, 0.2]).reduce((s, n) => s + n, 0)).toBe(1_000_003);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
