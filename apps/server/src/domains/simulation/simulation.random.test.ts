import { describe, expect, it } from 'vitest';
import { createDraw, keyed, pickWeighted, poisson } from './simulation.random';

describe('seeded draws', () => {
  it('the same seed draws the same sequence; another seed another one', () => {
    const a = createDraw(42);
    const b = createDraw(42);
    const c = createDraw(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('keyed draws do not depend on what was drawn before (a resumed run draws the same)', () => {
    const direct = keyed(42, 'arrivals', '2018-10-08').next();
    for (let i = 0; i < 100; i++) keyed(42, 'arrivals', `2018-09-${i}`).next();
    expect(keyed(42, 'arrivals', '2018-10-08').next()).toBe(direct);
  });

  it('Poisson counts average their mean; weighted picks follow their weights', () => {
    const draw = createDraw(7);
    const counts = Array.from({ length: 4000 }, () => poisson(draw, 3));
    expect(counts.reduce((a, b) => a + b, 0) / counts.length).toBeCloseTo(3, 0);
    const picks = Array.from({ length: 4000 }, () =>
      pickWeighted(draw, [
        ['a', 3],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length / picks.length).toBeCloseTo(0.75, 1);
  });
});
