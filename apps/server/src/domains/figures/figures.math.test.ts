import { describe, expect, it } from 'vitest';
import {
  areasOf,
  coverOf,
  isCalendarDay,
  percentileOf,
  percentileOfValues,
  weekOf,
  type Histogram,
} from './figures.math';

const histogramOf = (values: number[]): Histogram => {
  const h: Histogram = new Map();
  for (const v of values) h.set(v, (h.get(v) ?? 0) + 1);
  return h;
};

describe('median and p90 from a histogram of working days', () => {
  it('gives the nearest-rank percentile, the same as over the values themselves', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
    for (const share of [0.5, 0.9, 0.1, 1])
      expect(percentileOf(histogramOf(values), share)).toBe(percentileOfValues(values, share));
    expect(percentileOf(histogramOf(values), 0.5)).toBe(4);
    expect(percentileOf(histogramOf(values), 0.9)).toBe(9);
  });

  it('takes the lower middle of an even count, and nothing of an empty one', () => {
    expect(percentileOf(histogramOf([1, 2, 3, 4]), 0.5)).toBe(2);
    expect(percentileOf(histogramOf([7]), 0.9)).toBe(7);
    expect(percentileOf(new Map(), 0.5)).toBeNull();
    expect(percentileOf(new Map([[3, 0]]), 0.5)).toBeNull();
  });

  it('agrees with the values over many random lists', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 60;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + (next() % 40) }, next);
      expect(percentileOf(histogramOf(values), 0.5)).toBe(percentileOfValues(values, 0.5));
      expect(percentileOf(histogramOf(values), 0.9)).toBe(percentileOfValues(values, 0.9));
    }
  });
});

describe('periods and areas', () => {
  it('knows calendar days from look-alikes', () => {
    expect(isCalendarDay('2018-02-28')).toBe(true);
    expect(isCalendarDay('2018-02-30')).toBe(false);
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2018-2-1')).toBe(false);
  });

  it('covers a period with whole months and the days at its edges', () => {
    expect(coverOf('2018-01-15', '2018-04-10')).toEqual({
      months: ['2018-02-01', '2018-03-01'],
      dayRanges: [
        { from: '2018-01-15', to: '2018-01-31' },
        { from: '2018-04-01', to: '2018-04-10' },
      ],
    });
    expect(coverOf('2018-02-01', '2018-02-28')).toEqual({ months: ['2018-02-01'], dayRanges: [] });
    expect(coverOf('2018-12-31', '2019-01-01')).toEqual({
      months: [],
      dayRanges: [{ from: '2018-12-31', to: '2019-01-01' }],
    });
    expect(coverOf('2018-05-05', '2018-05-05')).toEqual({
      months: [],
      dayRanges: [{ from: '2018-05-05', to: '2018-05-05' }],
    });
  });

  it('counts a case in every region above it and in its hall', () => {
    expect(areasOf('370102', 'hall-1')).toEqual([
      { area: '37', parent: '' },
      { area: '3701', parent: '37' },
      { area: '370102', parent: '3701' },
      { area: 'hall:hall-1', parent: '370102' },
    ]);
    expect(areasOf('3712', null)).toEqual([
      { area: '37', parent: '' },
      { area: '3712', parent: '37' },
    ]);
  });

  it('starts weeks on Monday', () => {
    expect(weekOf('2018-10-01')).toBe('2018-10-01'); // a Monday
    expect(weekOf('2018-10-07')).toBe('2018-10-01'); // the Sunday after
    expect(weekOf('2019-01-01')).toBe('2018-12-31');
  });
});
